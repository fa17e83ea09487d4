// A spike_train input records its file, resolved beside the source file that declares it (like a table), or kept as written when absolute.
// RUN: rm -rf %t && split-file %s %t
// RUN: cd %t && %fluxc --emit=network app/main.flux | FileCheck %s

// CHECK:      population Top.recorded kind=source size=3 first=0 source=spike_train file "app/spikes.csv"
// CHECK-NEXT: population Top.nested kind=source size=1 first=3 source=spike_train file "app/data/more.csv"
// CHECK-NEXT: population Top.absolute kind=source size=2 first=4 source=spike_train file "/data/spikes.csv"
// CHECK-NEXT: population Top.noise kind=source size=1 first=6 source=poisson{{$}}

//--- app/main.flux
import stdlib.neurons
circuit Top {
  input recorded[3] : spike_train(file = "spikes.csv")
  input nested : spike_train("data/more.csv")
  input absolute[2] : spike_train(file = "/data/spikes.csv")
  input noise : poisson(rate = 5 Hz)
  population P[3] : Mlif
  recorded -> P : direct(w = 0.5) with one_to_one
}
