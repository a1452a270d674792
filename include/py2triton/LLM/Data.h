//===- Data.h - Token datasets and deterministic batching -------*- C++ -*-===//
//
// A token file (`*.tok`) is a flat little-endian uint16 array: examples
// encoded as `<prompt> python [<baseline> kernel] <answer> triton <end>`,
// back to back. Training packs the stream into rows of T+1 tokens; the loss
// counts only answer tokens (after <answer>, up to and including <end>).
//
//===----------------------------------------------------------------------===//

#ifndef PY2TRITON_LLM_DATA_H
#define PY2TRITON_LLM_DATA_H

#include <torch/torch.h>

#include <cstdint>
#include <string>
#include <vector>

namespace py2triton::llm {

class TokenDataset {
public:
  TokenDataset() = default;
  explicit TokenDataset(std::vector<uint16_t> tokens);
  /// Throws std::runtime_error naming the path when it cannot be read.
  static TokenDataset load(const std::string &path);
  void save(const std::string &path) const;

  const std::vector<uint16_t> &tokens() const { return tokens_; }
  int64_t size() const { return static_cast<int64_t>(tokens_.size()); }
  /// 1 where a token is a loss target (answer tokens and <end>), else 0.
  const std::vector<uint8_t> &lossMask() const { return mask_; }
  /// Offsets of each example's <prompt> token.
  const std::vector<int64_t> &exampleStarts() const { return starts_; }

private:
  void index();
  std::vector<uint16_t> tokens_;
  std::vector<uint8_t> mask_;
  std::vector<int64_t> starts_;
};

/// One batch: inputs [B, T] int64, targets [B, T] int64 (-100 = no loss).
struct Batch {
  torch::Tensor inputs, targets;
  int64_t countedTokens = 0;
};

/// Deterministic packed batches: rows start at example boundaries in a
/// seeded permutation of the examples, filled with the following examples of
/// that permutation until T+1 tokens. The example cut at the row's end (its
/// loss tokens count there) starts the next row whole; an example longer
/// than a row is cut and consumed; a row continues into the next epoch's
/// permutation. The state (epoch, cursor) is checkpointed for exact resume:
/// setState(epoch(), cursor()) on a fresh Batcher gives the same next batch.
/// Batches are CPU tensors. `data` must outlive the Batcher.
class Batcher {
public:
  Batcher(const TokenDataset &data, int64_t batchSize, int64_t seqLen,
          uint64_t seed);
  Batch next();
  int64_t epoch() const { return epoch_; }
  int64_t cursor() const { return cursor_; }
  void setState(int64_t epoch, int64_t cursor);

private:
  void shuffle();
  const TokenDataset &data_;
  int64_t batchSize_, seqLen_;
  uint64_t seed_;
  int64_t epoch_ = 0, cursor_ = 0;
  std::vector<int64_t> order_;
};

/// Fixed evaluation batches over the whole dataset in order (no shuffle),
/// at most maxBatches of them (all when maxBatches <= 0). Rows hold whole
/// examples padded with <pad> (no loss), so each loss token counts once; the
/// last batch may have fewer rows.
std::vector<Batch> evalBatches(const TokenDataset &data, int64_t batchSize,
                               int64_t seqLen, int64_t maxBatches);

} // namespace py2triton::llm

#endif // PY2TRITON_LLM_DATA_H
