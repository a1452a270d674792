//===- Generate.cpp - Sampling with a KV cache ----------------------------===//
//
// The prompt is prefilled once for one row; the cache is then copied to
// `numSamples` rows, and every step feeds one token per still-running row.
// Rows that emit the stop token leave the batch (their cache rows are
// dropped), so the step cost follows the number of running samples.
//
// Sampling runs on the model's device with a generator of that device seeded
// from SampleOptions::seed: the same seed on the same device and dtype gives
// the same samples.
//
// A bfloat16 model on the CPU decodes through PackedDecoder: the same
// arithmetic as MinimalLLM::forward for one new token per row, but with the
// weights reordered once into oneDNN's blocked layout (mkldnn's packed linear,
// what TorchInductor's CPU freezing uses). A matrix-vector product then reads
// each weight once in its fastest layout: 1.5-2x the tokens/s of plain bf16
// linear layers on AVX512-BF16 / AMX machines.
//
//===----------------------------------------------------------------------===//

#include "py2triton/LLM/Generate.h"
#include "py2triton/LLM/Tokenizer.h"

#include <ATen/CPUGeneratorImpl.h>
#include <ATen/Context.h>
#include <ATen/core/dispatch/Dispatcher.h>
#include <ATen/detail/CUDAHooksInterface.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>

using namespace py2triton::llm;

