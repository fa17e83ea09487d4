// RUN: %python -c "import sys; open(sys.argv[1], 'w').write('neuron N {\n\tstate\tv 0\n}\n')" %t.flux
// RUN: not %fluxc check %t.flux 2>&1 | FileCheck --strict-whitespace %s
// Tabs in a snippet expand to the next multiple of 8 and the caret follows; the column counts bytes.

// CHECK:      {{^.*}}.flux:2:10: error: unexpected number '0'; expected '=' or ':'{{$}}
// CHECK-NEXT: {{^}}        state   v 0{{$}}
// CHECK-NEXT: {{^}}                  ^{{$}}
