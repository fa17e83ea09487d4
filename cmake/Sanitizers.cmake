# FLUX_SANITIZE=ON: AddressSanitizer + UndefinedBehaviorSanitizer on everything we compile.
if(FLUX_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# FLUX_FUZZ=ON (clang-19 only): instrument everything for libFuzzer; the fuzz target itself
# links with -fsanitize=fuzzer (tests/fuzz/CMakeLists.txt).
if(FLUX_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "FLUX_FUZZ needs clang (CXX=clang++-19), not ${CMAKE_CXX_COMPILER_ID}")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