namespace {

/// Puts the model in eval mode for the guard's lifetime.
class EvalModeGuard {
public:
  explicit EvalModeGuard(MinimalLLM &model)
      : model_(model), wasTraining_(model->is_training()) {
    model_->eval();
  }
  ~EvalModeGuard() {
    if (wasTraining_)
      model_->train();
  }

private:
  MinimalLLM &model_;
  bool wasTraining_;
};

/// Turns cuDNN's scaled_dot_product_attention off for its lifetime: cuDNN
/// builds a new execution plan for every key length, ~8 ms per call on an
/// H200, i.e. for every layer of every decoding step.
class NoCudnnAttentionGuard {
public:
  NoCudnnAttentionGuard() : was_(at::globalContext().userEnabledCuDNNSDP()) {
    at::globalContext().setSDPUseCuDNN(false);
  }
  ~NoCudnnAttentionGuard() { at::globalContext().setSDPUseCuDNN(was_); }

private:
  bool was_;
};

at::Generator makeGenerator(torch::Device device, uint64_t seed) {
  at::Generator gen;
  if (device.is_cuda())
    gen = at::detail::getCUDAHooks().getNewGenerator(device.index());
  else
    gen = at::detail::createCPUGenerator();
  gen.set_current_seed(seed);
  return gen;
}

void checkPrompt(const MinimalLLM &model, const std::vector<int64_t> &prompt) {
  const ModelConfig &config = model->config();
  if (prompt.empty())
    throw std::invalid_argument("generate: empty prompt");
  if (static_cast<int64_t>(prompt.size()) >= config.maxSeqLen)
    throw std::invalid_argument(
        "generate: prompt of " + std::to_string(prompt.size()) +
        " tokens leaves no room in the model's " +
        std::to_string(config.maxSeqLen) + " positions");
  for (int64_t id : prompt)
    if (id < 0 || id >= config.vocabSize)
      throw std::invalid_argument("generate: token id " + std::to_string(id) +
                                  " outside the vocabulary of " +
                                  std::to_string(config.vocabSize));
}

/// One token per row from logits [rows, V].
torch::Tensor pick(const torch::Tensor &logits, const SampleOptions &options,
                   at::Generator &gen) {
  if (options.temperature <= 0.0)
    return logits.argmax(-1);
  auto probs =
      torch::softmax(logits.to(torch::kFloat32) / options.temperature, -1);
  if (options.topP >= 1.0)
    return torch::multinomial(probs, 1, /*replacement=*/false, gen).squeeze(-1);
  // Nucleus: keep the most likely tokens until their mass reaches topP (the
  // first one always stays). A stable descending sort keeps ties in index
  // order, so a tiny topP picks what argmax picks.
  auto [sorted, order] =
      torch::sort(probs, /*stable=*/true, /*dim=*/-1, /*descending=*/true);
  auto before = sorted.cumsum(-1) - sorted;
  sorted.masked_fill_(before >= options.topP, 0.0);
  auto choice = torch::multinomial(sorted, 1, /*replacement=*/false, gen);
  return order.gather(-1, choice).squeeze(-1);
}

/// The oneDNN packed-linear operators, when this LibTorch has them.
struct MkldnnOps {
  std::optional<c10::OperatorHandle> reorder, linear;
  static const MkldnnOps &get() {
    static MkldnnOps ops = [] {
      MkldnnOps o;
      auto &d = c10::Dispatcher::singleton();
      o.reorder = d.findSchema({"mkldnn::_reorder_linear_weight", ""});
      o.linear = d.findSchema({"mkldnn::_linear_pointwise", ""});
      return o;
    }();
    return ops;
  }
  bool available() const { return reorder && linear; }
};

/// y = x W^T with W prepacked by oneDNN. x: [rows, in] (bf16).
class PackedLinear {
public:
  PackedLinear() = default;
  explicit PackedLinear(const torch::Tensor &weight) {
    torch::jit::Stack stack{weight.contiguous(), c10::IValue()};
    MkldnnOps::get().reorder->callBoxed(&stack);
    packed_ = stack[0].toTensor();
  }
  torch::Tensor operator()(const torch::Tensor &x) const {
    torch::jit::Stack stack{
        x,
        packed_,
        c10::IValue(),
        c10::IValue(std::string("none")),
        c10::IValue(c10::impl::GenericList(
            c10::OptionalType::create(c10::NumberType::get()))),
        c10::IValue()};
    MkldnnOps::get().linear->callBoxed(&stack);
    return stack[0].toTensor();
  }

private:
  torch::Tensor packed_;
};

/// One-token decoding of a bf16 MinimalLLM on the CPU with packed weights.
/// Reads and writes the model's KVCache exactly like MinimalLLM::forward.
class PackedDecoder {
public:
  explicit PackedDecoder(MinimalLLM &model) : model_(model.get()) {
    torch::NoGradGuard noGrad;
    for (const auto &p : model->parameters())
      stamp_.emplace_back(p.data_ptr(), p._version());
    for (size_t i = 0; i < model->layers->size(); ++i) {
      auto block = model->layers[i]->as<Block>();
      layers_.push_back({PackedLinear(block->attn->wqkv->weight),
                         PackedLinear(block->attn->wo->weight),
                         PackedLinear(block->ffn->wGateUp->weight),
                         PackedLinear(block->ffn->wDown->weight)});
    }
    head_ = PackedLinear(model->tokEmb->weight);
    // The model's rotary tables: float64 angles rounded to float32.
    const ModelConfig &c = model->config();
    int64_t half = c.headDim() / 2;
    auto inv = torch::pow(c.ropeTheta, -torch::arange(half, torch::kFloat64) *
                                           2.0 / double(c.headDim()));
    auto angles =
        torch::outer(torch::arange(c.maxSeqLen, torch::kFloat64), inv);
    cos_ = angles.cos().to(torch::kFloat32);
    sin_ = angles.sin().to(torch::kFloat32);
  }

  /// Whether this decoder was built from `model` in its current state.
  bool matches(MinimalLLM &model) const {
    if (model.get() != model_)
      return false;
    auto params = model->parameters();
    if (params.size() != stamp_.size())
      return false;
    for (size_t i = 0; i < params.size(); ++i)
      if (params[i].data_ptr() != stamp_[i].first ||
          params[i]._version() != stamp_[i].second)
        return false;
    return true;
  }

