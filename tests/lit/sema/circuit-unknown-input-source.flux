// An input's source must be poisson, regular or spike_train; an unknown one is an error (with a suggestion when one is close).
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

circuit Top {
  input noise[10] : poison(rate = 5 Hz)
// CHECK:      {{^.*}}circuit-unknown-input-source.flux:[[@LINE-1]]:21: error: unknown input source 'poison'; did you mean 'poisson'?{{$}}
// CHECK-NEXT: {{^}}  input noise[10] : poison(rate = 5 Hz){{$}}
// CHECK-NEXT: {{^}}                    ^~~~~~{{$}}
  input camera : video(fps = 30)
// CHECK-NEXT: {{^.*}}circuit-unknown-input-source.flux:[[@LINE-1]]:18: error: unknown input source 'video'{{$}}
// CHECK-NEXT: {{^}}  input camera : video(fps = 30){{$}}
// CHECK-NEXT: {{^}}                 ^~~~~{{$}}
}
// CHECK-NEXT: {{^}}2 errors generated.{{$}}
