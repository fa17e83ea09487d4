// The cortical microcircuit of Potjans & Diesmann (2014): 77,169 current-based LIF neurons in
// four layers (L2/3, L4, L5, L6), an excitatory and an inhibitory population in each, about
// 0.3 billion synapses, driven by Poisson background input. The parameters follow the reference
// implementation (INM-6/microcircuit-PD14-model and NEST's pynest/examples/Potjans_2014); see
// README.md beside this file for every value, its source, and what differs in Flux.
//
//   fluxc run examples/microcircuit/microcircuit.flux --engine step --time 1.5s   # 10 %, SmallMicrocircuit
//   fluxc run examples/microcircuit/microcircuit.flux --top Microcircuit --engine step --time 1s
//
// Full scale (`--top Microcircuit`, scale = 1) peaks at 3.8 GiB and takes minutes to build and
// run; do not --record it with the Poisson background (every background spike would be
// recorded too). See README.md.
import stdlib.neurons

/**
 * NEST's iaf_psc_exp with the microcircuit's parameters (network_params.py, 'neuron_params'):
 * stdlib's `Lif` is that model (exact integration, exponential synaptic current with one time
 * constant, v clamped at v_reset while refractory). The values of c_m, tau_m and tau_syn are
 * repeated below (c_m_pf, tau_m_ms, tau_syn_ms) for the PSP-to-PSC conversion: keep them equal.
 */
neuron IafPscExp extends Lif {
  v_rest = -65 mV
  v_reset = -65 mV
  v_th = -50 mV
  tau_m = 10 ms
  c_m = 250 pF
  tau_syn = 0.5 ms
  t_ref = 2 ms
}

// ---- Full-scale numbers (network_params.py) ----------------------------------------------

// Neurons per population, 'full_num_neurons' (77,169 in all).
let n_l23e: int = 20683
let n_l23i: int = 5834
let n_l4e: int = 21915
let n_l4i: int = 5479
let n_l5e: int = 4850
let n_l5i: int = 1065
let n_l6e: int = 14395
let n_l6i: int = 2948

// Mean in-degrees of the full-scale network, k_target_source = K / N_target, from the
// connection probabilities 'conn_probs' (row: target, column: source). K is the total number of
// synapses of the reference's fixed_total_number rule with multapses, chosen so that a pair of
// neurons is connected by at least one synapse with probability p:
//   K = log(1 - p) / log(1 - 1 / (N_source N_target))   (helpers.num_synapses_from_conn_probs)
let k_l23e_l23e = -log(1 - 0.1009) / -log(1 - 1 / (n_l23e * n_l23e)) / n_l23e
let k_l23e_l23i = -log(1 - 0.1689) / -log(1 - 1 / (n_l23i * n_l23e)) / n_l23e
let k_l23e_l4e = -log(1 - 0.0437) / -log(1 - 1 / (n_l4e * n_l23e)) / n_l23e
let k_l23e_l4i = -log(1 - 0.0818) / -log(1 - 1 / (n_l4i * n_l23e)) / n_l23e
let k_l23e_l5e = -log(1 - 0.0323) / -log(1 - 1 / (n_l5e * n_l23e)) / n_l23e
let k_l23e_l5i = -log(1 - 0.0) / -log(1 - 1 / (n_l5i * n_l23e)) / n_l23e
let k_l23e_l6e = -log(1 - 0.0076) / -log(1 - 1 / (n_l6e * n_l23e)) / n_l23e
let k_l23e_l6i = -log(1 - 0.0) / -log(1 - 1 / (n_l6i * n_l23e)) / n_l23e

let k_l23i_l23e = -log(1 - 0.1346) / -log(1 - 1 / (n_l23e * n_l23i)) / n_l23i
let k_l23i_l23i = -log(1 - 0.1371) / -log(1 - 1 / (n_l23i * n_l23i)) / n_l23i
let k_l23i_l4e = -log(1 - 0.0316) / -log(1 - 1 / (n_l4e * n_l23i)) / n_l23i
let k_l23i_l4i = -log(1 - 0.0515) / -log(1 - 1 / (n_l4i * n_l23i)) / n_l23i
let k_l23i_l5e = -log(1 - 0.0755) / -log(1 - 1 / (n_l5e * n_l23i)) / n_l23i
let k_l23i_l5i = -log(1 - 0.0) / -log(1 - 1 / (n_l5i * n_l23i)) / n_l23i
let k_l23i_l6e = -log(1 - 0.0042) / -log(1 - 1 / (n_l6e * n_l23i)) / n_l23i
let k_l23i_l6i = -log(1 - 0.0) / -log(1 - 1 / (n_l6i * n_l23i)) / n_l23i

