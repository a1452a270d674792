//===- Model.cpp - MinimalLLM: a small decoder-only transformer -----------===//

#include "py2triton/LLM/Model.h"

#include <cmath>

using namespace py2triton::llm;
namespace F = torch::nn::functional;

void KVCache::reset(int64_t numLayers, int64_t batch, int64_t numHeads,
                    int64_t cap, int64_t headDim, torch::Dtype dtype,
                    torch::Device device) {
  keys.clear();
  values.clear();
  auto opts = torch::TensorOptions().dtype(dtype).device(device);
  for (int64_t l = 0; l < numLayers; ++l) {
    keys.push_back(torch::zeros({batch, numHeads, cap, headDim}, opts));
    values.push_back(torch::zeros({batch, numHeads, cap, headDim}, opts));
  }
  length = 0;
  capacity = cap;
}

void KVCache::selectRows(const torch::Tensor &index) {
  for (auto &k : keys)
    k = k.index_select(0, index);
  for (auto &v : values)
    v = v.index_select(0, index);
  if (valid.defined())
    valid = valid.index_select(0, index);
}

torch::Tensor KVCache::attentionMask(int64_t t) const {
  int64_t total = length + t;
  if (t == 1) // one new (real) query sees every real cached position
    return valid.defined() ? valid.narrow(1, 0, total).view({-1, 1, 1, total})
                           : torch::Tensor();
  auto opts = torch::TensorOptions().device(keys.front().device());
  // Query i (position length + i) sees keys 0 .. length + i.
  auto qi = torch::arange(t, opts.dtype(torch::kLong)).unsqueeze(1) + length;
  auto kj = torch::arange(total, opts.dtype(torch::kLong)).unsqueeze(0);
  auto mask = kj <= qi; // [t, total]
  if (!valid.defined())
    return mask;
  auto keyValid = valid.narrow(1, 0, total).view({-1, 1, 1, total});
  return (mask & keyValid) | (kj == qi); // [batch, 1, t, total]
}

RMSNormImpl::RMSNormImpl(int64_t dim, double eps) : eps(eps) {
  weight = register_parameter("weight", torch::ones({dim}));
}

torch::Tensor RMSNormImpl::forward(const torch::Tensor &x) {
  // In float32 whatever the activation dtype (autocast runs rms_norm in
  // float32 too): x * rsqrt(mean(x^2) + eps) * weight, one fused kernel on
  // CUDA.
  return at::rms_norm(x.to(torch::kFloat32), {x.size(-1)},
                      weight.to(torch::kFloat32), eps)
      .to(x.scalar_type());
}

/// Rotates pairs (x[..., :h], x[..., h:]) by the position's angles
/// (the "rotate half" layout). x: [B, heads, T, headDim]; cos/sin [T, h].
static torch::Tensor applyRope(const torch::Tensor &x, const torch::Tensor &cos,
                               const torch::Tensor &sin) {
  int64_t half = x.size(-1) / 2;
  auto x1 = x.narrow(-1, 0, half);
  auto x2 = x.narrow(-1, half, half);
  auto c = cos.to(x.scalar_type());
  auto s = sin.to(x.scalar_type());
  return torch::cat({x1 * c - x2 * s, x2 * c + x1 * s}, -1);
}

AttentionImpl::AttentionImpl(const ModelConfig &config)
    : numHeads(config.numHeads), headDim(config.headDim()) {
  wqkv = register_module(
      "wqkv", torch::nn::Linear(
                  torch::nn::LinearOptions(config.dim, 3 * config.dim)
                      .bias(false)));
  wo = register_module(
      "wo",
      torch::nn::Linear(torch::nn::LinearOptions(config.dim, config.dim)
                            .bias(false)));
}

torch::Tensor AttentionImpl::forward(const torch::Tensor &x,
                                     const torch::Tensor &cos,
                                     const torch::Tensor &sin, KVCache *cache,
                                     int layer) {
  int64_t b = x.size(0), t = x.size(1), d = x.size(2);
  auto qkv = wqkv->forward(x).view({b, t, 3, numHeads, headDim});
  // [B, T, heads, hd] -> [B, heads, T, hd]
  auto q = applyRope(qkv.select(2, 0).transpose(1, 2), cos, sin);
  auto k = applyRope(qkv.select(2, 1).transpose(1, 2), cos, sin);
  auto v = qkv.select(2, 2).transpose(1, 2);
  torch::Tensor out;
  if (!cache) {
    out = at::scaled_dot_product_attention(q, k, v, /*attn_mask=*/{},
                                           /*dropout_p=*/0.0,
                                           /*is_causal=*/true);
  } else {
    int64_t pos0 = cache->length;
    TORCH_CHECK(pos0 + t <= cache->capacity, "KV cache full: ", pos0, " + ",
                t, " > ", cache->capacity);
    auto &kc = cache->keys[layer];
    auto &vc = cache->values[layer];
    kc.narrow(2, pos0, t).copy_(k);
    vc.narrow(2, pos0, t).copy_(v);
    auto keys = kc.narrow(2, 0, pos0 + t);
    auto values = vc.narrow(2, 0, pos0 + t);
    auto mask = cache->attentionMask(t);
    out = at::scaled_dot_product_attention(
        q, keys, values,
        mask.defined() ? std::optional<at::Tensor>(mask) : std::nullopt);
  }
  out = out.transpose(1, 2).reshape({b, t, d});
  return wo->forward(out);
}

