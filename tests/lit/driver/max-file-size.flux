// RUN: %python -c "print('// padding\n' * 280000 + 'let x = 1')" > %t.flux
// RUN: not %fluxc check --max-file-size=2 %t.flux 2>&1 | FileCheck --strict-whitespace %s
// RUN: %fluxc check --max-file-size=3 %t.flux
// RUN: %fluxc check %t.flux
// A file over --max-file-size MiB (2.9 vs 2) is refused at 1:1; a larger or default limit accepts it.

// CHECK:      {{^.*}}.flux:1:1: error: file is too large (2.9 MiB; the limit is 2.0 MiB); keep large connectivity in a table("file.csv") and raise the limit with --max-file-size if you must{{$}}
// CHECK-NEXT: {{^}}// padding{{$}}
// CHECK-NEXT: {{^}}^{{$}}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
