//===- Checkpoint.h - Released weights: sharded, optionally int8 -*- C++ -*-===//
//
// A released model directory:
//   config.json        ModelConfig + format ("bf16" | "int8") + shard list
//   tokenizer.model    tokenizer.vocab (copied by the release tool)
//   weights-NNN.bin    shards of at most shardBytes each
// int8: every 2-D weight is stored as int8 with one float32 scale per row
// (symmetric, scale = max|row| / 127); 1-D weights stay float32. The loader
// dequantizes into the model's float32 parameters.
//
//===----------------------------------------------------------------------===//

#ifndef PY2TRITON_LLM_CHECKPOINT_H
#define PY2TRITON_LLM_CHECKPOINT_H

#include "py2triton/LLM/Model.h"

#include <string>

namespace py2triton::llm {

enum class WeightFormat { Float32, BFloat16, Int8 };

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
