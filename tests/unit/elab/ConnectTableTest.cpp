// CSV connectivity tables: edge lists, matrices, and an error with a line for each malformed case.
#include "elab/ConnectTable.h"
#include "ConnectivityChecks.h"

#include <cstdio>
#include <fstream>

using namespace flux::elab;
using flux::test::csrProblem;
using Row = std::vector<std::uint32_t>;

namespace {

std::optional<EdgeTable> parseEdges(std::string_view text, std::string &error) {
  return parseTable(text, "conn.csv", TableFormat::EdgeList, error);
}

std::optional<EdgeTable> parseMatrix(std::string_view text, std::string &error) {
  return parseTable(text, "m.csv", TableFormat::Matrix, error);
}

/// The error for a malformed edge list, or "parsed" if it parses.
std::string edgeListError(std::string_view text) {
  std::string error;
  return parseEdges(text, error) ? "parsed" : error;
}

std::string matrixError(std::string_view text) {
  std::string error;
  return parseMatrix(text, error) ? "parsed" : error;
}

RuleInput populations(std::uint32_t nPre, std::uint32_t nPost, bool same = false) {
  return {.key = {}, .nPre = nPre, .nPost = nPost, .samePopulation = same};
}

} // namespace

TEST(ConnectTable, EdgeListWithoutHeader) {
  std::string error;
  const auto edges = parseEdges("0,1\n2,0\n0,2\n", error);
  ASSERT_TRUE(edges) << error;
  EXPECT_EQ(edges->pre, (Row{0, 2, 0}));
  EXPECT_EQ(edges->post, (Row{1, 0, 2}));
  EXPECT_EQ(edges->line, (Row{1, 2, 3}));
  EXPECT_TRUE(edges->weight.empty());
  const auto result = table(*edges, populations(3, 3), error);
  ASSERT_TRUE(result) << error;
  EXPECT_EQ(csrProblem(result->connectivity, 3, 3), "");
  EXPECT_EQ(result->connectivity.rowStart, (std::vector<std::uint64_t>{0, 2, 2, 3}));
  EXPECT_EQ(result->connectivity.target, (Row{1, 2, 0}));
}

TEST(ConnectTable, HeaderNamesColumnsInAnyOrder) {
  std::string error;
  const auto edges = parseEdges("# made by hand\r\n"
                                "post, pre ,delay,weight\r\n"
                                "\r\n"
                                "1,0,1.5,0.25\r\n"
                                "0, 1 ,2,-0.5\r\n"
                                "0,0,0.1,+1e-3\r\n",
                                error);
  ASSERT_TRUE(edges) << error;
  EXPECT_EQ(edges->pre, (Row{0, 1, 0}));
  EXPECT_EQ(edges->post, (Row{1, 0, 0}));
  EXPECT_EQ(edges->line, (Row{4, 5, 6}));
  EXPECT_EQ(edges->weight, (std::vector<double>{0.25, -0.5, 1e-3}));
  EXPECT_EQ(edges->delay, (std::vector<double>{1.5, 2, 0.1}));
  // Sorted into CSR, the weights and delays follow their synapses.
  const auto result = table(*edges, populations(2, 2), error);
  ASSERT_TRUE(result) << error;
  EXPECT_EQ(result->connectivity.target, (Row{0, 1, 0}));
  EXPECT_EQ(result->weight, (std::vector<double>{1e-3, 0.25, -0.5}));
  EXPECT_EQ(result->delay, (std::vector<double>{0.1, 1.5, 2}));
}

TEST(ConnectTable, ByteOrderMarkBeforeTheHeader) {
  std::string error;
  const auto edges = parseEdges("\xEF\xBB\xBFpre,post\n4,5\n", error);
  ASSERT_TRUE(edges) << error;
  EXPECT_EQ(edges->pre, (Row{4}));
}