  /// ids [B, 1] at position cache.length -> logits [B, V]; advances the
  /// cache by one.
  torch::Tensor step(MinimalLLM &model, const torch::Tensor &ids,
                     KVCache &cache) {
    const ModelConfig &c = model->config();
    int64_t b = ids.size(0), pos = cache.length;
    int64_t heads = c.numHeads, hd = c.headDim(), half = hd / 2;
    TORCH_CHECK(pos + 1 <= cache.capacity, "KV cache full");
    auto x = model->tokEmb->forward(ids.view({b}));
    auto dtype = x.scalar_type();
    auto cos = cos_[pos].to(dtype), sin = sin_[pos].to(dtype);
    auto mask = cache.attentionMask(1);
    auto rope = [&](const torch::Tensor &t) { // [B, heads, hd]
      auto t1 = t.narrow(-1, 0, half), t2 = t.narrow(-1, half, half);
      return torch::cat({t1 * cos - t2 * sin, t2 * cos + t1 * sin}, -1);
    };
    for (size_t i = 0; i < layers_.size(); ++i) {
      auto block = model->layers[i]->as<Block>();
      const Layer &w = layers_[i];
      auto qkv = w.wqkv(block->attnNorm->forward(x)).view({b, 3, heads, hd});
      auto q = rope(qkv.select(1, 0));
      cache.keys[i].select(2, pos).copy_(rope(qkv.select(1, 1)));
      cache.values[i].select(2, pos).copy_(qkv.select(1, 2));
      auto out = at::scaled_dot_product_attention(
          q.unsqueeze(2), cache.keys[i].narrow(2, 0, pos + 1),
          cache.values[i].narrow(2, 0, pos + 1),
          mask.defined() ? std::optional<at::Tensor>(mask) : std::nullopt);
      x = x + w.wo(out.view({b, heads * hd}));
      auto gu = w.wGateUp(block->ffnNorm->forward(x));
      int64_t hidden = c.ffnHidden;
      x = x + w.wDown(torch::silu(gu.narrow(-1, 0, hidden)) *
                      gu.narrow(-1, hidden, hidden));
    }
    cache.length += 1;
    return head_(model->norm->forward(x));
  }

private:
  struct Layer {
    PackedLinear wqkv, wo, wGateUp, wDown;
  };
  const void *model_;
  std::vector<std::pair<const void *, int64_t>> stamp_;
  std::vector<Layer> layers_;
  PackedLinear head_;
  torch::Tensor cos_, sin_;
};

/// The packed decoder of the last bf16 CPU model generate() ran (packing
/// ~50M weights takes ~0.1 s: reused across calls while no weight changes).
std::shared_ptr<PackedDecoder> packedDecoderFor(MinimalLLM &model) {
  static std::mutex mutex;
  static std::shared_ptr<PackedDecoder> last;
  auto w = model->tokEmb->weight;
  if (!w.device().is_cpu() || w.scalar_type() != torch::kBFloat16 ||
      !MkldnnOps::get().available() || !at::globalContext().userEnabledMkldnn())
    return nullptr;
  std::lock_guard<std::mutex> lock(mutex);
  if (last && last->matches(model))
    return last;
  last.reset();
  try {
    last = std::make_shared<PackedDecoder>(model);
  } catch (const c10::Error &) {
    return nullptr; // oneDNN without bf16 support: the plain model path
  }
  return last;
}

} // namespace

std::vector<std::vector<int64_t>>
py2triton::llm::generate(MinimalLLM &model, const std::vector<int64_t> &prompt,
                         int64_t numSamples, const SampleOptions &options) {
  return generateBatch(model, {prompt}, numSamples, options).front();
}

