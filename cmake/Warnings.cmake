# flux_warnings(target): the warning set for Flux's own code. Third-party headers (ANTLR, LLVM)
# are included as SYSTEM so their warnings never fail our build.
function(flux_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor
                         -Wimplicit-fallthrough)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # Plain -Wshadow fires on every `Foo(int size) : size(size)` (shared/toolchain.md).
    target_compile_options(${target} PRIVATE -Wshadow=local)
  else()
    target_compile_options(${target} PRIVATE -Wshadow-uncaptured-local)
  endif()
  if(FLUX_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
