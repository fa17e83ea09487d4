#include "support/Unreachable.h"

#include <cstdio>
#include <cstdlib>

namespace flux {

void unreachable(const char *message) {
  std::fprintf(stderr,
               "fluxc: internal compiler error: %s\n"
               "please report this at the Flux issue tracker with the input that caused it\n",
               message);
  std::abort();
}

} // namespace flux
