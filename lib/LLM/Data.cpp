//===- Data.cpp - Token datasets and deterministic batching ---------------===//
//
// Training rows (Batcher) start at an example boundary and take the
// following examples of the epoch's permutation whole while they fit; the
// first one that does not fit fills the rest of the row (its loss tokens
// count there) and then starts the next row, so every example is seen whole
// once per epoch unless it alone is longer than a row (then it is cut, and
// consumed). A row that runs past the end of the permutation continues into
// the next epoch's. Evaluation rows (evalBatches) hold whole examples in
// file order padded with <pad> (no loss), so each loss token counts once.
//
// The permutation comes from splitmix64 and a Fisher-Yates shuffle written
// out here (not std::shuffle, whose algorithm differs between standard
// libraries), so a seed gives the same batches on every machine.
//
//===----------------------------------------------------------------------===//

#include "py2triton/LLM/Data.h"

#include "py2triton/LLM/Io.h"

#include "py2triton/LLM/Tokenizer.h"

#include <cstdio>
#include <fstream>
#include <stdexcept>

using namespace py2triton::llm;

namespace {

uint64_t splitmix64(uint64_t &state) {
  uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

/// The permutation of 0..n-1 for (seed, epoch).
std::vector<int64_t> permutation(int64_t n, uint64_t seed, int64_t epoch) {
  std::vector<int64_t> order(n);
  for (int64_t i = 0; i < n; ++i)
    order[i] = i;
  uint64_t state =
      seed ^ (0xD1B54A32D192ED03ULL * (static_cast<uint64_t>(epoch) + 1));
  for (int64_t i = n - 1; i > 0; --i) {
    // Lemire's multiply-shift: uniform enough in [0, i] and portable.
    uint64_t r = splitmix64(state);
    auto j = static_cast<int64_t>(
        (static_cast<unsigned __int128>(r) * static_cast<uint64_t>(i + 1)) >>
        64);
    std::swap(order[i], order[j]);
  }
  return order;
}

/// Example k's tokens: [begin, end) in the stream.
int64_t exampleEnd(const TokenDataset &data, int64_t k) {
  const auto &starts = data.exampleStarts();
  return k + 1 < static_cast<int64_t>(starts.size()) ? starts[k + 1]
                                                     : data.size();
}

/// Builds a Batch from rows of T+1 tokens and their loss mask.
Batch makeBatch(const std::vector<uint16_t> &rows,
                const std::vector<uint8_t> &mask, int64_t numRows,
                int64_t seqLen) {
  Batch batch;
  batch.inputs = torch::empty({numRows, seqLen}, torch::kLong);
  batch.targets = torch::empty({numRows, seqLen}, torch::kLong);
  int64_t *in = batch.inputs.data_ptr<int64_t>();
  int64_t *tg = batch.targets.data_ptr<int64_t>();
  for (int64_t r = 0; r < numRows; ++r) {
    const int64_t base = r * (seqLen + 1);
    for (int64_t j = 0; j < seqLen; ++j) {
      in[r * seqLen + j] = rows[base + j];
      bool counted = mask[base + j + 1] != 0;
      tg[r * seqLen + j] = counted ? rows[base + j + 1] : -100;
      batch.countedTokens += counted;
    }
  }
  return batch;
}

} // namespace

//===----------------------------------------------------------------------===//
// TokenDataset
//===----------------------------------------------------------------------===//

TokenDataset::TokenDataset(std::vector<uint16_t> tokens)
    : tokens_(std::move(tokens)) {
  index();
}

void TokenDataset::index() {
  mask_.assign(tokens_.size(), 0);
  starts_.clear();
  bool inAnswer = false;
  for (size_t i = 0; i < tokens_.size(); ++i) {
    int t = tokens_[i];
    if (t == SpecialIds::Prompt) {
      starts_.push_back(static_cast<int64_t>(i));
      inAnswer = false;
    } else if (t == SpecialIds::Answer) {
      inAnswer = true;
    } else if (inAnswer) {
      mask_[i] = 1;
      if (t == SpecialIds::End)
        inAnswer = false;
    }
  }
}

TokenDataset TokenDataset::load(const std::string &path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in)
    throw std::runtime_error("cannot open token file " + path);
  std::streamoff bytes = in.tellg();
  if (bytes < 0 || bytes % 2 != 0)
    throw std::runtime_error("corrupt token file " + path +
                             ": size is not a whole number of uint16");
  in.seekg(0);
  std::vector<unsigned char> raw(static_cast<size_t>(bytes));
  if (!in.read(reinterpret_cast<char *>(raw.data()), bytes))
    throw std::runtime_error("cannot read token file " + path);
  std::vector<uint16_t> tokens(raw.size() / 2);
  for (size_t i = 0; i < tokens.size(); ++i)
    tokens[i] = static_cast<uint16_t>(raw[2 * i] | (raw[2 * i + 1] << 8));
  return TokenDataset(std::move(tokens));
}

