#!/usr/bin/env python3
"""Stationary rate and ISI irregularity of the Brunel (2000) network in the mean-field
(diffusion) theory of the paper, for the four states of its Figure 8:

  python3 examples/brunel/theory.py [--g G --eta ETA]

Each neuron's input is approximated by a Gaussian white noise of mean mu and variance
sigma^2 (section 3 of the paper):

  mu      = C_E J tau (nu_ext + nu (1 - g gamma)),        gamma = C_I / C_E = 1/4
  sigma^2 = J^2 C_E tau (nu_ext + nu (1 + g^2 gamma))

and the rate nu solves the self-consistency equation (the first-passage time of the
Ornstein-Uhlenbeck process from V_r to theta, plus the refractory period):

  1 / nu = tau_rp + tau sqrt(pi) int_{(V_r - mu)/sigma}^{(theta - mu)/sigma} e^{u^2} (1 + erf u) du

The CV of the ISIs of that process (the first-passage-time result for a leaky
integrate-and-fire neuron under white noise; e.g. Tuckwell 1988, Brunel 2000):

  CV^2 = 2 pi (nu tau)^2 int_{y_r}^{y_theta} e^{x^2} dx int_{-inf}^{x} e^{y^2} (1 + erf y)^2 dy

Parameters: J = 0.1 mV, C_E = 1000, theta = 20 mV, V_r = 10 mV, tau = 20 ms, tau_rp = 2 ms,
nu_ext = eta theta / (J C_E tau). Pure Python (Simpson's rule), a second or two.
"""
import argparse
import math

J, C_E, GAMMA, TAU, THETA, V_R, TAU_RP = 0.1, 1000, 0.25, 20.0, 20.0, 10.0, 2.0  # mV, ms


def erfcx(x):
    """exp(x^2) erfc(x); e^{u^2} (1 + erf u) = erfcx(-u)."""
    if x < 25:
        return math.exp(x * x) * math.erfc(x)
    return (1 - 1 / (2 * x * x)) / (x * math.sqrt(math.pi))


def simpson(f, a, b, n):
    h = (b - a) / n
    total = f(a) + f(b) + sum((4 if k % 2 else 2) * f(a + k * h) for k in range(1, n))
    return total * h / 3


def mu_sigma(nu, g, eta):
    nu_ext = eta * THETA / (J * C_E * TAU)  # per ms
    mu = C_E * J * TAU * (nu_ext + nu * (1 - g * GAMMA))
    sigma = J * math.sqrt(C_E * TAU * (nu_ext + nu * (1 + g * g * GAMMA)))
    return mu, sigma


def transfer(mu, sigma):
    """The rate (per ms) of a neuron under white noise of mean mu and std sigma."""
    y_theta, y_r = (THETA - mu) / sigma, (V_R - mu) / sigma
    return 1.0 / (TAU_RP + TAU * math.sqrt(math.pi) * simpson(lambda u: erfcx(-u), y_r, y_theta, 2000))


def rate(g, eta):
    """The self-consistent rate (per ms), by bisection below the refractory limit."""
    lo, hi = 0.0, 1.0 / TAU_RP - 1e-9
    for _ in range(80):
        mid = (lo + hi) / 2
        if transfer(*mu_sigma(mid, g, eta)) > mid:
            lo = mid
        else:
            hi = mid
    return lo


def cv(nu, mu, sigma):
    y_theta, y_r = (THETA - mu) / sigma, (V_R - mu) / sigma

    def inner(x):  # int_{-inf}^{x} e^{y^2} (1 + erf y)^2 dy, = int erfcx(-y)^2 e^{-y^2} dy
        return simpson(lambda y: erfcx(-y) ** 2 * math.exp(-y * y), min(-12.0, x - 8.0), x, 1000)

    outer = simpson(lambda x: math.exp(x * x) * inner(x), y_r, y_theta, 200)
    return math.sqrt(2 * math.pi * (nu * TAU) ** 2 * outer)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--g", type=float)
    parser.add_argument("--eta", type=float)
    args = parser.parse_args()
    states = [("SR", 3.0, 2.0), ("SI fast", 6.0, 4.0), ("AI", 5.0, 2.0), ("SI slow", 4.5, 0.9)]
    if args.g is not None and args.eta is not None:
        states = [("", args.g, args.eta)]
    print(f"{'state':<8} {'g':>4} {'eta':>4} {'rate Hz':>8} {'mu mV':>7} {'sigma mV':>8} {'CV ISI':>6}")
    for name, g, eta in states:
        nu = rate(g, eta)
        mu, sigma = mu_sigma(nu, g, eta)
        print(f"{name:<8} {g:>4g} {eta:>4g} {1000 * nu:>8.1f} {mu:>7.2f} {sigma:>8.2f} {cv(nu, mu, sigma):>6.3f}")


if __name__ == "__main__":
    main()
