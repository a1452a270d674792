//===- Model.h - MinimalLLM: a small decoder-only transformer ---*- C++ -*-===//
//
// Pre-norm decoder: token embedding -> N x [RMSNorm -> causal multi-head
// attention with rotary position embeddings (scaled_dot_product_attention) ->
// residual, RMSNorm -> SwiGLU -> residual] -> RMSNorm -> logits through the
// tied embedding matrix.
//
// Parameter names (used by the optimizer split and by checkpoints):
//   tok_emb.weight                    [V, D]   (tied with the head)
//   layers.<i>.attn_norm.weight       [D]
//   layers.<i>.attn.wqkv.weight       [3D, D]
//   layers.<i>.attn.wo.weight         [D, D]
//   layers.<i>.ffn_norm.weight        [D]
//   layers.<i>.ffn.w_gate_up.weight   [2H, D]
//   layers.<i>.ffn.w_down.weight      [D, H]
//   norm.weight                       [D]
//
//===----------------------------------------------------------------------===//

#ifndef PY2TRITON_LLM_MODEL_H
#define PY2TRITON_LLM_MODEL_H

#include "py2triton/LLM/Config.h"

#include <torch/torch.h>

#include <vector>

namespace py2triton::llm {

/// Keys and values of every layer for incremental decoding. Each entry is
/// [B, heads, capacity, headDim]; the first `length` positions are valid.
struct KVCache {
  std::vector<torch::Tensor> keys, values;
  int64_t length = 0;
  int64_t capacity = 0;
  /// [batch, capacity] bool: which cached positions are real tokens (false
  /// for the left padding of a batch of prompts of different lengths);
  /// undefined = all. Padded positions are never attended to (a padded
  /// query attends to itself only, which keeps its values finite). Rotary
  /// embeddings are relative, so a left-padded row computes what it would
  /// alone.
  torch::Tensor valid;
  /// The attention mask of `t` new queries at `length` (no mask: undefined):
  /// [batch, 1, t, length + t] bool, true = attend.
  torch::Tensor attentionMask(int64_t t) const;
  /// Allocates capacity positions for every layer (model dtype and device).
  void reset(int64_t numLayers, int64_t batch, int64_t numHeads,
             int64_t capacity, int64_t headDim, torch::Dtype dtype,
             torch::Device device);
  /// Keeps only rows `index` of the batch (beam/sample pruning).
  void selectRows(const torch::Tensor &index);
};

class RMSNormImpl : public torch::nn::Module {
public:
  RMSNormImpl(int64_t dim, double eps);
  torch::Tensor forward(const torch::Tensor &x);
  torch::Tensor weight;
  double eps;
};
TORCH_MODULE(RMSNorm);

class AttentionImpl : public torch::nn::Module {
public:
  explicit AttentionImpl(const ModelConfig &config);
  /// x: [B, T, D]; cos/sin: [T, headDim/2] for positions pos0..pos0+T-1.
  /// With a cache, appends this step's keys/values at cache->length (the
  /// caller advances the length once all layers ran) and attends over all.
  torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &cos,
                        const torch::Tensor &sin, KVCache *cache, int layer);
  torch::nn::Linear wqkv{nullptr}, wo{nullptr};
  int64_t numHeads, headDim;
};
TORCH_MODULE(Attention);

class FeedForwardImpl : public torch::nn::Module {
public:
  explicit FeedForwardImpl(const ModelConfig &config);
  torch::Tensor forward(const torch::Tensor &x);
  torch::nn::Linear wGateUp{nullptr}, wDown{nullptr};
  int64_t hidden;
};
TORCH_MODULE(FeedForward);

class BlockImpl : public torch::nn::Module {
public:
  explicit BlockImpl(const ModelConfig &config);
  torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &cos,
                        const torch::Tensor &sin, KVCache *cache, int layer);
  RMSNorm attnNorm{nullptr}, ffnNorm{nullptr};
  Attention attn{nullptr};
  FeedForward ffn{nullptr};
};
TORCH_MODULE(Block);

class MinimalLLMImpl : public torch::nn::Module {
public:
  explicit MinimalLLMImpl(const ModelConfig &config);

  /// ids: [B, T] int64 -> logits [B, T, V] (float32 unless autocast).
  torch::Tensor forward(const torch::Tensor &ids);
  /// Incremental: ids are positions cache->length .. +T-1; appends to the
  /// cache and advances cache->length by T. Returns [B, T, V] logits.
  torch::Tensor forward(const torch::Tensor &ids, KVCache &cache);
  /// Final hidden states [B, T, D] (before the head), for a chunked loss.
  torch::Tensor hidden(const torch::Tensor &ids, KVCache *cache = nullptr);
  /// Logits of hidden states through the tied embedding.
  torch::Tensor head(const torch::Tensor &hidden);

  /// A cache sized for `capacity` positions of `batch` sequences.
  KVCache makeCache(int64_t batch, int64_t capacity) const;

  const ModelConfig &config() const { return config_; }
  /// Number of parameters (the tied embedding counted once).
  int64_t numParameters() const;

  torch::nn::Embedding tokEmb{nullptr};
  torch::nn::ModuleList layers{nullptr};
  RMSNorm norm{nullptr};

private:
  /// cos/sin tables for positions [pos0, pos0 + len) on the model's device.
  std::pair<torch::Tensor, torch::Tensor> rope(int64_t pos0, int64_t len,
                                               torch::Device device);
  ModelConfig config_;
  torch::Tensor ropeCos_, ropeSin_; // [maxSeqLen, headDim/2], float32
};
TORCH_MODULE(MinimalLLM);

/// Cross-entropy of logits [B, T, V] against targets [B, T] (ignore index
/// -100), mean over the counted positions, computed in float32.
torch::Tensor lmLoss(const torch::Tensor &logits, const torch::Tensor &targets);

} // namespace py2triton::llm

#endif // PY2TRITON_LLM_MODEL_H