std::vector<std::vector<std::vector<int64_t>>>
py2triton::llm::generateBatch(MinimalLLM &model,
                              const std::vector<std::vector<int64_t>> &prompts,
                              int64_t numSamples,
                              const SampleOptions &options) {
  for (const auto &prompt : prompts)
    checkPrompt(model, prompt);
  if (numSamples < 1)
    throw std::invalid_argument("generate: numSamples must be >= 1");
  if (options.temperature < 0.0 || !(options.topP > 0.0))
    throw std::invalid_argument(
        "generate: temperature must be >= 0 and top-p > 0");
  int64_t numPrompts = static_cast<int64_t>(prompts.size());
  std::vector<std::vector<std::vector<int64_t>>> results(
      numPrompts, std::vector<std::vector<int64_t>>(numSamples));
  if (prompts.empty())
    return results;
  const ModelConfig &config = model->config();
  int64_t promptLen = 0;
  for (const auto &prompt : prompts)
    promptLen = std::max(promptLen, static_cast<int64_t>(prompt.size()));
  int64_t maxNew = std::min(options.maxNewTokens, config.maxSeqLen - promptLen);
  if (maxNew <= 0)
    return results;

  // No autograd state at all. (Not InferenceMode: the model caches its rotary
  // tables on first use of a device, and inference tensors kept in the model
  // would break a later training step.)
  torch::NoGradGuard noGrad;
  EvalModeGuard evalMode(model);
  NoCudnnAttentionGuard noCudnn;
  torch::Device device = model->tokEmb->weight.device();
  auto longOpts = torch::TensorOptions().dtype(torch::kLong).device(device);

  // The prompts left-padded to one length; the cache marks the padding.
  std::vector<int64_t> flat(numPrompts * promptLen, SpecialIds::Pad);
  auto valid = torch::ones({numPrompts, promptLen + maxNew}, torch::kBool);
  bool padded = false;
  for (int64_t p = 0; p < numPrompts; ++p) {
    int64_t pad = promptLen - static_cast<int64_t>(prompts[p].size());
    std::copy(prompts[p].begin(), prompts[p].end(),
              flat.begin() + p * promptLen + pad);
    if (pad > 0) {
      valid[p].narrow(0, 0, pad).fill_(false);
      padded = true;
    }
  }
  // Prefill the prompts, then give every sample its own copy of its row.
  KVCache cache = model->makeCache(numPrompts, promptLen + maxNew);
  if (padded)
    cache.valid = valid.to(device);
  auto ids = torch::tensor(flat, torch::kLong)
                 .view({numPrompts, promptLen})
                 .to(device);
  auto logits = model->forward(ids, cache).select(1, promptLen - 1);
  if (numSamples > 1) {
    auto rows = torch::arange(numPrompts, longOpts).repeat_interleave(numSamples);
    cache.selectRows(rows);
    logits = logits.index_select(0, rows);
  }
  at::Generator gen;
  if (options.temperature > 0.0)
    gen = makeGenerator(device, options.seed);

  std::shared_ptr<PackedDecoder> packed =
      options.packedCpuWeights ? packedDecoderFor(model) : nullptr;
  // rowOwner[r]: the (prompt, sample) batch row r decodes.
  std::vector<std::pair<int64_t, int64_t>> rowOwner;
  for (int64_t p = 0; p < numPrompts; ++p)
    for (int64_t i = 0; i < numSamples; ++i)
      rowOwner.emplace_back(p, i);
  for (int64_t step = 0; step < maxNew; ++step) {
    torch::Tensor next = pick(logits, options, gen);
    torch::Tensor host = next.to(torch::kCPU);
    const int64_t *tokens = host.data_ptr<int64_t>();
    std::vector<int64_t> keep;
    for (size_t r = 0; r < rowOwner.size(); ++r) {
      results[rowOwner[r].first][rowOwner[r].second].push_back(tokens[r]);
      if (tokens[r] != options.stopId)
        keep.push_back(static_cast<int64_t>(r));
    }
    if (keep.empty() || step + 1 == maxNew)
      break;
    if (keep.size() < rowOwner.size()) {
      auto index = torch::tensor(keep, torch::kLong).to(device);
      cache.selectRows(index);
      next = next.index_select(0, index);
      std::vector<std::pair<int64_t, int64_t>> remaining;
      for (int64_t r : keep)
        remaining.push_back(rowOwner[r]);
      rowOwner.swap(remaining);
    }
    logits = packed ? packed->step(model, next.view({-1, 1}), cache)
                    : model->forward(next.view({-1, 1}), cache).select(1, 0);
  }
  return results;
}

std::vector<int64_t>
py2triton::llm::generateNoCache(MinimalLLM &model,
                                const std::vector<int64_t> &prompt,
                                int64_t maxNewTokens, int64_t stopId) {
  checkPrompt(model, prompt);
  torch::NoGradGuard noGrad;
  EvalModeGuard evalMode(model);
  torch::Device device = model->tokEmb->weight.device();
  std::vector<int64_t> sequence = prompt, result;
  int64_t maxNew =
      std::min(maxNewTokens,
               model->config().maxSeqLen - static_cast<int64_t>(prompt.size()));
  for (int64_t step = 0; step < maxNew; ++step) {
    auto ids = torch::tensor(sequence, torch::kLong).view({1, -1}).to(device);
    int64_t token =
        model->forward(ids).select(1, -1).argmax(-1).item<int64_t>();
    result.push_back(token);
    sequence.push_back(token);
    if (token == stopId)
      break;
  }
  return result;
}