let k_l4e_l23e = -log(1 - 0.0077) / -log(1 - 1 / (n_l23e * n_l4e)) / n_l4e
let k_l4e_l23i = -log(1 - 0.0059) / -log(1 - 1 / (n_l23i * n_l4e)) / n_l4e
let k_l4e_l4e = -log(1 - 0.0497) / -log(1 - 1 / (n_l4e * n_l4e)) / n_l4e
let k_l4e_l4i = -log(1 - 0.135) / -log(1 - 1 / (n_l4i * n_l4e)) / n_l4e
let k_l4e_l5e = -log(1 - 0.0067) / -log(1 - 1 / (n_l5e * n_l4e)) / n_l4e
let k_l4e_l5i = -log(1 - 0.0003) / -log(1 - 1 / (n_l5i * n_l4e)) / n_l4e
let k_l4e_l6e = -log(1 - 0.0453) / -log(1 - 1 / (n_l6e * n_l4e)) / n_l4e
let k_l4e_l6i = -log(1 - 0.0) / -log(1 - 1 / (n_l6i * n_l4e)) / n_l4e

let k_l4i_l23e = -log(1 - 0.0691) / -log(1 - 1 / (n_l23e * n_l4i)) / n_l4i
let k_l4i_l23i = -log(1 - 0.0029) / -log(1 - 1 / (n_l23i * n_l4i)) / n_l4i
let k_l4i_l4e = -log(1 - 0.0794) / -log(1 - 1 / (n_l4e * n_l4i)) / n_l4i
let k_l4i_l4i = -log(1 - 0.1597) / -log(1 - 1 / (n_l4i * n_l4i)) / n_l4i
let k_l4i_l5e = -log(1 - 0.0033) / -log(1 - 1 / (n_l5e * n_l4i)) / n_l4i
let k_l4i_l5i = -log(1 - 0.0) / -log(1 - 1 / (n_l5i * n_l4i)) / n_l4i
let k_l4i_l6e = -log(1 - 0.1057) / -log(1 - 1 / (n_l6e * n_l4i)) / n_l4i
let k_l4i_l6i = -log(1 - 0.0) / -log(1 - 1 / (n_l6i * n_l4i)) / n_l4i

let k_l5e_l23e = -log(1 - 0.1004) / -log(1 - 1 / (n_l23e * n_l5e)) / n_l5e
let k_l5e_l23i = -log(1 - 0.0622) / -log(1 - 1 / (n_l23i * n_l5e)) / n_l5e
let k_l5e_l4e = -log(1 - 0.0505) / -log(1 - 1 / (n_l4e * n_l5e)) / n_l5e
let k_l5e_l4i = -log(1 - 0.0057) / -log(1 - 1 / (n_l4i * n_l5e)) / n_l5e
let k_l5e_l5e = -log(1 - 0.0831) / -log(1 - 1 / (n_l5e * n_l5e)) / n_l5e
let k_l5e_l5i = -log(1 - 0.3726) / -log(1 - 1 / (n_l5i * n_l5e)) / n_l5e
let k_l5e_l6e = -log(1 - 0.0204) / -log(1 - 1 / (n_l6e * n_l5e)) / n_l5e
let k_l5e_l6i = -log(1 - 0.0) / -log(1 - 1 / (n_l6i * n_l5e)) / n_l5e

let k_l5i_l23e = -log(1 - 0.0548) / -log(1 - 1 / (n_l23e * n_l5i)) / n_l5i
let k_l5i_l23i = -log(1 - 0.0269) / -log(1 - 1 / (n_l23i * n_l5i)) / n_l5i
let k_l5i_l4e = -log(1 - 0.0257) / -log(1 - 1 / (n_l4e * n_l5i)) / n_l5i
let k_l5i_l4i = -log(1 - 0.0022) / -log(1 - 1 / (n_l4i * n_l5i)) / n_l5i
let k_l5i_l5e = -log(1 - 0.06) / -log(1 - 1 / (n_l5e * n_l5i)) / n_l5i
let k_l5i_l5i = -log(1 - 0.3158) / -log(1 - 1 / (n_l5i * n_l5i)) / n_l5i
let k_l5i_l6e = -log(1 - 0.0086) / -log(1 - 1 / (n_l6e * n_l5i)) / n_l5i
let k_l5i_l6i = -log(1 - 0.0) / -log(1 - 1 / (n_l6i * n_l5i)) / n_l5i

