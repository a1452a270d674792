//===- DataTest.cpp - Token datasets, packed batches, resume --------------===//

#include "py2triton/LLM/Data.h"
#include "py2triton/LLM/Tokenizer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include <unistd.h>

using namespace py2triton::llm;
namespace fs = std::filesystem;

namespace {

constexpr uint16_t P = SpecialIds::Prompt, B = SpecialIds::Baseline,
                   A = SpecialIds::Answer, E = SpecialIds::End;

/// n examples: <prompt> marker(100+k) python... <answer> answer... <end>,
/// with lengths varying by k (promptLen + answerLen + 3 tokens each).
std::vector<uint16_t> makeStream(int n, int promptLen, int answerLen,
                                 int vary) {
  std::vector<uint16_t> s;
  for (int k = 0; k < n; ++k) {
    s.push_back(P);
    s.push_back(static_cast<uint16_t>(100 + k));
    for (int i = 1; i < promptLen + (vary ? k % vary : 0); ++i)
      s.push_back(static_cast<uint16_t>(1000 + i));
    s.push_back(A);
    for (int i = 0; i < answerLen + (vary ? (k * 7) % vary : 0); ++i)
      s.push_back(static_cast<uint16_t>(2000 + i));
    s.push_back(E);
  }
  return s;
}

bool sameBatch(const Batch &x, const Batch &y) {
  return x.inputs.sizes() == y.inputs.sizes() &&
         torch::equal(x.inputs, y.inputs) &&
         torch::equal(x.targets, y.targets) &&
         x.countedTokens == y.countedTokens;
}

/// Checks one batch against the rules: rows start with <prompt>; a target is
/// counted exactly where the next token is an answer token or <end> (mask
/// recomputed from the row itself); counted targets are the next input.
void checkBatch(const Batch &batch, int64_t rows, int64_t seqLen) {
  ASSERT_EQ(batch.inputs.sizes(), torch::IntArrayRef({rows, seqLen}));
  ASSERT_EQ(batch.targets.sizes(), torch::IntArrayRef({rows, seqLen}));
  ASSERT_EQ(batch.inputs.scalar_type(), torch::kLong);
  auto in = batch.inputs.accessor<int64_t, 2>();
  auto tg = batch.targets.accessor<int64_t, 2>();
  int64_t counted = 0;
  for (int64_t r = 0; r < rows; ++r) {
    ASSERT_EQ(in[r][0], P) << "row " << r << " does not start an example";
    bool inAnswer = false;
    for (int64_t j = 0; j < seqLen; ++j) {
      int64_t t = in[r][j];
      if (j > 0) {
        bool expected = inAnswer;
        ASSERT_EQ(tg[r][j - 1] != -100, expected)
            << "row " << r << " pos " << j;
        if (expected)
          ASSERT_EQ(tg[r][j - 1], t);
      }
      if (t == P)
        inAnswer = false;
      else if (t == A)
        inAnswer = true;
      else if (t == E)
        inAnswer = false;
    }
    for (int64_t j = 0; j < seqLen; ++j)
      counted += tg[r][j] != -100;
  }
  EXPECT_EQ(counted, batch.countedTokens);
}

} // namespace

TEST(TokenDataset, MaskAndStartsOnAHandBuiltStream) {
  //                          0  1   2   3  4   5   6  7  8   9  10  11 12
  std::vector<uint16_t> s = {P, 10, 11, A, 20, 21, E, P, 12, B, 13, A, 22,
                             // 13 14 15  16  17  18  19
                             E, P, 14, A, 23, 24, E};
  TokenDataset d(s);
  EXPECT_EQ(d.size(), 20);
  EXPECT_EQ(d.exampleStarts(), (std::vector<int64_t>{0, 7, 14}));
  std::vector<uint8_t> mask = {0, 0, 0, 0, 1, 1, 1, 0, 0, 0,
                               0, 0, 1, 1, 0, 0, 0, 1, 1, 1};
  EXPECT_EQ(d.lossMask(), mask);
}

