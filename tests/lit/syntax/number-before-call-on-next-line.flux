// RUN: %fluxc --emit=ast %s | FileCheck %s
// A statement ending in a plain number ends at the newline: a name on the next line is never
// taken as the number's unit ('v = 1' + 'emit(v)' is two statements, not 'v = (1 emit)(v)').

neuron N {
  on pre {
    v = 1
    emit(v)
  }
  on post {
    a += 2
    ms(x)
    b = 3 ms
  }
}

// CHECK:      Handler pre <6:3>
// CHECK-NEXT:   Assign = <7:5>
// CHECK-NEXT:     Name v <7:5>
// CHECK-NEXT:     Int 1 <7:9>
// CHECK-NEXT:   ExprStmt <8:5>
// CHECK-NEXT:     Call <8:5>
// CHECK-NEXT:       Name emit <8:5>
// CHECK-NEXT:       Arg <8:10>
// CHECK-NEXT:         Name v <8:10>
// CHECK-NEXT: Handler post <10:3>
// CHECK-NEXT:   Assign += <11:5>
// CHECK-NEXT:     Name a <11:5>
// CHECK-NEXT:     Int 2 <11:10>
// CHECK-NEXT:   ExprStmt <12:5>
// CHECK-NEXT:     Call <12:5>
// CHECK-NEXT:       Name ms <12:5>
// CHECK:        Assign = <13:5>
// CHECK-NEXT:     Name b <13:5>
// CHECK-NEXT:     Int 3 [ms] <13:9>