let k_l6e_l23e = -log(1 - 0.0156) / -log(1 - 1 / (n_l23e * n_l6e)) / n_l6e
let k_l6e_l23i = -log(1 - 0.0066) / -log(1 - 1 / (n_l23i * n_l6e)) / n_l6e
let k_l6e_l4e = -log(1 - 0.0211) / -log(1 - 1 / (n_l4e * n_l6e)) / n_l6e
let k_l6e_l4i = -log(1 - 0.0166) / -log(1 - 1 / (n_l4i * n_l6e)) / n_l6e
let k_l6e_l5e = -log(1 - 0.0572) / -log(1 - 1 / (n_l5e * n_l6e)) / n_l6e
let k_l6e_l5i = -log(1 - 0.0197) / -log(1 - 1 / (n_l5i * n_l6e)) / n_l6e
let k_l6e_l6e = -log(1 - 0.0396) / -log(1 - 1 / (n_l6e * n_l6e)) / n_l6e
let k_l6e_l6i = -log(1 - 0.2252) / -log(1 - 1 / (n_l6i * n_l6e)) / n_l6e

let k_l6i_l23e = -log(1 - 0.0364) / -log(1 - 1 / (n_l23e * n_l6i)) / n_l6i
let k_l6i_l23i = -log(1 - 0.001) / -log(1 - 1 / (n_l23i * n_l6i)) / n_l6i
let k_l6i_l4e = -log(1 - 0.0034) / -log(1 - 1 / (n_l4e * n_l6i)) / n_l6i
let k_l6i_l4i = -log(1 - 0.0005) / -log(1 - 1 / (n_l4i * n_l6i)) / n_l6i
let k_l6i_l5e = -log(1 - 0.0277) / -log(1 - 1 / (n_l5e * n_l6i)) / n_l6i
let k_l6i_l5i = -log(1 - 0.008) / -log(1 - 1 / (n_l5i * n_l6i)) / n_l6i
let k_l6i_l6e = -log(1 - 0.0658) / -log(1 - 1 / (n_l6e * n_l6i)) / n_l6i
let k_l6i_l6i = -log(1 - 0.1443) / -log(1 - 1 / (n_l6i * n_l6i)) / n_l6i

// Full-scale mean rates, 'full_mean_rates' of the NEST 2.x example (the reference rates): the
// downscaled network's DC compensation uses them (helpers.adjust_weights_and_input_to_synapse_scaling).
let nu_l23e = 0.971 Hz
let nu_l23i = 2.868 Hz
let nu_l4e = 4.746 Hz
let nu_l4i = 5.396 Hz
let nu_l5e = 8.142 Hz
let nu_l5i = 9.078 Hz
let nu_l6e = 0.991 Hz
let nu_l6i = 7.523 Hz

// Background ("cortico-cortical") input: K_ext Poisson inputs per neuron at bg_rate = 8 Hz each.
let nu_bg = 8 Hz
let ext_l23e = 1600 * nu_bg
let ext_l23i = 1500 * nu_bg
let ext_l4e = 2100 * nu_bg
let ext_l4i = 1900 * nu_bg
let ext_l5e = 2000 * nu_bg
let ext_l5i = 1900 * nu_bg
let ext_l6e = 2900 * nu_bg
let ext_l6i = 2100 * nu_bg

// PSC amplitude (pA) per mV of PSP peak for tau_m = 10 ms, tau_syn = 0.5 ms, C_m = 250 pF
// (helpers.postsynaptic_potential_to_current): 585.4 pA/mV, so a 0.15 mV PSP is 87.81 pA.
let c_m_pf = 250.0
let tau_m_ms = 10.0
let tau_syn_ms = 0.5
let psc_sub = 1 / (tau_syn_ms - tau_m_ms)
let psc_pre = tau_m_ms * tau_syn_ms / c_m_pf * psc_sub
let psc_frac = pow(tau_m_ms / tau_syn_ms, psc_sub)
let psc_per_psp = 1 pA / 1 mV / (psc_pre * (pow(psc_frac, tau_m_ms) - pow(psc_frac, tau_syn_ms)))

