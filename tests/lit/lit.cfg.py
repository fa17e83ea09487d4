# lit configuration for Flux's stage tests (after mlir/examples/standalone/test/lit.cfg.py).
import os

import lit.formats

config.name = "Flux"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".flux", ".test"]
config.excludes = ["Inputs", "lit.cfg.py", "lit.site.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.flux_binary_dir, "tests", "lit")

# FileCheck, not, count and split-file come from Debian's llvm-19-tools.
config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", os.environ.get("PATH", ""))]
)
config.environment["FLUX_SOURCE_DIR"] = config.flux_source_dir

config.substitutions.append(("%fluxc", config.fluxc))
config.substitutions.append(("%flux_root", config.flux_source_dir))
config.substitutions.append(("%examples", os.path.join(config.flux_source_dir, "examples")))
config.substitutions.append(("%stdlib", os.path.join(config.flux_source_dir, "stdlib")))
config.substitutions.append(("%python", config.python_executable))

if config.flux_sanitize:
    config.available_features.add("asan")
    config.environment["ASAN_OPTIONS"] = "halt_on_error=1:detect_leaks=1"
    config.environment["UBSAN_OPTIONS"] = "halt_on_error=1:print_stacktrace=1"

# The GPU target runs on Vulkan: CI pins Mesa's lavapipe with VK_DRIVER_FILES (toolchain.md).
for name in ["VK_DRIVER_FILES", "VK_ICD_FILENAMES", "HOME", "XDG_CACHE_HOME"]:
    if name in os.environ:
        config.environment[name] = os.environ[name]
