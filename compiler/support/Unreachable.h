// Broken invariants are compiler bugs, never user errors: say so and stop.
#pragma once

namespace flux {

/// Prints "internal compiler error: <message> (please report ...)" and aborts.
[[noreturn]] void unreachable(const char *message);

} // namespace flux
