// A circuit parameter without a default must be given by every instance; the error is at the instance's circuit spec.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

circuit Column(size: int, ei: real = 0.8) { }

circuit Sheet {
  instance ok : Column(size = 10)
  instance C[4] : Column(ei = 0.5)
// CHECK:      {{^.*}}circuit-instance-missing-argument.flux:[[@LINE-1]]:19: error: 'Column' needs a value for parameter 'size'; add 'size = ...'{{$}}
// CHECK-NEXT: {{^}}  instance C[4] : Column(ei = 0.5){{$}}
// CHECK-NEXT: {{^}}                  ^~~~~~~~~~~~~~~~{{$}}
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
