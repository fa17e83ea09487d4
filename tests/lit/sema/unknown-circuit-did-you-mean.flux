// An unknown circuit after `instance` is reported with the closest circuit name.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

circuit Column { }
circuit Sheet {
  instance C[4] : Colum
// CHECK:      {{^.*}}unknown-circuit-did-you-mean.flux:[[@LINE-1]]:19: error: unknown circuit 'Colum'; did you mean 'Column'?{{$}}
// CHECK-NEXT: {{^}}  instance C[4] : Colum{{$}}
// CHECK-NEXT: {{^}}                  ^~~~~{{$}}
}
