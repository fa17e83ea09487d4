// RunSummary as JSON and as a terminal table.
#include "io/RunSummary.h"

#include "io/HumanText.h"
#include "io/NumberText.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <string_view>
#include <type_traits>

namespace flux::rt {

namespace {

void appendJsonString(std::string &out, const std::string &text) {
  out += '"';
  for (char c : text) {
    switch (c) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\r':
      out += "\\r";
      break;
    case '\t':
      out += "\\t";
      break;
    default:
      if (static_cast<unsigned char>(c) < 0x20) {
        char escaped[8];
        std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
        out += escaped;
      } else {
        out += c; // UTF-8 passes through: JSON text is UTF-8
      }
    }
  }
  out += '"';
}

/// JSON has no NaN or infinity; null says "not defined" (a CV with no neuron to average over).
void appendJsonNumber(std::string &out, double value) {
  if (std::isfinite(value))
    appendShortest(out, value);
  else
    out += "null";
}

template <typename Value>
void appendMember(std::string &out, const char *key, const Value &value, bool last = false) {
  out += "  \"";
  out += key;
  out += "\": ";
  if constexpr (std::is_same_v<Value, std::string>)
    appendJsonString(out, value);
  else if constexpr (std::is_same_v<Value, double>)
    appendJsonNumber(out, value);
  else
    appendInteger(out, value);
  out += last ? "\n" : ",\n";
}

void printPopulationTable(std::ostream &out, const std::vector<PopulationSummary> &populations) {
  const std::array<std::string, 5> headers = {"population", "size", "spikes", "rate Hz", "CV ISI"};
  std::vector<std::array<std::string, 5>> rows;
  for (const PopulationSummary &population : populations)
    rows.push_back({population.name, groupedText(population.size), groupedText(population.spikes),
                    fixedText(population.rateHz, 2), fixedText(population.cvIsi, 2)});
  std::array<std::size_t, 5> widths{};
  for (std::size_t column = 0; column < widths.size(); ++column) {
    widths[column] = headers[column].size();
    for (const auto &row : rows)
      widths[column] = std::max(widths[column], row[column].size());
  }
  const auto printRow = [&](const std::array<std::string, 5> &cells) {
    // Names left-aligned, numbers right-aligned, two spaces between columns.
    out << cells[0] << std::string(widths[0] - cells[0].size(), ' ');
    for (std::size_t column = 1; column < cells.size(); ++column)
      out << std::string(2 + widths[column] - cells[column].size(), ' ') << cells[column];
    out << '\n';
  };
  printRow(headers);
  for (const auto &row : rows)
    printRow(row);
}

} // namespace

std::string toJson(const RunSummary &summary) {
  std::string out = "{\n";
  appendMember(out, "sim_time_s", summary.simTimeS);
  appendMember(out, "wall_s", summary.wallS);
  appendMember(out, "realtime_factor", summary.realtimeFactor);
  appendMember(out, "spikes", summary.spikes);
  appendMember(out, "synaptic_events", summary.synapticEvents);
  appendMember(out, "synaptic_events_per_s", summary.synapticEventsPerS);
  appendMember(out, "peak_rss_bytes", summary.peakRssBytes);
  appendMember(out, "engine", summary.engine);
  appendMember(out, "dt_ms", summary.dtMs);
  appendMember(out, "events_processed", summary.eventsProcessed);
  appendMember(out, "synapses", summary.synapses);
  appendMember(out, "synapse_bytes", summary.synapseBytes);
  appendMember(out, "compile_s", summary.compileS);
  out += "  \"populations\": [";
  for (std::size_t i = 0; i < summary.populations.size(); ++i) {
    const PopulationSummary &population = summary.populations[i];
    out += i == 0 ? "\n    {\"name\": " : ",\n    {\"name\": ";
    appendJsonString(out, population.name);
    out += ", \"size\": ";
    appendInteger(out, population.size);
    out += ", \"spikes\": ";
    appendInteger(out, population.spikes);
    out += ", \"rate_hz\": ";
    appendJsonNumber(out, population.rateHz);
    out += ", \"cv_isi\": ";
    appendJsonNumber(out, population.cvIsi);
    out += '}';
  }
  out += summary.populations.empty() ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

void printSummary(std::ostream &out, const RunSummary &summary) {
  if (!summary.populations.empty()) {
    printPopulationTable(out, summary.populations);
    out << '\n';
  }
  const auto line = [&](const char *label, const std::string &value) {
    out << label << std::string(18 - std::string_view(label).size(), ' ') << value << '\n';
  };
  std::string how = summary.engine.empty() ? "" : summary.engine + " engine";
  if (summary.dtMs > 0)
    how += (how.empty() ? "dt " : ", dt ") + shortestText(summary.dtMs) + " ms";
  line("simulated time",
       fixedText(summary.simTimeS, 3) + " s" + (how.empty() ? "" : " (" + how + ")"));
  line("wall time", fixedText(summary.wallS, 3) + " s");
  line("real-time factor", std::isfinite(summary.realtimeFactor)
                               ? fixedText(summary.realtimeFactor, 2) + "x real time"
                               : "-");
  line("spikes", groupedText(summary.spikes));
  line("synaptic events",
       groupedText(summary.synapticEvents) + " (" + siText(summary.synapticEventsPerS) + "/s)");
  line("events processed", groupedText(summary.eventsProcessed));
  line("peak memory",
       fixedText(static_cast<double>(summary.peakRssBytes) / (1024.0 * 1024.0), 1) + " MiB");
  if (summary.synapses > 0)
    line("synapse memory",
         fixedText(static_cast<double>(summary.synapseBytes) / (1024.0 * 1024.0), 1) + " MiB (" +
             fixedText(static_cast<double>(summary.synapseBytes) /
                           static_cast<double>(summary.synapses),
                       2) +
             " bytes per synapse)");
}

} // namespace flux::rt
