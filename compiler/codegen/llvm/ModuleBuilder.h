// Private to the LLVM backend: building and optimising the llvm::Module for a set of engine
// programs, for a target machine.
#pragma once

#include "codegen/llvm/Codegen.h"

#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/Target/TargetMachine.h>

#include <memory>

namespace flux::llvmgen {

/// The host's target machine: its CPU and features, no FP contraction (fused multiply-adds
/// would make the CPU's results differ from the GPU's), PIC for objects.
std::unique_ptr<llvm::TargetMachine> hostTargetMachine(unsigned optLevel, std::string &error);

/// Every kernel function of every program, in one module.
std::unique_ptr<llvm::Module> buildModule(const std::vector<EngineProgram> &programs,
                                          llvm::LLVMContext &context, llvm::TargetMachine &tm);

/// Tags every load and store with its scalar type (type-based alias analysis), so that stores
/// to state arrays are known not to touch FluxKernelData's pointer table (AccessTypes.cpp).
void tagAccessTypes(llvm::Module &module);

/// LLVM's standard -O pipeline for `tm` (vectorisers included).
void optimiseModule(llvm::Module &module, llvm::TargetMachine &tm, unsigned optLevel);

/// Assembly or an object file of `module`, as bytes.
std::optional<std::string> emitModule(llvm::Module &module, llvm::TargetMachine &tm,
                                      llvm::CodeGenFileType type, std::string &error);

} // namespace flux::llvmgen
