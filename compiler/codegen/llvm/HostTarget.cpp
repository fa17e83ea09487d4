#include "codegen/llvm/HostTarget.h"

#include <llvm/ADT/StringMap.h>
#include <llvm/Config/llvm-config.h>
#include <llvm/TargetParser/Host.h>

namespace flux::llvmgen {

HostTarget detectHostTarget() {
  HostTarget host;
  host.llvmVersion = LLVM_VERSION_STRING;
  host.triple = llvm::sys::getProcessTriple();
  host.cpu = llvm::sys::getHostCPUName().str();
  auto features = llvm::sys::getHostCPUFeatures();
  auto has = [&](const char *name) {
    auto it = features.find(name);
    return it != features.end() && it->second;
  };
  if (has("avx512f"))
    host.vectorBits = 512;
  else if (has("avx"))
    host.vectorBits = 256;
  else if (has("sse2") || has("neon"))
    host.vectorBits = 128;
  return host;
}

} // namespace flux::llvmgen
