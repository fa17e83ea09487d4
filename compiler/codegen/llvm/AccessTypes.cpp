// Type-based alias information for the generated kernels.
//
// A kernel reaches its arrays through FluxKernelData: a table of pointers, loaded with `load
// ptr`. Without more information LLVM must assume that a store to a neuron's state (a double)
// may overwrite that table, so a row loop reloads every base pointer for every synapse. The
// generated code never reads or writes one location as two types, so each access is tagged
// with its scalar type under a root of our own (not C's, whose `char` aliases everything):
// pointers, reals, integers and flags are then known to be apart, and the base pointers are
// loaded once per call.
#include "codegen/llvm/ModuleBuilder.h"

#include <llvm/IR/Instructions.h>
#include <llvm/IR/MDBuilder.h>

#include <map>
#include <string>

namespace flux::llvmgen {
namespace {

/// A name per scalar type: ptr, double, float, i8... (vectors take their element's).
std::string accessTypeName(llvm::Type *type) {
  if (auto *vector = llvm::dyn_cast<llvm::VectorType>(type))
    type = vector->getElementType();
  std::string name;
  llvm::raw_string_ostream os(name);
  type->print(os);
  return os.str();
}

} // namespace

void tagAccessTypes(llvm::Module &module) {
  llvm::MDBuilder md(module.getContext());
  llvm::MDNode *root = md.createTBAARoot("Flux kernel data");
  std::map<std::string, llvm::MDNode *> tags;
  auto tagFor = [&](llvm::Type *type) {
    std::string name = accessTypeName(type);
    auto [it, fresh] = tags.try_emplace(name, nullptr);
    if (fresh) {
      llvm::MDNode *scalar = md.createTBAAScalarTypeNode(name, root);
      it->second = md.createTBAAStructTagNode(scalar, scalar, 0);
    }
    return it->second;
  };
  for (llvm::Function &f : module)
    for (llvm::BasicBlock &block : f)
      for (llvm::Instruction &inst : block) {
        if (auto *load = llvm::dyn_cast<llvm::LoadInst>(&inst))
          load->setMetadata(llvm::LLVMContext::MD_tbaa, tagFor(load->getType()));
        else if (auto *store = llvm::dyn_cast<llvm::StoreInst>(&inst))
          store->setMetadata(llvm::LLVMContext::MD_tbaa,
                             tagFor(store->getValueOperand()->getType()));
      }
}

} // namespace flux::llvmgen
