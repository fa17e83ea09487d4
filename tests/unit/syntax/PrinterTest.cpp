#include "Helpers.h"

#include <gtest/gtest.h>

using namespace flux;
using flux::test::formatSource;
using flux::test::parseSource;

namespace {

/// Printing the canonical source and parsing it again gives the same tree.
void expectRoundTrip(const std::string &text) {
  auto original = parseSource(text);
  ASSERT_TRUE(original.ast) << original.rendered;
  std::string printed = formatSource(text);
  auto reparsed = parseSource(printed);
  ASSERT_TRUE(reparsed.ast) << printed << reparsed.rendered;
  EXPECT_EQ(original.dump.substr(original.dump.find('\n')),
            reparsed.dump.substr(reparsed.dump.find('\n')))
      << printed;
  EXPECT_EQ(formatSource(printed), printed) << "canonical form is not a fixed point";
}

} // namespace

TEST(SourcePrinter, KeepsOnlyNeededParentheses) {
  EXPECT_EQ(formatSource("let x = (a + b) * c"), "let x = (a + b) * c\n");
  EXPECT_EQ(formatSource("let x = a + (b * c)"), "let x = a + b * c\n");
  EXPECT_EQ(formatSource("let x = a - (b - c)"), "let x = a - (b - c)\n");
  EXPECT_EQ(formatSource("let x = (a - b) - c"), "let x = a - b - c\n");
  EXPECT_EQ(formatSource("let x = -(a + b)"), "let x = -(a + b)\n");
  EXPECT_EQ(formatSource("let x = - -a"), "let x = - -a\n");
  EXPECT_EQ(formatSource("let x = (-a).b"), "let x = (-a).b\n");
}

TEST(SourcePrinter, RoundTripsExpressions) {
  expectRoundTrip("let x = not (a and b) or c == d != e");
  expectRoundTrip("let x = f(1, g(2), name = 3 ms)[i .. j].k");
  expectRoundTrip("let x = \"a\\\"b\\\\c\\n\"");
  expectRoundTrip("let x = 1_000_000 + 1.5e-3 per ms");
}

TEST(SourcePrinter, RoundTripsDeclarations) {
  expectRoundTrip(R"(
import stdlib.neurons
import "lib/cells.flux" as cells
/// Doc.
neuron A extends cells.Base {
  param p: real = 1
  param q
  state v = 0
  evolve(dt) { v = v * exp(-dt / tau) }
  on direct(w) { if v > 1 { fire } else if v < 0 { v = 0 } else { v += w } }
  on electric { fire }
  fire when v >= 1 checked every 0.1 ms
  on fire { let r = 2 ms; refractory for r; deliver(v) }
  threshold = 2
}
synapse S { state w = 0.5; on pre { deliver(w) } on post { w += 0.01 } }
circuit C(n: int = 10, g) extends Base {
  in a, b[4]
  out o
  neuron x, y : A { p = 2; q = 3 }
  population E[n] : A
  instance K[2] : Sub(n = n)
  instance one : Sub
  input noise[n] : poisson(rate = 5 Hz)
  connect E -> E : S(w = 0.1) with fixed_indegree(3)
  connect a -> E[0 .. 2] with one_to_one()
  x -> y : direct
  for i in 0 .. n { if i % 2 == 0 { E[i] -> o } else if i == 1 { } else { let z = i } }
  extern output motor[4]
  n = 20
}
extern fn reward(x: real, y: int) -> real
let k: int = 3
)");
}