TEST(ConnectTable, PositionalWeightAndDelay) {
  std::string error;
  const auto edges = parseEdges("3,4,0.5\n1,2,0.75\n", error);
  ASSERT_TRUE(edges) << error;
  EXPECT_EQ(edges->weight, (std::vector<double>{0.5, 0.75}));
  EXPECT_TRUE(edges->delay.empty());
  EXPECT_EQ(parseEdges("3,4,0.5,2\n", error)->delay, (std::vector<double>{2}));
  // A header alone is a table without synapses.
  EXPECT_EQ(parseEdges("pre,post\n", error)->pre.size(), 0u);
}

TEST(ConnectTable, MatrixOfZerosAndOnes) {
  std::string error;
  const auto edges = parseMatrix("0,1,1\n1,0,0\n", error);
  ASSERT_TRUE(edges) << error;
  EXPECT_EQ(edges->matrixRows, 2u);
  EXPECT_EQ(edges->matrixColumns, 3u);
  EXPECT_TRUE(edges->weight.empty()); // 0/1 places synapses without giving weights
  const auto result = table(*edges, populations(2, 3), error);
  ASSERT_TRUE(result) << error;
  EXPECT_EQ(result->connectivity.rowStart, (std::vector<std::uint64_t>{0, 2, 3}));
  EXPECT_EQ(result->connectivity.target, (Row{1, 2, 0}));
}

TEST(ConnectTable, MatrixOfWeights) {
  std::string error;
  const auto edges = parseMatrix("0, 0.5\n-2, 1\n", error);
  ASSERT_TRUE(edges) << error;
  const auto result = table(*edges, populations(2, 2), error);
  ASSERT_TRUE(result) << error;
  EXPECT_EQ(result->connectivity.target, (Row{1, 0, 1}));
  EXPECT_EQ(result->weight, (std::vector<double>{0.5, -2, 1}));
}

TEST(ConnectTable, MalformedEdgeListsNameTheLine) {
  EXPECT_EQ(edgeListError("0,1\n1,2,3\n"),
            "conn.csv:2: expected 2 fields like the first line on line 1, got 3");
  EXPECT_EQ(edgeListError("pre,post,weight\n0,1,2\n\n0,1\n"),
            "conn.csv:4: expected 3 fields like the header on line 1, got 2");
  EXPECT_EQ(edgeListError("0,1,2,3,4\n"),
            "conn.csv:1: expected 2 to 4 fields (pre,post[,weight[,delay]]), got 5");
  EXPECT_EQ(edgeListError("5\n"),
            "conn.csv:1: expected 2 to 4 fields (pre,post[,weight[,delay]]), got 1");
  EXPECT_EQ(edgeListError("0,1\n0,x\n"), "conn.csv:2: field 2: 'x' is not a neuron index");
  EXPECT_EQ(edgeListError("# c\n-1,1\n"), "conn.csv:2: field 1: '-1' is not a neuron index");
  EXPECT_EQ(edgeListError("0,1.5\n"), "conn.csv:1: field 2: '1.5' is not a neuron index");
  EXPECT_EQ(edgeListError("0,99999999999\n"),
            "conn.csv:1: field 2: '99999999999' is not a neuron index");
  EXPECT_EQ(edgeListError("0,\n"), "conn.csv:1: field 2: an empty field is not a neuron index");
  EXPECT_EQ(edgeListError("0,1,abc\n"), "conn.csv:1: field 3: weight 'abc' is not a finite number");
  EXPECT_EQ(edgeListError("0,1,nan\n"), "conn.csv:1: field 3: weight 'nan' is not a finite number");
  EXPECT_EQ(edgeListError("0,1,1,-2\n"), "conn.csv:1: field 4: delay '-2' is negative");
  EXPECT_EQ(edgeListError("pre,target\n"),
            "conn.csv:1: field 2: unknown column 'target' in the header; the columns are pre, "
            "post, weight and delay");
  EXPECT_EQ(edgeListError("pre,post,pre\n"), "conn.csv:1: field 3: column 'pre' appears twice");
  EXPECT_EQ(edgeListError("pre,weight\n"),
            "conn.csv:1: the header needs both a 'pre' and a 'post' column");
  EXPECT_EQ(edgeListError("0,1\npre,post\n"), "conn.csv:2: field 1: 'pre' is not a neuron index");
  EXPECT_EQ(edgeListError(""), "conn.csv: the table is empty; expected lines of pre,post");
  EXPECT_EQ(edgeListError("# nothing\n\n"),
            "conn.csv: the table is empty; expected lines of pre,post");
}

