// UTF-8 validation. ANTLR's input stream throws on invalid UTF-8, so the parser checks first.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace flux {

/// The byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates and code
/// points past U+10FFFF included), or nullopt when `text` is valid.
std::optional<std::size_t> findInvalidUtf8(std::string_view text);

} // namespace flux
