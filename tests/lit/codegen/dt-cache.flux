// The event engine calls `evolve` with the same dt again and again (a `checked every` grid,
// a constant delay), so a transcendental function of dt alone, such as exp(-dt / tau), is
// computed only when dt changes and kept in a per-function cache (two internal globals: the
// last dt, NaN at first, and the values). The step engines' code needs no cache: dt is
// folded, and exp(-0.1 / 10) is a constant. Expressions that read state are never cached.
// RUN: %fluxc --emit=llvm %s | FileCheck %s

neuron Leaky {
  param tau = 10 ms
  state v = 0.0
  state g = 1.0
  evolve(dt) {
    v *= exp(-dt / tau)
    g *= exp(-g * dt / tau)
  }
  on direct(w) {
    v += w * g
  }
  fire when v >= 1
}

circuit Top {
  population A[4] : Leaky
}

// CHECK:      @flux_k0_evolve_e.dt_cache.dt = internal {{.*}}global double 0x7FF8000000000000
// CHECK-NEXT: @flux_k0_evolve_e.dt_cache.values.0 = internal {{.*}}global double
// CHECK-NOT:  dt_cache.values.1

// CHECK-LABEL: define void @flux_k0_evolve_e(
// CHECK:         load double, ptr @flux_k0_evolve_e.dt_cache.dt
// CHECK:       dt_changed:
// CHECK:         call double @llvm.exp.f64(
// CHECK:         store double {{.*}}, ptr @flux_k0_evolve_e.dt_cache.values.0
// CHECK:         store double %{{[0-9]+}}, ptr @flux_k0_evolve_e.dt_cache.dt
// exp(-g * dt / tau) depends on the state g: computed on every call.
// CHECK:       dt_cached:
// CHECK:         call double @llvm.exp.f64(
// CHECK:         ret void

// CHECK-LABEL: define void @flux_k0_evolve_all_s(
// CHECK-NOT:     dt_cache
// CHECK:         fmul <{{[0-9]+}} x float> %{{[^,]+}}, <float 0x3FEFAE7D00000000,
// CHECK:         ret void
