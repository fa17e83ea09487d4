// RUN: %fluxc --help | FileCheck %s
// RUN: %fluxc -h | FileCheck %s
// RUN: %fluxc check --help | FileCheck %s
// --help (or -h, also after a command) prints the usage and every option to stdout and exits 0.

// CHECK:      Usage: fluxc [check|run|build] [options] FILE...
// CHECK:      Use '-' to read standard input.
// CHECK:      Options:
// CHECK-DAG:  -h [ --help ]
// CHECK-DAG:  --version
// CHECK-DAG:  --emit STAGE {{.*}}tokens|ast|source|sema|network
// CHECK-DAG:  -o [ --output ] FILE
// CHECK-DAG:  -I [ --include ] DIR
// CHECK-DAG:  --color WHEN
// CHECK-DAG:  --error-limit N
// CHECK-DAG:  --verify
// CHECK-DAG:  --no-locations
// CHECK-DAG:  --max-file-size MIB