FeedForwardImpl::FeedForwardImpl(const ModelConfig &config)
    : hidden(config.ffnHidden) {
  wGateUp = register_module(
      "w_gate_up",
      torch::nn::Linear(torch::nn::LinearOptions(config.dim, 2 * hidden)
                            .bias(false)));
  wDown = register_module(
      "w_down", torch::nn::Linear(
                    torch::nn::LinearOptions(hidden, config.dim).bias(false)));
}

torch::Tensor FeedForwardImpl::forward(const torch::Tensor &x) {
  // split (one SplitBackward: the halves' gradients are concatenated), not
  // two narrows (two zero-filled full-size slice_backward buffers, then
  // their sum).
  auto parts = wGateUp->forward(x).split(hidden, -1);
  return wDown->forward(F::silu(parts[0]) * parts[1]);
}

BlockImpl::BlockImpl(const ModelConfig &config) {
  attnNorm = register_module("attn_norm", RMSNorm(config.dim, config.normEps));
  attn = register_module("attn", Attention(config));
  ffnNorm = register_module("ffn_norm", RMSNorm(config.dim, config.normEps));
  ffn = register_module("ffn", FeedForward(config));
}

torch::Tensor BlockImpl::forward(const torch::Tensor &x,
                                 const torch::Tensor &cos,
                                 const torch::Tensor &sin, KVCache *cache,
                                 int layer) {
  auto h = x + attn->forward(attnNorm->forward(x), cos, sin, cache, layer);
  return h + ffn->forward(ffnNorm->forward(h));
}

MinimalLLMImpl::MinimalLLMImpl(const ModelConfig &config) : config_(config) {
  TORCH_CHECK(config.dim % config.numHeads == 0 && config.headDim() % 2 == 0,
              "dim must split into heads of an even size");
  tokEmb = register_module(
      "tok_emb", torch::nn::Embedding(config.vocabSize, config.dim));
  layers = register_module("layers", torch::nn::ModuleList());
  for (int64_t i = 0; i < config.numLayers; ++i)
    layers->push_back(Block(config));
  norm = register_module("norm", RMSNorm(config.dim, config.normEps));

  // GPT-2 style initialization: N(0, 0.02), residual projections scaled by
  // 1/sqrt(2 L).
  torch::NoGradGuard noGrad;
  double std = 0.02;
  double residualStd = std / std::sqrt(2.0 * config.numLayers);
  for (auto &p : named_parameters()) {
    const std::string &name = p.key();
    if (p.value().dim() != 2)
      continue;
    bool residual = name.find("wo.weight") != std::string::npos ||
                    name.find("w_down.weight") != std::string::npos;
    p.value().normal_(0.0, residual ? residualStd : std);
  }

  // Rotary tables, float32, for every position up to maxSeqLen.
  int64_t half = config.headDim() / 2;
  auto inv = torch::pow(config.ropeTheta,
                        -torch::arange(half, torch::kFloat64) * 2.0 /
                            double(config.headDim()));
  auto pos = torch::arange(config.maxSeqLen, torch::kFloat64);
  auto angles = torch::outer(pos, inv);
  // Plain members, not buffers: they stay float32 when the model is cast to
  // bfloat16, and follow the model's device lazily (rope()).
  ropeCos_ = angles.cos().to(torch::kFloat32);
  ropeSin_ = angles.sin().to(torch::kFloat32);
}

std::pair<torch::Tensor, torch::Tensor>
MinimalLLMImpl::rope(int64_t pos0, int64_t len, torch::Device device) {
  TORCH_CHECK(pos0 + len <= config_.maxSeqLen, "sequence of ", pos0 + len,
              " positions is longer than the model's ", config_.maxSeqLen);
  if (ropeCos_.device() != device) {
    ropeCos_ = ropeCos_.to(device);
    ropeSin_ = ropeSin_.to(device);
  }
  return {ropeCos_.narrow(0, pos0, len), ropeSin_.narrow(0, pos0, len)};
}

torch::Tensor MinimalLLMImpl::hidden(const torch::Tensor &ids,
                                     KVCache *cache) {
  TORCH_CHECK(ids.dim() == 2, "ids must be [batch, time]");
  int64_t pos0 = cache ? cache->length : 0;
  auto [cos, sin] = rope(pos0, ids.size(1), ids.device());
  auto x = tokEmb->forward(ids);
  for (size_t i = 0; i < layers->size(); ++i)
    x = layers[i]->as<Block>()->forward(x, cos, sin, cache, int(i));
  if (cache)
    cache->length += ids.size(1);
  return norm->forward(x);
}

torch::Tensor MinimalLLMImpl::head(const torch::Tensor &h) {
  return torch::matmul(h, tokEmb->weight.to(h.scalar_type()).t());
}

torch::Tensor MinimalLLMImpl::forward(const torch::Tensor &ids) {
  return head(hidden(ids, nullptr));
}

torch::Tensor MinimalLLMImpl::forward(const torch::Tensor &ids,
                                      KVCache &cache) {
  return head(hidden(ids, &cache));
}

KVCache MinimalLLMImpl::makeCache(int64_t batch, int64_t capacity) const {
  KVCache cache;
  auto w = tokEmb->weight;
  cache.reset(config_.numLayers, batch, config_.numHeads, capacity,
              config_.headDim(), w.scalar_type(), w.device());
  return cache;
}

int64_t MinimalLLMImpl::numParameters() const {
  int64_t n = 0;
  for (const auto &p : parameters())
    n += p.numel();
  return n;
}

torch::Tensor py2triton::llm::lmLoss(const torch::Tensor &logits,
                                     const torch::Tensor &targets) {
  auto flat = logits.reshape({-1, logits.size(-1)}).to(torch::kFloat32);
  return F::cross_entropy(flat, targets.reshape({-1}),
                          F::CrossEntropyFuncOptions().ignore_index(-100));
}
