// RUN: split-file --no-leading-lines %s %t
// RUN: %fluxc --emit=tokens %t/input.flux | FileCheck %s
// Every keyword, soft ones included, is its own token kind; 'neurons', 'inputs', 'format' are IDs.

// CHECK:      1:1 IMPORT 'import'
// CHECK-NEXT: 1:8 AS 'as'
// CHECK-NEXT: 1:11 NEURON 'neuron'
// CHECK-NEXT: 1:18 SYNAPSE 'synapse'
// CHECK-NEXT: 1:26 CIRCUIT 'circuit'
// CHECK-NEXT: 1:34 EXTENDS 'extends'
// CHECK-NEXT: 1:42 PARAM 'param'
// CHECK-NEXT: 1:48 STATE 'state'
// CHECK-NEXT: 1:54 EVOLVE 'evolve'
// CHECK-NEXT: 1:61 ON 'on'
// CHECK-NEXT: 1:64 FIRE 'fire'
// CHECK-NEXT: 1:69 WHEN 'when'
// CHECK-NEXT: 1:74 CHECKED 'checked'
// CHECK-NEXT: 1:82 EVERY 'every'
// CHECK-NEXT: 2:1 REFRACTORY 'refractory'
// CHECK-NEXT: 2:12 LET 'let'
// CHECK-NEXT: 2:16 IF 'if'
// CHECK-NEXT: 2:19 ELSE 'else'
// CHECK-NEXT: 2:24 FOR 'for'
// CHECK-NEXT: 2:28 IN 'in'
// CHECK-NEXT: 2:31 OUT 'out'
// CHECK-NEXT: 2:35 POPULATION 'population'
// CHECK-NEXT: 2:46 INSTANCE 'instance'
// CHECK-NEXT: 2:55 INPUT 'input'
// CHECK-NEXT: 2:61 OUTPUT 'output'
// CHECK-NEXT: 2:68 CONNECT 'connect'
// CHECK-NEXT: 2:76 WITH 'with'
// CHECK-NEXT: 2:81 EXTERN 'extern'
// CHECK-NEXT: 2:88 FN 'fn'
// CHECK-NEXT: 3:1 TRUE 'true'
// CHECK-NEXT: 3:6 FALSE 'false'
// CHECK-NEXT: 3:12 AND 'and'
// CHECK-NEXT: 3:16 OR 'or'
// CHECK-NEXT: 3:19 NOT 'not'
// CHECK-NEXT: 3:23 PER 'per'
// CHECK-NEXT: 3:27 ID 'neurons'
// CHECK-NEXT: 3:35 ID 'inputs'
// CHECK-NEXT: 3:42 ID 'format'
// CHECK-NEXT: 4:1 EOF
// CHECK-NOT: {{.}}

//--- input.flux
import as neuron synapse circuit extends param state evolve on fire when checked every
refractory let if else for in out population instance input output connect with extern fn
true false and or not per neurons inputs format
