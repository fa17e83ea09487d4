// --emit=network: a summary a person can read (sizes, rules, degree statistics, memory) and,
// with --full, every neuron's parameters and every synapse. Deterministic, so it is a test
// oracle: the same seed gives the same bytes.
#include "elab/Elaborate.h"

#include <algorithm>
#include <cstdio>
#include <ostream>

namespace flux::elab {
namespace {

const char *kindName(PopulationKind kind) {
  switch (kind) {
  case PopulationKind::Neurons:
    return "neurons";
  case PopulationKind::Source:
    return "source";
  case PopulationKind::ExternInput:
    return "extern-input";
  case PopulationKind::ExternOutput:
    return "extern-output";
  }
  return "?";
}

const char *kindName(SynapseKind kind) {
  switch (kind) {
  case SynapseKind::Direct:
    return "direct";
  case SynapseKind::Modulator:
    return "modulator";
  case SynapseKind::Electric:
    return "electric";
  case SynapseKind::Model:
    return "model";
  case SynapseKind::Output:
    return "output";
  }
  return "?";
}

std::string number(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", v);
  return buffer;
}

std::string values(const ParamValues &p) {
  std::string unit = sema::baseUnit(p.dim);
  std::string suffix = unit.empty() ? "" : " " + unit;
  if (p.values.size() == 1)
    return number(p.values[0]) + suffix;
  auto [lo, hi] = std::minmax_element(p.values.begin(), p.values.end());
  return "per-neuron in [" + number(*lo) + ", " + number(*hi) + "]" + suffix;
}

std::string setName(const Network &net, const NeuronSet &set) {
  std::string text;
  for (const auto &r : set.ranges) {
    const Population &p = net.populations[r.population];
    text += (text.empty() ? "" : "+") + p.name;
    if (r.begin != 0 || r.end != p.size)
      text += "[" + std::to_string(r.begin) + " .. " + std::to_string(r.end) + "]";
  }
  return text;
}

struct Degrees {
  double mean = 0;
  std::uint64_t min = 0;
  std::uint64_t max = 0;
};

Degrees degrees(const std::vector<std::uint64_t> &counts) {
  Degrees d;
  if (counts.empty())
    return d;
  auto [lo, hi] = std::minmax_element(counts.begin(), counts.end());
  d.min = *lo;
  d.max = *hi;
  std::uint64_t total = 0;
  for (auto c : counts)
    total += c;
  d.mean = double(total) / counts.size();
  return d;
}

} // namespace

void printNetwork(const Network &net, std::ostream &out, const NetworkPrintOptions &options) {
  out << "network " << net.top << " seed=" << net.seed << "\n";
  out << "  neurons=" << net.neuronCount() << " populations=" << net.populations.size()
      << " projections=" << net.projections.size() << " synapses=" << net.synapseCount()
      << " bytes=" << net.bytes() << "\n";
  for (const auto &p : net.populations) {
    out << "population " << p.name << " kind=" << kindName(p.kind) << " size=" << p.size
        << " first=" << p.first;
    if (p.model)
      out << " model=" << p.model->name;
    if (!p.source.empty())
      out << " source=" << p.source;
    if (!p.sourceFile.empty())
      out << " file \"" << p.sourceFile << "\"";
    out << "\n";
    if (!options.full)
      continue;
    for (const auto &v : p.params)
      out << "  param " << v.name << " = " << values(v) << "\n";
    for (const auto &v : p.state)
      out << "  state " << v.name << " = " << values(v) << "\n";
    for (const auto *list : {&p.params, &p.state}) {
      for (const auto &v : *list) {
        if (v.values.size() > 1) {
          out << "  " << v.name << ":";
          for (double x : v.values)
            out << " " << number(x);
          out << "\n";
        }
      }
    }
  }
  for (const auto &proj : net.projections) {
    out << "projection " << setName(net, proj.source) << " -> " << setName(net, proj.target)
        << " kind=" << kindName(proj.kind);
    if (proj.synapseModel)
      out << " model=" << proj.synapseModel->name << " as=" << kindName(proj.deliverAs);
    out << " rule=" << proj.rule << " synapses=" << proj.synapseCount();
    if (proj.kind != SynapseKind::Output) {
      if (proj.weights.empty())
        out << " weight=" << number(proj.weight);
      else {
        auto [lo, hi] = std::minmax_element(proj.weights.begin(), proj.weights.end());
        out << " weight=[" << number(*lo) << ", " << number(*hi) << "]";
      }
      if (proj.delays.empty()) {
        out << " delay=" << number(proj.delay) << " ms";
      } else {
        auto [lo, hi] = std::minmax_element(proj.delays.begin(), proj.delays.end());
        out << " delay=[" << number(*lo) << ", " << number(*hi) << "] ms";
      }
    }
    out << "\n";
    const Connectivity &c = proj.connectivity;
    std::vector<std::uint64_t> outDegree(c.sourceCount());
    std::vector<std::uint64_t> inDegree(proj.target.size());
    for (std::uint32_t s = 0; s < c.sourceCount(); ++s) {
      outDegree[s] = c.rowStart[s + 1] - c.rowStart[s];
      for (std::uint32_t t : c.targetsOf(s))
        ++inDegree[t];
    }
    Degrees in = degrees(inDegree);
    Degrees o = degrees(outDegree);
    out << "  in-degree mean=" << number(in.mean) << " min=" << in.min << " max=" << in.max
        << "  out-degree mean=" << number(o.mean) << " min=" << o.min << " max=" << o.max
        << "  bytes=" << proj.bytes() << "\n";
    for (const auto &v : proj.synapseParams)
      out << "  param " << v.name << " = " << values(v) << "\n";
    if (!options.full)
      continue;
    std::size_t k = 0;
    for (std::uint32_t s = 0; s < c.sourceCount(); ++s) {
      for (std::uint32_t t : c.targetsOf(s)) {
        out << "  " << s << " -> " << t;
        if (!proj.weights.empty())
          out << " w=" << number(proj.weights[k]);
        out << "\n";
        ++k;
      }
    }
  }
}

} // namespace flux::elab
