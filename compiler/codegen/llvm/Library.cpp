// Ahead-of-time libraries: the kernels, the network's tables and the flux_network that names
// them, in one object inside a static archive (runtime/embed/include/flux/flux.h).
#include "codegen/llvm/ModuleBuilder.h"

#include <llvm/IR/Constants.h>
#include <llvm/IR/DerivedTypes.h>
#include <llvm/IR/GlobalVariable.h>
#include <llvm/Object/ArchiveWriter.h>
#include <llvm/Support/MemoryBuffer.h>

namespace flux::llvmgen {
namespace {

llvm::Constant *privateString(llvm::Module &m, llvm::StringRef text, const llvm::Twine &name,
                              bool addNull) {
  auto *init = llvm::ConstantDataArray::getString(m.getContext(), text, addNull);
  auto *global = new llvm::GlobalVariable(m, init->getType(), true,
                                          llvm::GlobalValue::PrivateLinkage, init, name);
  global->setAlignment(llvm::Align(16));
  return global;
}

/// Adds the symbol table, the tables and `<name>_network`; makes every kernel internal (the
/// table keeps them), so the library exports one symbol.
void addNetworkDescriptor(llvm::Module &m, const LibraryContents &contents) {
  llvm::LLVMContext &ctx = m.getContext();
  auto *ptr = llvm::PointerType::getUnqual(ctx);
  auto *i64 = llvm::Type::getInt64Ty(ctx);
  auto *i32 = llvm::Type::getInt32Ty(ctx);
  auto *symbolTy = llvm::StructType::get(ctx, {ptr, ptr});
  std::vector<llvm::Constant *> symbols;
  for (llvm::Function &f : m) {
    if (f.isDeclaration() || f.hasLocalLinkage() || !f.getName().starts_with("flux_k"))
      continue;
    symbols.push_back(llvm::ConstantStruct::get(
        symbolTy, {privateString(m, f.getName(), "flux.symbol.name", true), &f}));
    f.setLinkage(llvm::GlobalValue::InternalLinkage);
  }
  auto *tableTy = llvm::ArrayType::get(symbolTy, symbols.size());
  auto *table =
      new llvm::GlobalVariable(m, tableTy, true, llvm::GlobalValue::PrivateLinkage,
                               llvm::ConstantArray::get(tableTy, symbols), "flux.symbols");
  llvm::Constant *image = privateString(m, contents.image, "flux.image", false);
  // struct flux_network { uint32_t abi_version; const char *name; const unsigned char *image;
  //                       uint64_t image_size; const flux_symbol *symbols;
  //                       uint64_t symbol_count; double default_dt_ms; }
  auto *networkTy =
      llvm::StructType::get(ctx, {i32, ptr, ptr, i64, ptr, i64, llvm::Type::getDoubleTy(ctx)});
  auto *network = llvm::ConstantStruct::get(
      networkTy, {llvm::ConstantInt::get(i32, contents.abiVersion),
                  privateString(m, contents.name, "flux.name", true), image,
                  llvm::ConstantInt::get(i64, contents.image.size()), table,
                  llvm::ConstantInt::get(i64, symbols.size()),
                  llvm::ConstantFP::get(llvm::Type::getDoubleTy(ctx), contents.dtMs)});
  new llvm::GlobalVariable(m, networkTy, true, llvm::GlobalValue::ExternalLinkage, network,
                           contents.name + "_network");
}

} // namespace

std::optional<std::string> emitStaticLibrary(const std::vector<EngineProgram> &programs,
                                             const CodegenOptions &options,
                                             const LibraryContents &contents, std::string &error) {
  auto tm = hostTargetMachine(options.optLevel, error);
  if (!tm)
    return std::nullopt;
  llvm::LLVMContext context;
  auto module = buildModule(programs, context, *tm);
  addNetworkDescriptor(*module, contents);
  optimiseModule(*module, *tm, options.optLevel);
  auto object = emitModule(*module, *tm, llvm::CodeGenFileType::ObjectFile, error);
  if (!object)
    return std::nullopt;
  std::string memberName = contents.name + ".o";
  std::vector<llvm::NewArchiveMember> members;
  members.emplace_back(llvm::MemoryBufferRef(*object, memberName));
  auto archive = llvm::writeArchiveToBuffer(members, llvm::SymtabWritingMode::NormalSymtab,
                                            llvm::object::Archive::K_GNU,
                                            /*Deterministic=*/true, /*Thin=*/false);
  if (!archive) {
    error = "cannot write the library archive: " + llvm::toString(archive.takeError());
    return std::nullopt;
  }
  return std::string((*archive)->getBuffer());
}

} // namespace flux::llvmgen
