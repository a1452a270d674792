//===- Checkpoint.h - Released weights: sharded, optionally int8 *- C++ -*-===//
//
// A released model directory:
//   config.json        ModelConfig fields + "format" ("f32" | "bf16" |
//                      "int8"), "parameters", "total_bytes" and "shards": a
//                      list of {"file", "bytes", "hash"} in stream order
//   tokenizer.model    tokenizer.vocab (copied by the release tool)
//   weights-NNN.bin    shards of at most shardBytes each
// int8: every 2-D weight is stored as int8 with one float32 scale per row
// (symmetric, scale = max|row| / 127); 1-D weights stay float32. bf16: every
// 2-D weight as bfloat16, 1-D float32. The loader dequantizes into the
// model's float32 parameters.
//
// Weight stream (little-endian), the concatenation of the shards in order; a
// tensor may span two shards:
//   "P2TW"  u32 version (1)  u32 format (WeightFormat)  u32 tensor count
//   per tensor, in named_parameters() order:
//     u32 name length, name bytes, u32 type (0 f32, 1 bf16, 2 int8 rows),
//     u32 rank, i64 sizes[rank], then the data:
//       f32: float32[numel]   bf16: bfloat16[numel]
//       int8 rows: float32 scale[rows], int8[rows * cols] (row-major)
// "hash" is a 64-bit hash of the shard's bytes (hex): a truncated, missing
// or altered shard fails the load with the shard's path in the message.
//
//===----------------------------------------------------------------------===//

#ifndef PY2TRITON_LLM_CHECKPOINT_H
#define PY2TRITON_LLM_CHECKPOINT_H

#include "py2triton/LLM/Model.h"

#include <string>
#include <vector>

namespace py2triton::llm {

enum class WeightFormat { Float32, BFloat16, Int8 };

/// "f32", "bf16", "int8".
std::string weightFormatName(WeightFormat format);
/// The inverse of weightFormatName; throws std::invalid_argument otherwise.
WeightFormat parseWeightFormat(const std::string &name);

/// What config.json of a release says (no weights are read).
struct ReleaseInfo {
  ModelConfig config;
  WeightFormat format = WeightFormat::Float32;
  int64_t parameters = 0;
  /// Bytes of the weight stream (the sum of the shards).
  int64_t totalBytes = 0;
  std::vector<std::string> shards;
};
/// Throws std::runtime_error naming dir/config.json when it is missing or
/// malformed.
ReleaseInfo readReleaseInfo(const std::string &dir);

/// Writes config.json and the shards into dir (created). Returns the total
/// bytes written. Writes to temporary names and renames.
int64_t saveRelease(MinimalLLM &model, const std::string &dir,
                    WeightFormat format, int64_t shardBytes = 16 << 20);

/// Builds a model from dir/config.json and loads its weights (float32 on
/// `device`). Throws std::runtime_error naming the file on any mismatch.
MinimalLLM loadRelease(const std::string &dir,
                       torch::Device device = torch::kCPU);

} // namespace py2triton::llm

#endif // PY2TRITON_LLM_CHECKPOINT_H
