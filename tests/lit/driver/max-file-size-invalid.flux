// RUN: not %fluxc check --max-file-size=0 %s 2>&1 | FileCheck --check-prefix=ZERO %s
// RUN: not %fluxc check --max-file-size=-1 %s 2>&1 | FileCheck --check-prefix=ZERO %s
// RUN: not %fluxc check --max-file-size=lots %s 2>&1 | FileCheck --check-prefix=WORD %s
// --max-file-size must be a positive number of MiB.

// ZERO: fluxc: error: --max-file-size must be a positive number of MiB
// WORD: fluxc: error: the argument ('lots') for option '--max-file-size' is invalid; see 'fluxc --help'
