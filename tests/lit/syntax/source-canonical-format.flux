// RUN: %fluxc --emit=source %s | FileCheck --strict-whitespace %s
// --emit=source is canonical: 2-space indent, one item per line, no ';', spaced operators, '///' docs.

import   std.neurons ;import "x.flux"as x
/** Cell. */ neuron   Cell extends Base{param tau:duration=20   ms;state v=0 ; on pre{v+=1;fire}}
circuit C(n:int=3){in a,b[2];neuron p,q:Cell{tau=1,v=2};E[0..n]->I:S(w=1)with all}
let   k=1

// CHECK:      {{^}}import std.neurons{{$}}
// CHECK-NEXT: {{^}}import "x.flux" as x{{$}}
// CHECK-EMPTY:
// CHECK-NEXT: {{^}}/// Cell.{{$}}
// CHECK-NEXT: {{^}}neuron Cell extends Base {{[{]$}}
// CHECK-NEXT: {{^}}  param tau: duration = 20 ms{{$}}
// CHECK-NEXT: {{^}}  state v = 0{{$}}
// CHECK-NEXT: {{^}}  on pre {{[{]$}}
// CHECK-NEXT: {{^}}    v += 1{{$}}
// CHECK-NEXT: {{^}}    fire{{$}}
// CHECK-NEXT: {{^}}  }{{$}}
// CHECK-NEXT: {{^}}}{{$}}
// CHECK-EMPTY:
// CHECK-NEXT: {{^}}circuit C(n: int = 3) {{[{]$}}
// CHECK-NEXT: {{^}}  in a{{$}}
// CHECK-NEXT: {{^}}  in b[2]{{$}}
// CHECK-NEXT: {{^}}  neuron p, q : Cell { tau = 1; v = 2 }{{$}}
// CHECK-NEXT: {{^}}  E[0 .. n] -> I : S(w = 1) with all{{$}}
// CHECK-NEXT: {{^}}}{{$}}
// CHECK-EMPTY:
// CHECK-NEXT: {{^}}let k = 1{{$}}
