//===- Generate.h - Sampling with a KV cache --------------------*- C++ -*-===//

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
};

/// `numSamples` continuations of `prompt`, decoded together as one batch
/// with a KV cache (prefill once, then one token per step). Each result holds
/// the new tokens only. Runs on the model's device, in its dtype.
std::vector<std::vector<int64_t>> generate(MinimalLLM &model,
                                           const std::vector<int64_t> &prompt,
                                           int64_t numSamples,
                                           const SampleOptions &options);

/// Reference decoding without a cache (recomputes the whole prefix each
/// step); greedy only. For tests.
std::vector<int64_t> generateNoCache(MinimalLLM &model,
                                     const std::vector<int64_t> &prompt,
                                     int64_t maxNewTokens, int64_t stopId);

} // namespace py2triton::llm

#endif // PY2TRITON_LLM_GENERATE_H
