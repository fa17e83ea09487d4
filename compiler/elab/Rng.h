// Elaboration draws from the runtime's counter-based streams (runtime/core/RandomStream.h):
// the same code regenerates connectivity when a library built by `fluxc build` loads.
#pragma once

#include "core/RandomStream.h"

namespace flux::elab {

using rt::kConnectBlockBase;
using rt::philox4x32;
using rt::PhiloxCounter;
using rt::PhiloxKey;
using rt::RandomStream;
using rt::randomWords;
using rt::RngKey;
using rt::uniformOpen01;

} // namespace flux::elab
