// RUN: %fluxc --emit=ast %s | FileCheck %s
// Binding ports of sub-circuits: endpoints are member and index paths, no synapse needed.

circuit Top {
  in stimulus
  out result
  instance c[4] : Column
  stimulus -> c[0].drive
  c[3].spikes -> result
  c[i + 1].layer.E -> c[i].layer.I
}

// CHECK:      Module "{{.*}}connect-port-binding.flux"
// CHECK-NEXT:   Circuit Top <4:1>
// CHECK-NEXT:     Port in stimulus <5:6>
// CHECK-NEXT:     Port out result <6:7>
// CHECK-NEXT:     Instance c <7:3>
// CHECK-NEXT:       Int 4 <7:14>
// CHECK-NEXT:       Circuit Column <7:19>
// CHECK-NEXT:     Connect shorthand <8:3>
// CHECK-NEXT:       Name stimulus <8:3>
// CHECK-NEXT:       Member .drive <8:15>
// CHECK-NEXT:         Index <8:15>
// CHECK-NEXT:           Name c <8:15>
// CHECK-NEXT:           Int 0 <8:17>
// CHECK-NEXT:     Connect shorthand <9:3>
// CHECK-NEXT:       Member .spikes <9:3>
// CHECK-NEXT:         Index <9:3>
// CHECK-NEXT:           Name c <9:3>
// CHECK-NEXT:           Int 3 <9:5>
// CHECK-NEXT:       Name result <9:18>
// CHECK-NEXT:     Connect shorthand <10:3>
// CHECK-NEXT:       Member .E <10:3>
// CHECK-NEXT:         Member .layer <10:3>
// CHECK-NEXT:           Index <10:3>
// CHECK-NEXT:             Name c <10:3>
// CHECK-NEXT:             Binary + <10:5>
// CHECK-NEXT:               Name i <10:5>
// CHECK-NEXT:               Int 1 <10:9>
// CHECK-NEXT:       Member .I <10:23>
// CHECK-NEXT:         Member .layer <10:23>
// CHECK-NEXT:           Index <10:23>
// CHECK-NEXT:             Name c <10:23>
// CHECK-NEXT:             Name i <10:25>
// CHECK-NOT: {{.}}