TEST(ConnectTable, MalformedMatricesNameTheLine) {
  EXPECT_EQ(matrixError("0,1\n\n1,0,1\n"),
            "m.csv:3: matrix row 2 has 3 entries, but the first row (line 1) has 2");
  EXPECT_EQ(matrixError("0,1\n1,?\n"), "m.csv:2: field 2: '?' is not a finite number");
  EXPECT_EQ(matrixError("0,1\n1,inf\n"), "m.csv:2: field 2: 'inf' is not a finite number");
  EXPECT_EQ(matrixError("0,,1\n"), "m.csv:1: field 2: an empty field is not a finite number");
  EXPECT_EQ(matrixError(""), "m.csv: the matrix is empty; expected one line per source");
}

TEST(ConnectTable, ChecksTheTableAgainstThePopulations) {
  std::string error;
  EXPECT_FALSE(table(*parseEdges("0,1\n3,1\n", error), populations(3, 3), error));
  EXPECT_EQ(error, "conn.csv:2: source index 3 is out of range: the source population has 3 "
                   "neurons");
  EXPECT_FALSE(table(*parseEdges("0,1\n1,7\n", error), populations(3, 3), error));
  EXPECT_EQ(error, "conn.csv:2: target index 7 is out of range: the target population has 3 "
                   "neurons");
  EXPECT_FALSE(table(*parseEdges("0,1\n1,2\n\n0,1\n", error), populations(3, 3), error));
  EXPECT_EQ(error, "conn.csv:4: duplicate synapse 0 -> 1 (first on line 1)");
  EXPECT_FALSE(table(*parseEdges("0,1\n2,2\n", error), populations(3, 3, true), error));
  EXPECT_EQ(error, "conn.csv:2: self-connection 2 -> 2 within one population; allow "
                   "self-connections or remove it");
  auto allowSelf = populations(3, 3, true);
  allowSelf.allowSelf = true;
  EXPECT_TRUE(table(*parseEdges("0,1\n2,2\n", error), allowSelf, error));
  EXPECT_TRUE(table(*parseEdges("2,2\n", error), populations(3, 3), error)); // two populations
  EXPECT_FALSE(table(*parseMatrix("0,1\n1,0\n", error), populations(2, 3), error));
  EXPECT_EQ(error, "m.csv: the matrix has 2 rows and 2 columns, but the projection needs 2 "
                   "(sources) by 3 (targets)");
  EXPECT_FALSE(table(*parseMatrix("1,1\n1,0\n", error), populations(2, 2, true), error));
  EXPECT_EQ(error, "m.csv:1: self-connection 0 -> 0 within one population; allow "
                   "self-connections or remove it");
}

TEST(ConnectTable, LoadsAFile) {
  const std::string path = ::testing::TempDir() + "flux-connect-table.csv";
  {
    std::ofstream file(path);
    file << "pre,post,weight\n0,1,0.5\n";
  }
  std::string error;
  const auto edges = loadTable(path, TableFormat::EdgeList, error);
  ASSERT_TRUE(edges) << error;
  EXPECT_EQ(edges->fileName, path);
  EXPECT_EQ(edges->weight, (std::vector<double>{0.5}));
  std::remove(path.c_str());
  EXPECT_FALSE(loadTable(path, TableFormat::EdgeList, error));
  EXPECT_EQ(error, "cannot open table file '" + path + "': No such file or directory");
}