/**
 * The microcircuit. `scale` sets both scaling factors of the reference: `n_scaling` multiplies
 * the population sizes, `k_scaling` the in-degrees (recurrent and background); weights are
 * divided by sqrt(k_scaling) and a DC current per population restores the mean input lost to
 * the scaling, computed from the full-scale rates (the reference's recipe). scale = 1 is the
 * full network.
 *
 * `bg_max_rate` caps the rate of each neuron's one Poisson background source (see README.md,
 * "Background input"): where K_ext * 8 Hz * k_scaling is above it, the background in-degree is
 * scaled down further by the same recipe (fewer, stronger inputs whose mean and variance are
 * those of the full background, the rest of the mean given as DC). 0 Hz replaces the background
 * by its mean, a DC current (the reference's bg_input_type = 'dc'). A cap at or above 23.2 kHz
 * (K_ext * 8 Hz of L6E) gives the reference's background exactly, which only the event engine
 * can run (the step engine fires a Poisson source at most once per step).
 */
circuit Microcircuit(scale: real = 1.0, n_scaling: real = scale, k_scaling: real = scale,
                     bg_max_rate: rate = 1 kHz, g: real = -4.0, psp: voltage = 0.15 mV) {
  // Population sizes (network.py: round(full_num_neurons * N_scaling)).
  let size_l23e: int = round(n_scaling * n_l23e)
  let size_l23i: int = round(n_scaling * n_l23i)
  let size_l4e: int = round(n_scaling * n_l4e)
  let size_l4i: int = round(n_scaling * n_l4i)
  let size_l5e: int = round(n_scaling * n_l5e)
  let size_l5i: int = round(n_scaling * n_l5i)
  let size_l6e: int = round(n_scaling * n_l6e)
  let size_l6i: int = round(n_scaling * n_l6i)

  // Weights: mean PSC amplitudes with a relative SD of 0.1 (a normal draw per synapse, which
  // Flux redraws where it would change sign, as the reference's nest.math.redraw does), the
  // excitatory one 87.8 pA (PSP 0.15 mV), the inhibitory g = -4 times it; L4E -> L23E doubled.
  let j_full = psc_per_psp * psp
  let je = j_full / sqrt(k_scaling)
  let ji = g * je
  let je_sd = 0.1 * je
  let ji_sd = 0.1 * abs(ji)
  // Delays: normal, mean 1.5 ms (excitatory) and 0.75 ms (inhibitory), relative SD 0.5,
  // redrawn where not positive; the step engine delivers at the first step at or after.
  let de = 1.5 ms
  let de_sd = 0.5 * de
  let di = 0.75 ms
  let di_sd = 0.5 * di

  // Mean recurrent input current per ms of the full network (sum over sources of weight x
  // in-degree x rate), for the DC that compensates the in-degree scaling.
  let rec_l23e = j_full * (k_l23e_l23e * nu_l23e + g * k_l23e_l23i * nu_l23i + 2 * k_l23e_l4e * nu_l4e + g * k_l23e_l4i * nu_l4i
      + k_l23e_l5e * nu_l5e + g * k_l23e_l5i * nu_l5i + k_l23e_l6e * nu_l6e + g * k_l23e_l6i * nu_l6i)
  let rec_l23i = j_full * (k_l23i_l23e * nu_l23e + g * k_l23i_l23i * nu_l23i + k_l23i_l4e * nu_l4e + g * k_l23i_l4i * nu_l4i
      + k_l23i_l5e * nu_l5e + g * k_l23i_l5i * nu_l5i + k_l23i_l6e * nu_l6e + g * k_l23i_l6i * nu_l6i)
  let rec_l4e = j_full * (k_l4e_l23e * nu_l23e + g * k_l4e_l23i * nu_l23i + k_l4e_l4e * nu_l4e + g * k_l4e_l4i * nu_l4i
      + k_l4e_l5e * nu_l5e + g * k_l4e_l5i * nu_l5i + k_l4e_l6e * nu_l6e + g * k_l4e_l6i * nu_l6i)
  let rec_l4i = j_full * (k_l4i_l23e * nu_l23e + g * k_l4i_l23i * nu_l23i + k_l4i_l4e * nu_l4e + g * k_l4i_l4i * nu_l4i
      + k_l4i_l5e * nu_l5e + g * k_l4i_l5i * nu_l5i + k_l4i_l6e * nu_l6e + g * k_l4i_l6i * nu_l6i)
  let rec_l5e = j_full * (k_l5e_l23e * nu_l23e + g * k_l5e_l23i * nu_l23i + k_l5e_l4e * nu_l4e + g * k_l5e_l4i * nu_l4i
      + k_l5e_l5e * nu_l5e + g * k_l5e_l5i * nu_l5i + k_l5e_l6e * nu_l6e + g * k_l5e_l6i * nu_l6i)
  let rec_l5i = j_full * (k_l5i_l23e * nu_l23e + g * k_l5i_l23i * nu_l23i + k_l5i_l4e * nu_l4e + g * k_l5i_l4i * nu_l4i
      + k_l5i_l5e * nu_l5e + g * k_l5i_l5i * nu_l5i + k_l5i_l6e * nu_l6e + g * k_l5i_l6i * nu_l6i)
  let rec_l6e = j_full * (k_l6e_l23e * nu_l23e + g * k_l6e_l23i * nu_l23i + k_l6e_l4e * nu_l4e + g * k_l6e_l4i * nu_l4i
      + k_l6e_l5e * nu_l5e + g * k_l6e_l5i * nu_l5i + k_l6e_l6e * nu_l6e + g * k_l6e_l6i * nu_l6i)
  let rec_l6i = j_full * (k_l6i_l23e * nu_l23e + g * k_l6i_l23i * nu_l23i + k_l6i_l4e * nu_l4e + g * k_l6i_l4i * nu_l4i
      + k_l6i_l5e * nu_l5e + g * k_l6i_l5i * nu_l5i + k_l6i_l6e * nu_l6e + g * k_l6i_l6i * nu_l6i)

  // Background: the fraction beta of the K_ext inputs that each neuron's Poisson source stands
  // for, at most k_scaling, and at most what bg_max_rate allows.
  let beta_l23e = min(k_scaling, bg_max_rate / ext_l23e)
  let beta_l23i = min(k_scaling, bg_max_rate / ext_l23i)
  let beta_l4e = min(k_scaling, bg_max_rate / ext_l4e)
  let beta_l4i = min(k_scaling, bg_max_rate / ext_l4i)
  let beta_l5e = min(k_scaling, bg_max_rate / ext_l5e)
  let beta_l5i = min(k_scaling, bg_max_rate / ext_l5i)
  let beta_l6e = min(k_scaling, bg_max_rate / ext_l6e)
  let beta_l6i = min(k_scaling, bg_max_rate / ext_l6i)

  // DC per population (helpers.adjust_weights_and_input_to_synapse_scaling, generalised to a
  // background scaled by beta): tau_syn (1 - sqrt(k_scaling)) x recurrent input
  // + tau_syn (1 - sqrt(beta)) x background input. 0 pA at full scale with bg_max_rate >= 23.2 kHz.
  let tau_s = tau_syn_ms * 1 ms
  let dc_l23e = tau_s * ((1 - sqrt(k_scaling)) * rec_l23e + (1 - sqrt(beta_l23e)) * j_full * ext_l23e)
  let dc_l23i = tau_s * ((1 - sqrt(k_scaling)) * rec_l23i + (1 - sqrt(beta_l23i)) * j_full * ext_l23i)
  let dc_l4e = tau_s * ((1 - sqrt(k_scaling)) * rec_l4e + (1 - sqrt(beta_l4e)) * j_full * ext_l4e)
  let dc_l4i = tau_s * ((1 - sqrt(k_scaling)) * rec_l4i + (1 - sqrt(beta_l4i)) * j_full * ext_l4i)
  let dc_l5e = tau_s * ((1 - sqrt(k_scaling)) * rec_l5e + (1 - sqrt(beta_l5e)) * j_full * ext_l5e)
  let dc_l5i = tau_s * ((1 - sqrt(k_scaling)) * rec_l5i + (1 - sqrt(beta_l5i)) * j_full * ext_l5i)
  let dc_l6e = tau_s * ((1 - sqrt(k_scaling)) * rec_l6e + (1 - sqrt(beta_l6e)) * j_full * ext_l6e)
  let dc_l6i = tau_s * ((1 - sqrt(k_scaling)) * rec_l6i + (1 - sqrt(beta_l6i)) * j_full * ext_l6i)

  // The populations, with the reference's 'optimized' initial potentials (V0_type, the default
  // of the NEST 3 example and of INM-6/microcircuit-PD14-model): normal, population-specific
  // mean and SD, one draw per neuron.
  population L23E[size_l23e] : IafPscExp { i_e = dc_l23e, v = normal(-68.28 mV, 5.36 mV) }
  population L23I[size_l23i] : IafPscExp { i_e = dc_l23i, v = normal(-63.16 mV, 4.57 mV) }
  population L4E[size_l4e] : IafPscExp { i_e = dc_l4e, v = normal(-63.33 mV, 4.74 mV) }
  population L4I[size_l4i] : IafPscExp { i_e = dc_l4i, v = normal(-63.45 mV, 4.94 mV) }
  population L5E[size_l5e] : IafPscExp { i_e = dc_l5e, v = normal(-63.11 mV, 4.94 mV) }
  population L5I[size_l5i] : IafPscExp { i_e = dc_l5i, v = normal(-61.66 mV, 4.55 mV) }
  population L6E[size_l6e] : IafPscExp { i_e = dc_l6e, v = normal(-66.72 mV, 5.46 mV) }
  population L6I[size_l6i] : IafPscExp { i_e = dc_l6i, v = normal(-61.43 mV, 4.48 mV) }

  // Background: one Poisson source per neuron at beta x K_ext x 8 Hz, weight 87.8 pA / sqrt(beta)
  // (the reference: one poisson_generator per population at K_ext x 8 Hz, connected all-to-all,
  // which sends each neuron an independent train; delay 1.5 ms).
  if bg_max_rate > 0 Hz {
    input bg_L23E[size_l23e] : poisson(rate = beta_l23e * ext_l23e)
    input bg_L23I[size_l23i] : poisson(rate = beta_l23i * ext_l23i)
    input bg_L4E[size_l4e] : poisson(rate = beta_l4e * ext_l4e)
    input bg_L4I[size_l4i] : poisson(rate = beta_l4i * ext_l4i)
    input bg_L5E[size_l5e] : poisson(rate = beta_l5e * ext_l5e)
    input bg_L5I[size_l5i] : poisson(rate = beta_l5i * ext_l5i)
    input bg_L6E[size_l6e] : poisson(rate = beta_l6e * ext_l6e)
    input bg_L6I[size_l6i] : poisson(rate = beta_l6i * ext_l6i)
    bg_L23E -> L23E : direct(w = j_full / sqrt(beta_l23e), delay = 1.5 ms) with one_to_one
    bg_L23I -> L23I : direct(w = j_full / sqrt(beta_l23i), delay = 1.5 ms) with one_to_one
    bg_L4E -> L4E : direct(w = j_full / sqrt(beta_l4e), delay = 1.5 ms) with one_to_one
    bg_L4I -> L4I : direct(w = j_full / sqrt(beta_l4i), delay = 1.5 ms) with one_to_one
    bg_L5E -> L5E : direct(w = j_full / sqrt(beta_l5e), delay = 1.5 ms) with one_to_one
    bg_L5I -> L5I : direct(w = j_full / sqrt(beta_l5i), delay = 1.5 ms) with one_to_one
    bg_L6E -> L6E : direct(w = j_full / sqrt(beta_l6e), delay = 1.5 ms) with one_to_one
    bg_L6I -> L6I : direct(w = j_full / sqrt(beta_l6i), delay = 1.5 ms) with one_to_one
  }

  // Recurrent connections, source -> target: every pair independently with the probability that
  // gives the reference's mean in-degree (k x k_scaling; see README.md on fixed_total_number),
  // self-connections allowed within a population as in the reference. Grouped by target; the
  // 9 pairs whose probability is 0 are left out (L5I -> L2/3E, L2/3I, L4I; L6I -> every target
  // but L6E and L6I).
  L23E -> L23E : direct(w = normal(je, je_sd), delay = normal(de, de_sd))
    with probability(k_l23e_l23e * k_scaling / size_l23e, allow_self = true)
  L23I -> L23E : direct(w = normal(ji, ji_sd), delay = normal(di, di_sd))
    with probability(k_l23e_l23i * k_scaling / size_l23i)
  L4E -> L23E : direct(w = normal(2 * je, 2 * je_sd), delay = normal(de, de_sd))
    with probability(k_l23e_l4e * k_scaling / size_l4e)
  L4I -> L23E : direct(w = normal(ji, ji_sd), delay = normal(di, di_sd))
    with probability(k_l23e_l4i * k_scaling / size_l4i)
  L5E -> L23E : direct(w = normal(je, je_sd), delay = normal(de, de_sd))
    with probability(k_l23e_l5e * k_scaling / size_l5e)
  L6E -> L23E : direct(w = normal(je, je_sd), delay = normal(de, de_sd))
    with probability(k_l23e_l6e * k_scaling / size_l6e)
  L23E -> L23I : direct(w = normal(je, je_sd), delay = normal(de, de_sd))
    with probability(k_l23i_l23e * k_scaling / size_l23e)
  L23I -> L23I : direct(w = normal(ji, ji_sd), delay = normal(di, di_sd))
    with probability(k_l23i_l23i * k_scaling / size_l23i, allow_self = true)
  L4E -> L23I : direct(w = normal(je, je_sd), delay = normal(de, de_sd))
    with probability(k_l23i_l4e * k_scaling / size_l4e)
  L4I -> L23I : direct(w = normal(ji, ji_sd), delay = normal(di, di_sd))
    with probability(k_l23i_l4i * k_scaling / size_l4i)
  L5E -> L23I : direct(w = normal(je, je_sd), delay = normal(de, de_sd))
    with probability(k_l23i_l5e * k_scaling / size_l5e)
  L6E -> L23I : direct(w = normal(je, je_sd), delay = normal(de, de_sd))
    with probability(k_l23i_l6e * k_scaling / size_l6e)
  L23E -> L4E : direct(w = normal(je, je_sd), delay = normal(de, de_sd))
    with probability(k_l4e_l23e * k_scaling / size_l23e)
  L23I -> L4E : direct(w = normal(ji, ji_sd), delay = normal(di, di_sd))
    with probability(k_l4e_l23i * k_scaling / size_l23i)
  L4E -> L4E : direct(w = normal(je, je_sd), delay = normal(de, de_sd))
    with probability(k_l4e_l4e * k_scaling / size_l4e, allow_self = true)
  L4I -> L4E : direct(w = normal(ji, ji_sd), delay = normal(di, di_sd))
    with probability(k_l4e_l4i * k_scaling / size_l4i)
  L5E -> L4E : direct(w = normal(je, je_sd), delay = normal(de, de_sd))
    with probability(k_l4e_l5e * k_scaling / size_l5e)
  L5I -> L4E : direct(w = normal(ji, ji_sd), delay = normal(di, di_sd))
    with probability(k_l4e_l5i * k_scaling / size_l5i)
  L6E -> L4E : direct(w = normal(je, je_sd), delay = normal(de, de_sd))
    with probability(k_l4e_l6e * k_scaling / size_l6e)
  L23E -> L4I : direct(w = normal(je, je_sd), delay = normal(de, de_sd))
    with probability(k_l4i_l23e * k_scaling / size_l23e)
  L23I -> L4I : direct(w = normal(ji, ji_sd), delay = normal(di, di_sd))
    with probability(k_l4i_l23i * k_scaling / size_l23i)
  L4E -> L4I : direct(w = normal(je, je_sd), delay = normal(de, de_sd))
    with probability(k_l4i_l4e * k_scaling / size_l4e)
  L4I -> L4I : direct(w = normal(ji, ji_sd), delay = normal(di, di_sd))
    with probability(k_l4i_l4i * k_scaling / size_l4i, allow_self = true)
  L5E -> L4I : direct(w = normal(je, je_sd), delay = normal(de, de_sd))
    with probability(k_l4i_l5e * k_scaling / size_l5e)
  L6E -> L4I : direct(w = normal(je, je_sd), delay = normal(de, de_sd))
    with probability(k_l4i_l6e * k_scaling / size_l6e)
  L23E -> L5E : direct(w = normal(je, je_sd), delay = normal(de, de_sd))
    with probability(k_l5e_l23e * k_scaling / size_l23e)
  L23I -> L5E : direct(w = normal(ji, ji_sd), delay = normal(di, di_sd))
    with probability(k_l5e_l23i * k_scaling / size_l23i)
  L4E -> L5E : direct(w = normal(je, je_sd), delay = normal(de, de_sd))
    with probability(k_l5e_l4e * k_scaling / size_l4e)
  L4I -> L5E : direct(w = normal(ji, ji_sd), delay = normal(di, di_sd))
    with probability(k_l5e_l4i * k_scaling / size_l4i)
  L5E -> L5E : direct(w = normal(je, je_sd), delay = normal(de, de_sd))
    with probability(k_l5e_l5e * k_scaling / size_l5e, allow_self = true)
  L5I -> L5E : direct(w = normal(ji, ji_sd), delay = normal(di, di_sd))
    with probability(k_l5e_l5i * k_scaling / size_l5i)
  L6E -> L5E : direct(w = normal(je, je_sd), delay = normal(de, de_sd))
    with probability(k_l5e_l6e * k_scaling / size_l6e)
  L23E -> L5I : direct(w = normal(je, je_sd), delay = normal(de, de_sd))
    with probability(k_l5i_l23e * k_scaling / size_l23e)
  L23I -> L5I : direct(w = normal(ji, ji_sd), delay = normal(di, di_sd))
    with probability(k_l5i_l23i * k_scaling / size_l23i)
  L4E -> L5I : direct(w = normal(je, je_sd), delay = normal(de, de_sd))
    with probability(k_l5i_l4e * k_scaling / size_l4e)
  L4I -> L5I : direct(w = normal(ji, ji_sd), delay = normal(di, di_sd))
    with probability(k_l5i_l4i * k_scaling / size_l4i)
  L5E -> L5I : direct(w = normal(je, je_sd), delay = normal(de, de_sd))
    with probability(k_l5i_l5e * k_scaling / size_l5e)
  L5I -> L5I : direct(w = normal(ji, ji_sd), delay = normal(di, di_sd))
    with probability(k_l5i_l5i * k_scaling / size_l5i, allow_self = true)
  L6E -> L5I : direct(w = normal(je, je_sd), delay = normal(de, de_sd))
    with probability(k_l5i_l6e * k_scaling / size_l6e)
  L23E -> L6E : direct(w = normal(je, je_sd), delay = normal(de, de_sd))
    with probability(k_l6e_l23e * k_scaling / size_l23e)
  L23I -> L6E : direct(w = normal(ji, ji_sd), delay = normal(di, di_sd))
    with probability(k_l6e_l23i * k_scaling / size_l23i)
  L4E -> L6E : direct(w = normal(je, je_sd), delay = normal(de, de_sd))
    with probability(k_l6e_l4e * k_scaling / size_l4e)
  L4I -> L6E : direct(w = normal(ji, ji_sd), delay = normal(di, di_sd))
    with probability(k_l6e_l4i * k_scaling / size_l4i)
  L5E -> L6E : direct(w = normal(je, je_sd), delay = normal(de, de_sd))
    with probability(k_l6e_l5e * k_scaling / size_l5e)
  L5I -> L6E : direct(w = normal(ji, ji_sd), delay = normal(di, di_sd))
    with probability(k_l6e_l5i * k_scaling / size_l5i)
  L6E -> L6E : direct(w = normal(je, je_sd), delay = normal(de, de_sd))
    with probability(k_l6e_l6e * k_scaling / size_l6e, allow_self = true)
  L6I -> L6E : direct(w = normal(ji, ji_sd), delay = normal(di, di_sd))
    with probability(k_l6e_l6i * k_scaling / size_l6i)
  L23E -> L6I : direct(w = normal(je, je_sd), delay = normal(de, de_sd))
    with probability(k_l6i_l23e * k_scaling / size_l23e)
  L23I -> L6I : direct(w = normal(ji, ji_sd), delay = normal(di, di_sd))
    with probability(k_l6i_l23i * k_scaling / size_l23i)
  L4E -> L6I : direct(w = normal(je, je_sd), delay = normal(de, de_sd))
    with probability(k_l6i_l4e * k_scaling / size_l4e)
  L4I -> L6I : direct(w = normal(ji, ji_sd), delay = normal(di, di_sd))
    with probability(k_l6i_l4i * k_scaling / size_l4i)
  L5E -> L6I : direct(w = normal(je, je_sd), delay = normal(de, de_sd))
    with probability(k_l6i_l5e * k_scaling / size_l5e)
  L5I -> L6I : direct(w = normal(ji, ji_sd), delay = normal(di, di_sd))
    with probability(k_l6i_l5i * k_scaling / size_l5i)
  L6E -> L6I : direct(w = normal(je, je_sd), delay = normal(de, de_sd))
    with probability(k_l6i_l6e * k_scaling / size_l6e)
  L6I -> L6I : direct(w = normal(ji, ji_sd), delay = normal(di, di_sd))
    with probability(k_l6i_l6i * k_scaling / size_l6i, allow_self = true)
}

/// The full microcircuit with the background replaced by its mean, a DC current per population
/// (the reference's bg_input_type = 'dc', the drive of the NEST CPU and NEST GPU benchmarks).
circuit MicrocircuitDc extends Microcircuit {
  bg_max_rate = 0 Hz
}

/// The microcircuit at 10 % (the reference's default scaling, N_scaling = K_scaling = 0.1):
/// 7,718 neurons, about 3 million synapses. The default top circuit of this file.
circuit SmallMicrocircuit extends Microcircuit {
  scale = 0.1
}
