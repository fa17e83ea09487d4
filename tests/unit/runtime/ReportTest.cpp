#include "io/Report.h"

#include "io/PopulationIndex.h"
#include "io/SvgPlot.h"

#include "TextCount.h"

#include <gtest/gtest.h>

using namespace flux::rt;
using flux::test::occurrences;

namespace {

/// A run fed by hand: what RunCommand gathers, for a few spikes.
struct FakeRun {
  SpikeStats stats;
  ReportRecorder recorder;
  RunSummary summary;

  FakeRun(const std::vector<PopulationInfo> &table, double durationMs)
      : stats(table, neuronCountOf(table)), recorder(table, 0, durationMs, 0.1) {
    summary.simTimeS = durationMs / 1000;
    summary.engine = "event";
  }
  void spike(double timeMs, std::uint32_t neuron) {
    stats.onSpike(timeMs, neuron);
    recorder.onSpike(timeMs, neuron);
    ++summary.spikes;
  }
  std::string html(const ReportHeader &header) {
    summary.populations = stats.summarize(summary.simTimeS * 1000);
    return reportHtml(header, summary, stats, recorder);
  }
};

} // namespace

TEST(RuntimeReport, EscapesTextForHtmlAndSvg) {
  EXPECT_EQ(svg::escaped("a<b>&\"c\"'d'"), "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;");
  EXPECT_EQ(svg::escaped("plain Net.E[3]"), "plain Net.E[3]");
  EXPECT_EQ(svg::escaped("µ é"), "µ é"); // UTF-8 passes through
}

TEST(RuntimeReport, HasEverySectionAndEscapesEveryName) {
  FakeRun run({{"E<script>", 0, 8}, {"I&\"x\"", 8, 2}}, 100);
  for (int k = 0; k < 20; ++k)
    run.spike(k * 5.0, static_cast<std::uint32_t>(k % 10));
  const std::string html = run.html({.file = "dir/<net>.flux", .top = "Top&Co", .seed = 7});
  EXPECT_TRUE(html.starts_with("<!DOCTYPE html>\n")) << html;
  EXPECT_TRUE(html.ends_with("</html>\n"));
  for (const char *section :
       {"id=\"run\"", "id=\"figures\"", "id=\"populations\"", "id=\"raster\"", "id=\"rates\""})
    EXPECT_EQ(occurrences(html, section), 1u) << section;
  // Names from user files never reach the page unescaped.
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<net>"), std::string::npos);
  EXPECT_EQ(html.find("Top&Co"), std::string::npos);
  EXPECT_NE(html.find("E&lt;script&gt;"), std::string::npos);
  EXPECT_NE(html.find("I&amp;&quot;x&quot;"), std::string::npos);
  EXPECT_NE(html.find("<title>Flux run: Top&amp;Co</title>"), std::string::npos);
  EXPECT_NE(html.find("<td>7</td>"), std::string::npos); // the seed
  // One raster, and per population a rate trace and two histograms.
  EXPECT_EQ(occurrences(html, "<svg "), 1u + 2 * 3);
  // Self-contained: the only URL is the SVG namespace.
  EXPECT_EQ(occurrences(html, "http"), occurrences(html, "xmlns=\"http://www.w3.org/2000/svg\""));
  EXPECT_EQ(html.find("nan"), std::string::npos);
  EXPECT_EQ(html.find("class=\"stopped\""), std::string::npos); // it ran to its end
}

TEST(RuntimeReport, SaysWhyARunStoppedAndHowFarItGot) {
  FakeRun run({{"E", 0, 4}}, 1000);
  run.spike(1, 0);
  run.summary.simTimeS = 0.25; // stopped at 250 ms of 1000
  const std::string html = run.html({.top = "Net", .stopped = "interrupted at t = 250 ms"});
  EXPECT_NE(html.find("<p class=\"stopped\">"), std::string::npos);
  EXPECT_NE(html.find("interrupted at t = 250 ms"), std::string::npos);
  EXPECT_NE(html.find("250 ms of 1000 ms asked for"), std::string::npos);
}

TEST(RuntimeReport, EmptyAndSilentRunsStillReport) {
  FakeRun silent({{"E", 0, 3}, {"none", 3, 0}}, 0);
  const std::string html = silent.html({});
  EXPECT_NE(html.find(">no spikes<"), std::string::npos);
  EXPECT_NE(html.find(">no simulated time<"), std::string::npos);
  EXPECT_NE(html.find(">no neuron spiked 3 times or more<"), std::string::npos);
  EXPECT_EQ(html.find("nan"), std::string::npos);
  EXPECT_EQ(occurrences(html, "<svg "), 1u + 3); // no figures for a population of no neurons
  FakeRun nothing({}, 10);
  EXPECT_TRUE(nothing.html({}).ends_with("</html>\n"));
}

TEST(RuntimeReport, DrawsTheFirstHundredPopulationsOnly) {
  std::vector<PopulationInfo> table;
  for (std::uint32_t p = 0; p < 120; ++p)
    table.push_back({"P" + std::to_string(p), p, 1});
  FakeRun run(table, 10);
  const std::string html = run.html({});
  EXPECT_EQ(occurrences(html, "<svg "), 1u + 100 * 3);
  EXPECT_NE(html.find("Figures for the first 100 of 120 populations"), std::string::npos);
  EXPECT_NE(html.find(">P119</td>"), std::string::npos); // the table lists them all
}
