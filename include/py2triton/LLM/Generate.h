//===- Generate.h - Sampling with a KV cache --------------------*- C++ -*-===//
//
// Batched sampling of continuations: greedy, temperature and nucleus (top-p)
// sampling, a per-sequence stop token, deterministic by seed. A bfloat16
// model on the CPU decodes with oneDNN-packed copies of its weights (built on
// the first call and kept while the model's weights do not change); every
// other model runs its own forward with the KV cache.
//
//===----------------------------------------------------------------------===//

#ifndef PY2TRITON_LLM_GENERATE_H
#define PY2TRITON_LLM_GENERATE_H

#include "py2triton/LLM/Model.h"

#include <cstdint>
#include <vector>

namespace py2triton::llm {

struct SampleOptions {
  /// 0 = greedy (argmax); otherwise logits / temperature.
  double temperature = 0.0;
  /// Nucleus sampling: the smallest set of tokens with probability >= topP.
  double topP = 1.0;
  int64_t maxNewTokens = 2048;
  /// Generation of a sequence stops after this token (kept in the output).
  int64_t stopId = -1;
  uint64_t seed = 0;
  /// bf16 models on the CPU: decode with oneDNN-packed weights (1.5-2x
  /// faster); false runs the model's own forward (for tests).
  bool packedCpuWeights = true;
};

/// `numSamples` continuations of `prompt`, decoded together as one batch
/// with a KV cache (prefill once, then one token per step). Each result holds
/// the new tokens only (at most min(maxNewTokens, maxSeqLen - prompt size));
/// a sample that emitted stopId ends with it and leaves the batch. Runs on
/// the model's device, in its dtype, without autograd and in eval mode (the
/// training flag is restored). Throws std::invalid_argument for an empty or
/// too long prompt, ids outside the vocabulary or bad options.
std::vector<std::vector<int64_t>> generate(MinimalLLM &model,
                                           const std::vector<int64_t> &prompt,
                                           int64_t numSamples,
                                           const SampleOptions &options);

/// generate() for several prompts in one batch: results[p][s] is sample s
/// of prompts[p]. The prompts are left-padded to the longest (the padding is
/// masked out of attention; rotary embeddings are relative, so a padded
/// prompt decodes as it would alone, up to rounding), which also bounds
/// every prompt's new tokens by maxSeqLen - the longest prompt. One
/// generator for the batch: the samples depend on the seed and the batch.
std::vector<std::vector<std::vector<int64_t>>>
generateBatch(MinimalLLM &model,
              const std::vector<std::vector<int64_t>> &prompts,
              int64_t numSamples, const SampleOptions &options);

/// Reference decoding without a cache (recomputes the whole prefix each
/// step); greedy only. For tests.
std::vector<int64_t> generateNoCache(MinimalLLM &model,
                                     const std::vector<int64_t> &prompt,
                                     int64_t maxNewTokens, int64_t stopId);

} // namespace py2triton::llm

#endif // PY2TRITON_LLM_GENERATE_H
