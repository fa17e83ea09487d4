# flux_warnings(target): the warning set for Flux's own code. Third-party headers (ANTLR, LLVM)
# are included as SYSTEM so their warnings never fail our build.
function(flux_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local
                         -Wnon-virtual-dtor -Wimplicit-fallthrough)
  if(FLUX_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