void TokenDataset::save(const std::string &path) const {
  std::vector<unsigned char> raw(tokens_.size() * 2);
  for (size_t i = 0; i < tokens_.size(); ++i) {
    raw[2 * i] = tokens_[i] & 0xFF;
    raw[2 * i + 1] = tokens_[i] >> 8;
  }
  writeFileAtomic(path, std::string_view(reinterpret_cast<const char *>(
                                               raw.data()),
                                           raw.size()));
}

//===----------------------------------------------------------------------===//
// Batcher
//===----------------------------------------------------------------------===//

Batcher::Batcher(const TokenDataset &data, int64_t batchSize, int64_t seqLen,
                 uint64_t seed)
    : data_(data), batchSize_(batchSize), seqLen_(seqLen), seed_(seed) {
  if (data.exampleStarts().empty())
    throw std::invalid_argument("Batcher: the dataset has no examples");
  if (batchSize < 1 || seqLen < 1)
    throw std::invalid_argument("Batcher: batch size and sequence length "
                                "must be positive");
  shuffle();
}

void Batcher::shuffle() {
  order_ = permutation(static_cast<int64_t>(data_.exampleStarts().size()),
                       seed_, epoch_);
}

void Batcher::setState(int64_t epoch, int64_t cursor) {
  auto n = static_cast<int64_t>(data_.exampleStarts().size());
  if (epoch < 0 || cursor < 0 || cursor > n)
    throw std::invalid_argument(
        "Batcher::setState: epoch " + std::to_string(epoch) + ", cursor " +
        std::to_string(cursor) + " outside the dataset's " + std::to_string(n) +
        " examples");
  epoch_ = epoch;
  cursor_ = cursor;
  shuffle();
}

Batch Batcher::next() {
  const int64_t rowLen = seqLen_ + 1;
  const auto n = static_cast<int64_t>(order_.size());
  const auto &tokens = data_.tokens();
  const auto &mask = data_.lossMask();
  std::vector<uint16_t> rows;
  std::vector<uint8_t> rowMask;
  rows.reserve(batchSize_ * rowLen);
  rowMask.reserve(batchSize_ * rowLen);
  for (int64_t r = 0; r < batchSize_; ++r) {
    int64_t filled = 0;
    while (filled < rowLen) {
      if (cursor_ == n) {
        ++epoch_;
        cursor_ = 0;
        shuffle();
      }
      int64_t k = order_[cursor_];
      int64_t begin = data_.exampleStarts()[k];
      int64_t len = exampleEnd(data_, k) - begin;
      int64_t take = std::min(len, rowLen - filled);
      rows.insert(rows.end(), tokens.begin() + begin,
                  tokens.begin() + begin + take);
      rowMask.insert(rowMask.end(), mask.begin() + begin,
                     mask.begin() + begin + take);
      // A whole example is consumed; a cut one starts the next row, unless
      // it started this one (it can never fit).
      if (take == len || filled == 0)
        ++cursor_;
      filled += take;
    }
  }
  return makeBatch(rows, rowMask, batchSize_, seqLen_);
}

//===----------------------------------------------------------------------===//
// Evaluation batches
//===----------------------------------------------------------------------===//

std::vector<Batch> py2triton::llm::evalBatches(const TokenDataset &data,
                                               int64_t batchSize,
                                               int64_t seqLen,
                                               int64_t maxBatches) {
  if (batchSize < 1 || seqLen < 1)
    throw std::invalid_argument("evalBatches: batch size and sequence length "
                                "must be positive");
  const int64_t rowLen = seqLen + 1;
  const auto n = static_cast<int64_t>(data.exampleStarts().size());
  const auto &tokens = data.tokens();
  const auto &mask = data.lossMask();
  std::vector<Batch> batches;
  std::vector<uint16_t> rows;
  std::vector<uint8_t> rowMask;
  int64_t numRows = 0;
  auto emit = [&] {
    batches.push_back(makeBatch(rows, rowMask, numRows, seqLen));
    rows.clear();
    rowMask.clear();
    numRows = 0;
  };
  int64_t k = 0;
  while (k < n && (maxBatches <= 0 ||
                   static_cast<int64_t>(batches.size()) < maxBatches)) {
    int64_t filled = 0;
    while (k < n) {
      int64_t begin = data.exampleStarts()[k];
      int64_t len = exampleEnd(data, k) - begin;
      if (filled + len > rowLen && filled > 0)
        break;
      int64_t take = std::min(len, rowLen);
      rows.insert(rows.end(), tokens.begin() + begin,
                  tokens.begin() + begin + take);
      rowMask.insert(rowMask.end(), mask.begin() + begin,
                     mask.begin() + begin + take);
      filled += take;
      ++k;
    }
    rows.insert(rows.end(), rowLen - filled, SpecialIds::Pad);
    rowMask.insert(rowMask.end(), rowLen - filled, 0);
    if (++numRows == batchSize)
      emit();
  }
  if (numRows > 0)
    emit();
  return batches;
}
