#include "Inject.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

namespace flux::tool {
namespace {

std::string trim(const std::string &text) {
  auto first = text.find_first_not_of(" \t\r");
  if (first == std::string::npos)
    return "";
  auto last = text.find_last_not_of(" \t\r");
  return text.substr(first, last - first + 1);
}

} // namespace

std::optional<double> parseNumber(const std::string &text) {
  std::istringstream in(text);
  double value = 0;
  if (!(in >> value) || !in.eof() || !std::isfinite(value))
    return std::nullopt;
  return value;
}

std::optional<Injection> resolveTarget(const elab::Network &net, const std::string &target,
                                       std::string &error) {
  auto dot = target.rfind('.');
  if (dot == std::string::npos || dot == 0 || dot + 1 == target.size()) {
    error = "'" + target + "' is not NEURONS.VARIABLE, such as 'Top.E.i_e' or 'Top.E[3].v'";
    return std::nullopt;
  }
  std::string neurons = target.substr(0, dot);
  std::string variable = target.substr(dot + 1);
  Injection out;
  bool found = false;
  for (std::uint32_t p = 0; p < net.populations.size() && !found; ++p) {
    const auto &pop = net.populations[p];
    if (pop.name == neurons) {
      out.population = p;
      out.begin = 0;
      out.end = pop.size;
      found = true;
    }
  }
  if (!found) {
    auto neuron = net.neuronIndex(neurons);
    for (std::uint32_t p = 0; neuron && p < net.populations.size() && !found; ++p) {
      const auto &pop = net.populations[p];
      if (*neuron >= pop.first && *neuron < pop.first + pop.size) {
        out.population = p;
        out.begin = *neuron - pop.first;
        out.end = out.begin + 1;
        found = true;
      }
    }
  }
  if (!found) {
    error = "'" + neurons + "' names no population or neuron (see --emit=network)";
    return std::nullopt;
  }
  const auto &pop = net.populations[out.population];
  if (pop.kind != elab::PopulationKind::Neurons) {
    error = "'" + neurons + "' is an input, which has no parameters or state";
    return std::nullopt;
  }
  for (std::uint32_t i = 0; i < pop.model->states.size(); ++i)
    if (pop.model->states[i].name.text == variable) {
      out.index = i;
      return out;
    }
  for (std::uint32_t i = 0; i < pop.model->params.size(); ++i)
    if (pop.model->params[i].name.text == variable) {
      out.parameter = true;
      out.index = i;
      return out;
    }
  error = "'" + pop.model->name + "' has no parameter or state '" + variable + "'";
  return std::nullopt;
}

std::optional<std::vector<Injection>>
loadInjections(const std::string &path, const elab::Network &network, std::string &error) {
  std::ifstream in(path);
  if (!in) {
    error = "cannot read the injection file '" + path + "'";
    return std::nullopt;
  }
  std::vector<Injection> out;
  std::string line;
  for (std::size_t lineNumber = 1; std::getline(in, line); ++lineNumber) {
    std::string where = path + ":" + std::to_string(lineNumber) + ": ";
    if (auto hash = line.find('#'); hash != std::string::npos)
      line.resize(hash);
    line = trim(line);
    if (line.empty() || (out.empty() && line.rfind("time", 0) == 0))
      continue; // blank, a comment, or the header
    std::vector<std::string> fields;
    std::istringstream cells(line);
    for (std::string cell; std::getline(cells, cell, ',');)
      fields.push_back(trim(cell));
    if (fields.size() != 3) {
      error =
          where + "expected 3 columns (time_ms,target,value), got " + std::to_string(fields.size());
      return std::nullopt;
    }
    auto time = parseNumber(fields[0]);
    if (!time || *time < 0) {
      error = where + "the time '" + fields[0] + "' is not a time in ms >= 0";
      return std::nullopt;
    }
    auto value = parseNumber(fields[2]);
    if (!value) {
      error = where + "the value '" + fields[2] + "' is not a number (in base units: ms, mV, " +
              "pA, nS, pF)";
      return std::nullopt;
    }
    std::string problem;
    auto injection = resolveTarget(network, fields[1], problem);
    if (!injection) {
      error = where + problem;
      return std::nullopt;
    }
    injection->timeMs = *time;
    injection->value = *value;
    out.push_back(*injection);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Injection &a, const Injection &b) { return a.timeMs < b.timeMs; });
  return out;
}

} // namespace flux::tool
