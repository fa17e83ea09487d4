// Target machine, optimisation pipeline, text/asm/object emission and the ORC JIT.
#include "codegen/llvm/ModuleBuilder.h"

#include <llvm/ExecutionEngine/Orc/ExecutionUtils.h>
#include <llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h>
#include <llvm/ExecutionEngine/Orc/LLJIT.h>
#include <llvm/ExecutionEngine/Orc/ThreadSafeModule.h>
#include <llvm/IR/LegacyPassManager.h>
#include <llvm/MC/TargetRegistry.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/TargetParser/Host.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <unistd.h>

namespace flux::llvmgen {
namespace {

void initialiseTargets() {
  static const bool done = [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    llvm::InitializeNativeTargetAsmParser();
    return true;
  }();
  (void)done;
}

std::string hostFeatures() {
  llvm::SubtargetFeatures features;
  for (const auto &f : llvm::sys::getHostCPUFeatures())
    features.AddFeature(f.getKey(), f.getValue());
  return features.getString();
}

llvm::CodeGenOptLevel codegenLevel(unsigned optLevel) {
  switch (optLevel) {
  case 0:
    return llvm::CodeGenOptLevel::None;
  case 1:
    return llvm::CodeGenOptLevel::Less;
  case 2:
    return llvm::CodeGenOptLevel::Default;
  default:
    return llvm::CodeGenOptLevel::Aggressive;
  }
}

llvm::TargetOptions targetOptions() {
  llvm::TargetOptions options;
  // No fused multiply-add unless the IR asks (it never does): CPU and GPU must round alike.
  options.AllowFPOpFusion = llvm::FPOpFusion::Strict;
  return options;
}

std::unique_ptr<llvm::Module> optimisedModule(const std::vector<EngineProgram> &programs,
                                              llvm::LLVMContext &context, llvm::TargetMachine &tm,
                                              const CodegenOptions &options) {
  auto module = buildModule(programs, context, tm);
  optimiseModule(*module, tm, options.optLevel);
  return module;
}

std::optional<std::string> emitFile(const std::vector<EngineProgram> &programs,
                                    const CodegenOptions &options, llvm::CodeGenFileType type,
                                    std::string &error) {
  auto tm = hostTargetMachine(options.optLevel, error);
  if (!tm)
    return std::nullopt;
  llvm::LLVMContext context;
  auto module = optimisedModule(programs, context, *tm, options);
  return emitModule(*module, *tm, type, error);
}

// With FLUX_PERF_MAP set, writes /tmp/perf-<pid>.map so that `perf report` names the JIT-compiled
// kernels (docs/development.md). A function's size is taken as the distance to the next one.
void writePerfMap(Jit &jit, const std::vector<std::string> &names) {
  std::vector<std::pair<std::uintptr_t, std::string>> symbols;
  for (const auto &name : names)
    if (void *address = jit.lookup(name))
      symbols.emplace_back(reinterpret_cast<std::uintptr_t>(address), name);
  std::sort(symbols.begin(), symbols.end());
  std::ofstream out("/tmp/perf-" + std::to_string(getpid()) + ".map", std::ios::app);
  for (std::size_t i = 0; i < symbols.size(); ++i) {
    std::uintptr_t size =
        i + 1 < symbols.size() ? symbols[i + 1].first - symbols[i].first : std::uintptr_t{4096};
    out << std::hex << symbols[i].first << ' ' << size << std::dec << ' ' << symbols[i].second
        << '\n';
  }
}

} // namespace

std::optional<std::string> emitModule(llvm::Module &module, llvm::TargetMachine &tm,
                                      llvm::CodeGenFileType type, std::string &error) {
  llvm::SmallString<0> buffer;
  llvm::raw_svector_ostream os(buffer);
  llvm::legacy::PassManager pm;
  if (tm.addPassesToEmitFile(pm, os, nullptr, type)) {
    error = "LLVM cannot emit this file type for " + tm.getTargetTriple().str();
    return std::nullopt;
  }
  pm.run(module);
  return std::string(buffer.str());
}

std::unique_ptr<llvm::TargetMachine> hostTargetMachine(unsigned optLevel, std::string &error) {
  initialiseTargets();
  std::string triple = llvm::sys::getProcessTriple();
  const llvm::Target *target = llvm::TargetRegistry::lookupTarget(triple, error);
  if (!target)
    return nullptr;
  return std::unique_ptr<llvm::TargetMachine>(target->createTargetMachine(
      triple, llvm::sys::getHostCPUName(), hostFeatures(), targetOptions(), llvm::Reloc::PIC_,
      std::nullopt, codegenLevel(optLevel)));
}

void optimiseModule(llvm::Module &module, llvm::TargetMachine &tm, unsigned optLevel) {
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PipelineTuningOptions tuning;
  tuning.LoopVectorization = optLevel >= 2;
  tuning.SLPVectorization = optLevel >= 2;
  llvm::PassBuilder pb(&tm, tuning);
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  llvm::OptimizationLevel level = optLevel == 0   ? llvm::OptimizationLevel::O0
                                  : optLevel == 1 ? llvm::OptimizationLevel::O1
                                  : optLevel == 2 ? llvm::OptimizationLevel::O2
                                                  : llvm::OptimizationLevel::O3;
  llvm::ModulePassManager mpm =
      optLevel == 0 ? pb.buildO0DefaultPipeline(level) : pb.buildPerModuleDefaultPipeline(level);
  mpm.run(module, mam);
}

std::optional<std::string> emitLlvmText(const std::vector<EngineProgram> &programs,
                                        const CodegenOptions &options, std::string &error) {
  auto tm = hostTargetMachine(options.optLevel, error);
  if (!tm)
    return std::nullopt;
  llvm::LLVMContext context;
  auto module = optimisedModule(programs, context, *tm, options);
  std::string text;
  llvm::raw_string_ostream os(text);
  module->print(os, nullptr);
  os.flush();
  return text;
}

std::optional<std::string> emitAssembly(const std::vector<EngineProgram> &programs,
                                        const CodegenOptions &options, std::string &error) {
  return emitFile(programs, options, llvm::CodeGenFileType::AssemblyFile, error);
}

struct Jit::Impl {
  std::unique_ptr<llvm::orc::LLJIT> jit;
};

Jit::Jit() : impl(std::make_unique<Impl>()) {}
Jit::~Jit() = default;

std::unique_ptr<Jit> Jit::compile(const std::vector<EngineProgram> &programs,
                                  const CodegenOptions &options, std::string &error) {
  auto start = std::chrono::steady_clock::now();
  auto tm = hostTargetMachine(options.optLevel, error);
  if (!tm)
    return nullptr;
  auto context = std::make_unique<llvm::LLVMContext>();
  auto module = optimisedModule(programs, *context, *tm, options);
  std::vector<std::string> functionNames;
  for (const auto &function : *module)
    if (!function.isDeclaration() && !function.hasLocalLinkage())
      functionNames.push_back(function.getName().str());

  llvm::orc::JITTargetMachineBuilder jtmb(tm->getTargetTriple());
  jtmb.setCPU(tm->getTargetCPU().str());
  jtmb.addFeatures(std::vector<std::string>{hostFeatures()});
  jtmb.setOptions(targetOptions());
  jtmb.setCodeGenOptLevel(codegenLevel(options.optLevel));
  auto jit = llvm::orc::LLJITBuilder().setJITTargetMachineBuilder(std::move(jtmb)).create();
  if (!jit) {
    error = llvm::toString(jit.takeError());
    return nullptr;
  }
  // libm (exp, tanh, ...) from this process; generated code needs nothing else.
  auto generator = llvm::orc::DynamicLibrarySearchGenerator::GetForCurrentProcess(
      (*jit)->getDataLayout().getGlobalPrefix());
  if (!generator) {
    error = llvm::toString(generator.takeError());
    return nullptr;
  }
  (*jit)->getMainJITDylib().addGenerator(std::move(*generator));
  if (auto err =
          (*jit)->addIRModule(llvm::orc::ThreadSafeModule(std::move(module), std::move(context)))) {
    error = llvm::toString(std::move(err));
    return nullptr;
  }
  auto result = std::unique_ptr<Jit>(new Jit());
  result->impl->jit = std::move(*jit);
  // Materialise everything now, so compile time is measured here and not at the first call:
  // all kernels are in one module, and looking up one symbol compiles the whole module.
  // Kernel 0 always has its own code (nothing comes before it to share).
  for (const auto &engine : programs) {
    if (engine.program->kernels.empty())
      continue;
    const char *name = engine.program->kernels[0].synapse      ? "pre"
                       : engine.precision == Precision::Double ? "evolve"
                                                               : "evolve_all";
    result->lookup(kernelSymbol(0, name, engine.precision));
    break;
  }
  result->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (std::getenv("FLUX_PERF_MAP") != nullptr)
    writePerfMap(*result, functionNames);
  return result;
}

void *Jit::lookup(const std::string &symbol) {
  auto address = impl->jit->lookup(symbol);
  if (!address) {
    llvm::consumeError(address.takeError());
    return nullptr;
  }
  return address->toPtr<void *>();
}

} // namespace flux::llvmgen
