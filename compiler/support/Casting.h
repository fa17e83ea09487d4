// isa / cast / dynCast over a class's static `classof`, like LLVM's, without LLVM: the front
// end stays LLVM-free so the fuzzer builds with nothing but clang and ANTLR.
#pragma once

#include <cassert>

namespace flux {

template <typename To, typename From>
bool isa(const From *node) {
  return node && To::classof(node);
}

template <typename To, typename From>
const To *cast(const From *node) {
  assert(isa<To>(node) && "cast to the wrong node kind");
  return static_cast<const To *>(node);
}

template <typename To, typename From>
const To *dynCast(const From *node) {
  return isa<To>(node) ? static_cast<const To *>(node) : nullptr;
}

} // namespace flux
