// RUN: not %fluxc --emit=ast -o %t.no-such-dir/out.ast %s 2>&1 | FileCheck --match-full-lines %s
// An output file that cannot be written is named as given, with the system's reason.

let k = 1

// CHECK: fluxc: error: cannot write '{{.*}}.no-such-dir/out.ast': No such file or directory