TEST(TokenDataset, SaveLoadRoundTripAndErrors) {
  auto dir = fs::temp_directory_path() /
             ("py2triton-datatest-" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::string path = (dir / "x.tok").string();
  std::vector<uint16_t> s = makeStream(5, 3, 4, 3);
  s.push_back(8191);
  s.push_back(65535);
  TokenDataset(s).save(path);
  EXPECT_EQ(fs::file_size(path), 2 * s.size());
  EXPECT_FALSE(fs::exists(path + ".tmp"));
  {
    // Little-endian on disk.
    std::ifstream in(path, std::ios::binary);
    unsigned char b[2];
    in.read(reinterpret_cast<char *>(b), 2);
    EXPECT_EQ(b[0], P);
    EXPECT_EQ(b[1], 0);
  }
  auto d = TokenDataset::load(path);
  EXPECT_EQ(d.tokens(), s);
  EXPECT_EQ(d.exampleStarts().size(), 5u);
  try {
    TokenDataset::load((dir / "missing.tok").string());
    FAIL() << "no exception";
  } catch (const std::runtime_error &e) {
    EXPECT_NE(std::string(e.what()).find("missing.tok"), std::string::npos);
  }
  {
    std::ofstream(dir / "odd.tok", std::ios::binary) << "abc";
  }
  EXPECT_THROW(TokenDataset::load((dir / "odd.tok").string()),
               std::runtime_error);
  fs::remove_all(dir);
}

TEST(Batcher, DeterministicBySeedAndMasked) {
  TokenDataset d(makeStream(37, 5, 9, 6));
  Batcher x(d, 3, 24, 7), y(d, 3, 24, 7), z(d, 3, 24, 8);
  bool differs = false;
  for (int step = 0; step < 30; ++step) {
    Batch bx = x.next(), by = y.next(), bz = z.next();
    ASSERT_TRUE(sameBatch(bx, by)) << "step " << step;
    differs |= !sameBatch(bx, bz);
    checkBatch(bx, 3, 24);
    EXPECT_GT(bx.countedTokens, 0);
  }
  EXPECT_TRUE(differs) << "the seed changes nothing";
  EXPECT_GE(x.epoch(), 1) << "30 batches cover more than one epoch";
}

TEST(Batcher, AnEpochSeesEveryExampleOnceThenReshuffles) {
  // Examples of 8 tokens, rows of T+1 = 16: two whole examples per row; one
  // batch of 5 rows is the whole epoch of 10 examples.
  TokenDataset d(makeStream(10, 2, 3, 0));
  ASSERT_EQ(d.size(), 80);
  Batcher b(d, 5, 15, 3);
  auto markers = [](const Batch &batch) {
    std::vector<int64_t> m;
    auto in = batch.inputs.accessor<int64_t, 2>();
    for (int64_t r = 0; r < in.size(0); ++r)
      for (int64_t j = 0; j + 1 < in.size(1); ++j)
        if (in[r][j] == P)
          m.push_back(in[r][j + 1]);
    return m;
  };
  auto first = markers(b.next());
  EXPECT_EQ(b.epoch(), 0);
  EXPECT_EQ(b.cursor(), 10);
  auto second = markers(b.next());
  EXPECT_EQ(b.epoch(), 1);
  ASSERT_EQ(first.size(), 10u);
  ASSERT_EQ(second.size(), 10u);
  EXPECT_EQ(std::set<int64_t>(first.begin(), first.end()).size(), 10u);
  EXPECT_EQ(std::set<int64_t>(second.begin(), second.end()).size(), 10u);
  EXPECT_NE(first, second) << "the second epoch is not reshuffled";
}

TEST(Batcher, CutExampleStartsTheNextRow) {
  // Examples of 8 tokens, rows of 12: one whole example, then the first 4
  // tokens of the next, which starts the following row whole.
  TokenDataset d(makeStream(6, 2, 3, 0));
  Batcher b(d, 2, 11, 5);
  Batch batch = b.next();
  checkBatch(batch, 2, 11);
  auto in = batch.inputs.accessor<int64_t, 2>();
  for (int64_t j = 0; j < 3; ++j)
    EXPECT_EQ(in[0][8 + j], in[1][j]) << j;
  EXPECT_EQ(b.cursor(), 2);
  // An example longer than a row is cut and consumed (no endless loop).
  TokenDataset longOnes(makeStream(3, 20, 20, 0));
  Batcher c(longOnes, 4, 8, 1);
  checkBatch(c.next(), 4, 8);
  EXPECT_EQ(c.epoch(), 1);
  EXPECT_EQ(c.cursor(), 1);
}

TEST(Batcher, SetStateResumesExactly) {
  TokenDataset d(makeStream(23, 4, 7, 5));
  for (int skip : {0, 1, 4, 9}) {
    Batcher a(d, 2, 20, 11);
    for (int i = 0; i < skip; ++i)
      a.next();
    int64_t epoch = a.epoch(), cursor = a.cursor();
    Batch expected = a.next();
    Batch expected2 = a.next();
    Batcher r(d, 2, 20, 11);
    r.next(); // state that setState must overwrite
    r.setState(epoch, cursor);
    EXPECT_TRUE(sameBatch(r.next(), expected)) << "after " << skip;
    EXPECT_TRUE(sameBatch(r.next(), expected2)) << "after " << skip;
  }
  Batcher a(d, 2, 20, 11);
  EXPECT_THROW(a.setState(0, 24), std::invalid_argument);
  EXPECT_THROW(a.setState(-1, 0), std::invalid_argument);
  EXPECT_THROW(Batcher(TokenDataset(), 2, 8, 0), std::invalid_argument);
}

TEST(EvalBatches, CoverTheDataInOrder) {
  std::vector<uint16_t> s = makeStream(17, 3, 5, 4);
  TokenDataset d(s);
  int64_t totalMask = 0;
  for (uint8_t m : d.lossMask())
    totalMask += m;
  auto batches = evalBatches(d, 3, 30, 0);
  ASSERT_FALSE(batches.empty());
  // Non-pad row contents, concatenated, are the stream; each loss token is
  // counted once.
  std::vector<uint16_t> seen;
  int64_t counted = 0;
  for (size_t i = 0; i < batches.size(); ++i) {
    const Batch &b = batches[i];
    int64_t rows = b.inputs.size(0);
    if (i + 1 < batches.size())
      EXPECT_EQ(rows, 3);
    checkBatch(b, rows, 30);
    counted += b.countedTokens;
    auto in = b.inputs.accessor<int64_t, 2>();
    auto tg = b.targets.accessor<int64_t, 2>();
    for (int64_t r = 0; r < rows; ++r) {
      // Row r is inputs plus the last target (pad when it is not counted).
      std::vector<uint16_t> row;
      for (int64_t j = 0; j < 30; ++j)
        row.push_back(static_cast<uint16_t>(in[r][j]));
      if (tg[r][29] != -100)
        row.push_back(static_cast<uint16_t>(tg[r][29]));
      while (!row.empty() && row.back() == SpecialIds::Pad)
        row.pop_back();
      seen.insert(seen.end(), row.begin(), row.end());
    }
  }
  EXPECT_EQ(seen, s);
  EXPECT_EQ(counted, totalMask);
  auto limited = evalBatches(d, 3, 30, 2);
  ASSERT_EQ(limited.size(), 2u);
  EXPECT_TRUE(sameBatch(limited[0], batches[0]));
  EXPECT_TRUE(sameBatch(limited[1], batches[1]));
}
