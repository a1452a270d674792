//===- Train.cpp - The training loop of py2triton-train -------------------===//
//
// Trainer: one optimizer step (gradient accumulation, clipping, Muon for the
// layers' 2-D weights, AdamW for the rest, warm-up + cosine schedule, bf16
// autocast on CUDA). train(): data, evaluation, the JSONL log, the progress
// line, checkpoints (temporary file + rename) and exact resume.
//
// The loop reads values back from the device (a synchronization) only when
// it logs, evaluates or checkpoints, so the GPU stays busy between them.
//
//===----------------------------------------------------------------------===//

#include "py2triton/LLM/Train.h"

#include "py2triton/LLM/Checkpoint.h"
#include "py2triton/LLM/Io.h"
#include "py2triton/LLM/Tokenizer.h"

#include <ATen/CPUGeneratorImpl.h>
#include <ATen/autocast_mode.h>
#include <torch/version.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <regex>
#include <sstream>
#include <stdexcept>

using namespace py2triton::llm;
namespace F = torch::nn::functional;
namespace fs = std::filesystem;

static const char *const CheckpointFormat = "py2triton-train-checkpoint-v1";

//===----------------------------------------------------------------------===//
// Small helpers: JSON, time, devices
//===----------------------------------------------------------------------===//

namespace {

std::string jsonNumber(double v) {
  if (!std::isfinite(v))
    return "null";
  std::ostringstream os;
  os.precision(9);
  os << v;
  return os.str();
}

/// Builds one flat JSON object: {"key": value, ...}.
class JsonObject {
public:
  JsonObject &raw(const std::string &key, const std::string &json) {
    os_ << (first_ ? "{" : ", ") << jsonQuote(key) << ": " << json;
    first_ = false;
    return *this;
  }
  JsonObject &num(const std::string &key, double v) {
    return raw(key, jsonNumber(v));
  }
  JsonObject &integer(const std::string &key, int64_t v) {
    return raw(key, std::to_string(v));
  }
  JsonObject &str(const std::string &key, const std::string &v) {
    return raw(key, jsonQuote(v));
  }
  JsonObject &boolean(const std::string &key, bool v) {
    return raw(key, v ? "true" : "false");
  }
  std::string done() const { return first_ ? "{}" : os_.str() + "}"; }

private:
  std::ostringstream os_;
  bool first_ = true;
};

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

std::string hms(double seconds) {
  if (!std::isfinite(seconds) || seconds < 0)
    return "--:--:--";
  auto s = static_cast<int64_t>(seconds + 0.5);
  char buf[32];
  std::snprintf(
      buf, sizeof buf, "%02lld:%02lld:%02lld", static_cast<long long>(s / 3600),
      static_cast<long long>(s / 60 % 60), static_cast<long long>(s % 60));
  return buf;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return s;
}

std::string trim(const std::string &s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  size_t e = s.find_last_not_of(" \t\r\n");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

void synchronize(torch::Device device) {
  if (device.is_cuda())
    torch::cuda::synchronize(device.index());
}

/// Enables bf16 autocast for CUDA for its lifetime (like Python's
/// torch.autocast("cuda", torch.bfloat16)); clears the cast cache on exit.
class AutocastGuard {
public:
  explicit AutocastGuard(bool enable) : enable_(enable) {
    if (!enable_)
      return;
    prevEnabled_ = at::autocast::is_autocast_enabled(at::kCUDA);
    prevDtype_ = at::autocast::get_autocast_dtype(at::kCUDA);
    at::autocast::set_autocast_enabled(at::kCUDA, true);
    at::autocast::set_autocast_dtype(at::kCUDA, at::kBFloat16);
    at::autocast::increment_nesting();
  }
  ~AutocastGuard() {
    if (!enable_)
      return;
    if (at::autocast::decrement_nesting() == 0)
      at::autocast::clear_cache();
    at::autocast::set_autocast_enabled(at::kCUDA, prevEnabled_);
    at::autocast::set_autocast_dtype(at::kCUDA, prevDtype_);
  }
  AutocastGuard(const AutocastGuard &) = delete;
  AutocastGuard &operator=(const AutocastGuard &) = delete;

private:
  bool enable_;
  bool prevEnabled_ = false;
  at::ScalarType prevDtype_ = at::kBFloat16;
};

std::string torchVersion() {
  return std::to_string(TORCH_VERSION_MAJOR) + "." +
         std::to_string(TORCH_VERSION_MINOR) + "." +
         std::to_string(TORCH_VERSION_PATCH);
}

} // namespace

//===----------------------------------------------------------------------===//
// Schedule, FLOPs, devices, options
//===----------------------------------------------------------------------===//

double py2triton::llm::lrFactor(int64_t step, int64_t warmupSteps,
                                int64_t maxSteps, double minLrRatio) {
  if (warmupSteps > 0 && step < warmupSteps)
    return double(step + 1) / double(warmupSteps);
  int64_t decaySteps = maxSteps - std::max<int64_t>(warmupSteps, 0);
  double progress = double(step - std::max<int64_t>(warmupSteps, 0)) /
                    double(std::max<int64_t>(1, decaySteps - 1));
  progress = std::clamp(progress, 0.0, 1.0);
  return minLrRatio +
         (1.0 - minLrRatio) * 0.5 * (1.0 + std::cos(M_PI * progress));
}

double py2triton::llm::trainFlopsPerToken(const ModelConfig &c,
                                          int64_t seqLen) {
  double d = c.dim, h = c.ffnHidden, l = c.numLayers, v = c.vocabSize;
  // Per layer: wqkv + wo (4 D^2), w_gate_up + w_down (3 D H), two norms;
  // plus the final norm. The tied embedding is the head's V x D.
  double nonEmbedding = l * (4 * d * d + 3 * d * h + 2 * d) + d;
  return 6 * nonEmbedding + 6 * v * d + 12 * l * d * double(seqLen);
}

double py2triton::llm::peakFlopsForDevice(const std::string &name) {
  std::string n = lower(name);
  if (n.find("h100") != std::string::npos &&
      n.find("pcie") != std::string::npos)
    return 756e12;
  if (n.find("h100") != std::string::npos ||
      n.find("h200") != std::string::npos ||
      n.find("h800") != std::string::npos)
    return 989e12;
  if (n.find("a100") != std::string::npos)
    return 312e12;
  return 0;
}

torch::Device py2triton::llm::resolveDevice(const std::string &name) {
  if (name == "auto")
    return torch::cuda::is_available() ? torch::Device(torch::kCUDA, 0)
                                       : torch::Device(torch::kCPU);
  if (name == "cpu")
    return torch::kCPU;
  if (name == "cuda" || name.rfind("cuda:", 0) == 0) {
    if (!torch::cuda::is_available())
      throw std::runtime_error("device '" + name +
                               "' requested but CUDA is not available");
    int64_t index = 0;
    if (name.size() > 5) {
      try {
        size_t used = 0;
        index = std::stoll(name.substr(5), &used);
        if (used != name.size() - 5)
          throw std::invalid_argument(name);
      } catch (const std::exception &) {
        throw std::runtime_error("bad device '" + name + "'");
      }
    }
    if (index < 0 || index >= int64_t(torch::cuda::device_count()))
      throw std::runtime_error("device '" + name + "': only " +
                               std::to_string(torch::cuda::device_count()) +
                               " CUDA device(s)");
    return torch::Device(torch::kCUDA, static_cast<int8_t>(index));
  }
  throw std::runtime_error("unknown device '" + name +
                           "' (expected auto, cpu, cuda or cuda:N)");
}

std::string py2triton::llm::deviceName(torch::Device device) {
  if (!device.is_cuda())
    return "cpu";
  // LibTorch has no portable call for the GPU's name (it lives in the CUDA
  // library, absent from CPU builds): ask the driver.
  std::vector<std::string> models;
  std::error_code ec;
  std::vector<fs::path> dirs;
  for (const auto &e : fs::directory_iterator("/proc/driver/nvidia/gpus", ec))
    dirs.push_back(e.path());
  std::sort(dirs.begin(), dirs.end());
  for (const auto &dir : dirs) {
    std::ifstream in(dir / "information");
    std::string line;
    while (std::getline(in, line))
      if (line.rfind("Model:", 0) == 0)
        models.push_back(trim(line.substr(6)));
  }
  if (models.empty()) {
    if (FILE *p = popen("nvidia-smi --query-gpu=name --format=csv,noheader "
                        "2>/dev/null",
                        "r")) {
      char buf[256];
      while (std::fgets(buf, sizeof buf, p))
        if (!trim(buf).empty())
          models.push_back(trim(buf));
      pclose(p);
    }
  }
  int64_t index = std::max<int64_t>(device.index(), 0);
  if (index < int64_t(models.size()))
    return models[index];
  return models.empty() ? "cuda" : models.front();
}

std::string py2triton::llm::trainOptionsToJson(const TrainOptions &o) {
  return JsonObject()
      .str("config", o.config)
      .str("train_data", o.trainData)
      .str("val_data", o.valData)
      .str("tokenizer_dir", o.tokenizerDir)
      .str("release_dir", o.releaseDir)
      .str("release_format", o.releaseFormat)
      .str("out_dir", o.outDir)
      .integer("vocab_size", o.vocabSize)
      .integer("seq_len", o.seqLen)
      .integer("micro_batch", o.microBatch)
      .integer("grad_accum", o.gradAccum)
      .integer("max_steps", o.maxSteps)
      .integer("stop_at_step", o.stopAtStep)
      .num("time_budget_s", o.timeBudgetS)
      .num("muon_lr", o.muonLr)
      .num("adam_lr", o.adamLr)
      .num("adam_beta1", o.adamBeta1)
      .num("adam_beta2", o.adamBeta2)
      .num("weight_decay", o.weightDecay)
      .integer("warmup_steps", o.warmupSteps)
      .num("min_lr_ratio", o.minLrRatio)
      .num("clip_norm", o.clipNorm)
      .integer("eval_every", o.evalEvery)
      .integer("eval_batches", o.evalBatches)
      .integer("checkpoint_every", o.checkpointEvery)
      .integer("log_every", o.logEvery)
      .integer("seed", static_cast<int64_t>(o.seed))
      .str("device", o.device)
      .boolean("bf16", o.bf16)
      .boolean("resume", o.resume)
      .num("peak_flops", o.peakFlops)
      .done();
}

//===----------------------------------------------------------------------===//
// Trainer
//===----------------------------------------------------------------------===//

Trainer::Trainer(const ModelConfig &config, const TrainOptions &options,
                 torch::Device device)
    : options_(options), device_(device),
      autocast_(device.is_cuda() && options.bf16), model_(config) {
  model_->to(device_);
  std::vector<torch::Tensor> muonParams, adamwParams;
  for (auto &p : model_->named_parameters()) {
    const std::string &name = p.key();
    allParams_.push_back(p.value());
    // The layers' matrices (wqkv, wo, w_gate_up, w_down) go to Muon; the
    // tied embedding/head and every norm weight to AdamW.
    if (name.rfind("layers.", 0) == 0 && p.value().dim() == 2) {
      muonParams.push_back(p.value());
      muonNames_.push_back(name);
    } else {
      adamwParams.push_back(p.value());
      adamwNames_.push_back(name);
    }
  }
  MuonOptions mo;
  mo.lr = options.muonLr;
  mo.weightDecay = options.weightDecay;
  muon_ = std::make_unique<Muon>(muonParams, mo);
  adamw_ = std::make_unique<torch::optim::AdamW>(
      adamwParams, torch::optim::AdamWOptions(options.adamLr)
                       .betas({options.adamBeta1, options.adamBeta2})
                       .eps(1e-8)
                       .weight_decay(0.0));
}

torch::Tensor Trainer::loss(const Batch &batch, torch::Tensor *count) {
  // On CUDA through pinned memory without blocking: the host goes on
  // queueing kernels while the copy waits for the GPU.
  auto toDevice = [&](const torch::Tensor &t) {
    if (!device_.is_cuda())
      return t.to(device_, torch::kLong);
    return t.to(torch::kLong).pin_memory().to(device_, /*non_blocking=*/true);
  };
  auto inputs = toDevice(batch.inputs);
  auto targets = toDevice(batch.targets);
  torch::Tensor sum;
  {
    AutocastGuard autocast(autocast_);
    auto logits = model_->forward(inputs);
    auto flat = logits.reshape({-1, logits.size(-1)}).to(torch::kFloat32);
    sum = F::cross_entropy(
        flat, targets.reshape({-1}),
        F::CrossEntropyFuncOptions().ignore_index(-100).reduction(torch::kSum));
  }
  // A batch without counted tokens contributes 0 (not 0/0).
  auto n = targets.ne(-100).sum().to(torch::kFloat32);
  if (count)
    *count = n;
  return sum / n.clamp_min(1.0);
}

torch::Tensor Trainer::step(const std::vector<Batch> &microBatches) {
  TORCH_CHECK(!microBatches.empty(), "Trainer::step needs a micro-batch");
  double factor = lrFactor(step_, options_.warmupSteps, options_.maxSteps,
                           options_.minLrRatio);
  lastFactor_ = factor;
  muon_->setLr(options_.muonLr * factor);
  for (auto &group : adamw_->param_groups())
    static_cast<torch::optim::AdamWOptions &>(group.options())
        .lr(options_.adamLr * factor);

  model_->train();
  double scale = 1.0 / double(microBatches.size());
  auto total = torch::zeros(
      {}, torch::TensorOptions().dtype(torch::kFloat32).device(device_));
  for (const auto &batch : microBatches) {
    auto l = loss(batch);
    (l * scale).backward();
    total += l.detach();
  }

  // Global gradient-norm clipping, as torch.nn.utils.clip_grad_norm_ (no
  // host synchronization).
  std::vector<torch::Tensor> grads;
  for (auto &p : allParams_)
    if (p.grad().defined())
      grads.push_back(p.grad());
  if (!grads.empty()) {
    torch::NoGradGuard noGrad;
    auto norms = at::_foreach_norm(grads, 2);
    lastGradNorm_ = torch::stack(norms).norm();
    if (options_.clipNorm > 0) {
      auto coef = ((lastGradNorm_ + 1e-6).reciprocal() * options_.clipNorm)
                      .clamp_max(1.0);
      at::_foreach_mul_(grads, coef);
    }
  }

  muon_->step();
  adamw_->step();
  muon_->zeroGrad();
  adamw_->zero_grad(/*set_to_none=*/true);
  ++step_;
  return total * scale;
}

double Trainer::evalLoss(const std::vector<Batch> &batches) {
  torch::NoGradGuard noGrad;
  model_->eval();
  auto opts = torch::TensorOptions().dtype(torch::kFloat64).device(device_);
  auto sum = torch::zeros({}, opts), count = torch::zeros({}, opts);
  for (const auto &batch : batches) {
    torch::Tensor n;
    auto l = loss(batch, &n);
    sum += l.to(torch::kFloat64) * n.to(torch::kFloat64);
    count += n.to(torch::kFloat64);
  }
  model_->train();
  double c = count.item<double>();
  return c > 0 ? sum.item<double>() / c
               : std::numeric_limits<double>::quiet_NaN();
}

void Trainer::save(torch::serialize::OutputArchive &archive) {
  archive.write("config", c10::IValue(model_->config().toJson()));
  archive.write("step", c10::IValue(step_));
  torch::serialize::OutputArchive model(archive.compilation_unit());
  model_->save(model);
  archive.write("model", model);
  torch::serialize::OutputArchive muon(archive.compilation_unit());
  auto &buffers = muon_->momentumBuffers();
  for (size_t i = 0; i < buffers.size(); ++i)
    muon.write("buf." + std::to_string(i), buffers[i]);
  archive.write("muon", muon);
  torch::serialize::OutputArchive adamw(archive.compilation_unit());
  adamw_->save(adamw);
  archive.write("adamw", adamw);
}

void Trainer::load(torch::serialize::InputArchive &archive) {
  c10::IValue config, step;
  archive.read("config", config);
  if (config.toStringRef() != model_->config().toJson())
    throw std::runtime_error("checkpoint model config " + config.toStringRef() +
                             " differs from " + model_->config().toJson());
  archive.read("step", step);
  step_ = step.toInt();
  torch::serialize::InputArchive model, muon, adamw;
  archive.read("model", model);
  model_->load(model);
  archive.read("muon", muon);
  torch::NoGradGuard noGrad;
  auto &buffers = muon_->momentumBuffers();
  for (size_t i = 0; i < buffers.size(); ++i) {
    torch::Tensor t;
    muon.read("buf." + std::to_string(i), t);
    buffers[i].copy_(t);
  }
  archive.read("adamw", adamw);
  adamw_->load(adamw);
}

//===----------------------------------------------------------------------===//
// Checkpoints
//===----------------------------------------------------------------------===//

namespace {

/// What train() keeps besides the Trainer's state.
struct LoopState {
  int64_t tokens = 0, countedTokens = 0;
  int64_t batcherEpoch = 0, batcherCursor = 0;
  double elapsed = 0;
  /// The options the checkpoint was written with (JSON).
  std::string options;
};

void saveCheckpoint(const std::string &path, Trainer &trainer,
                    const TrainOptions &options, const LoopState &state) {
  torch::serialize::OutputArchive archive;
  archive.write("format", c10::IValue(std::string(CheckpointFormat)));
  trainer.save(archive);
  archive.write("options", c10::IValue(trainOptionsToJson(options)));
  archive.write("tokens", c10::IValue(state.tokens));
  archive.write("counted_tokens", c10::IValue(state.countedTokens));
  archive.write("batcher_epoch", c10::IValue(state.batcherEpoch));
  archive.write("batcher_cursor", c10::IValue(state.batcherCursor));
  archive.write("elapsed_s", c10::IValue(state.elapsed));
  {
    at::Generator gen = at::detail::getDefaultCPUGenerator();
    std::lock_guard<std::mutex> lock(gen.mutex());
    archive.write("rng_cpu", gen.get_state());
  }
  if (trainer.device().is_cuda()) {
    at::Generator gen = at::globalContext().defaultGenerator(trainer.device());
    std::lock_guard<std::mutex> lock(gen.mutex());
    archive.write("rng_cuda", gen.get_state());
  }
  std::string tmp = path + ".tmp";
  try {
    archive.save_to(tmp);
  } catch (const std::exception &e) {
    std::error_code ec;
    fs::remove(tmp, ec);
    throw std::runtime_error("cannot write checkpoint " + tmp + ": " +
                             e.what());
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec)
    throw std::runtime_error("cannot rename " + tmp + " to " + path + ": " +
                             ec.message());
}

void openCheckpoint(const std::string &path, torch::Device device,
                    torch::serialize::InputArchive &archive) {
  if (!fs::is_regular_file(path))
    throw std::runtime_error("no checkpoint at " + path);
  try {
    archive.load_from(path, device);
    c10::IValue format;
    archive.read("format", format);
    if (!format.isString() || format.toStringRef() != CheckpointFormat)
      throw std::runtime_error("not a " + std::string(CheckpointFormat));
  } catch (const std::exception &e) {
    throw std::runtime_error("cannot read training checkpoint " + path + ": " +
                             e.what());
  }
}

void loadCheckpoint(const std::string &path, Trainer &trainer,
                    LoopState &state) {
  torch::serialize::InputArchive archive;
  openCheckpoint(path, trainer.device(), archive);
  try {
    trainer.load(archive);
    c10::IValue v;
    archive.read("tokens", v);
    state.tokens = v.toInt();
    archive.read("counted_tokens", v);
    state.countedTokens = v.toInt();
    archive.read("batcher_epoch", v);
    state.batcherEpoch = v.toInt();
    archive.read("batcher_cursor", v);
    state.batcherCursor = v.toInt();
    archive.read("elapsed_s", v);
    state.elapsed = v.toDouble();
    archive.read("options", v);
    state.options = v.toStringRef();
    torch::Tensor rng;
    archive.read("rng_cpu", rng);
    {
      at::Generator gen = at::detail::getDefaultCPUGenerator();
      std::lock_guard<std::mutex> lock(gen.mutex());
      gen.set_state(rng.to(torch::kCPU));
    }
    if (trainer.device().is_cuda() && archive.try_read("rng_cuda", rng)) {
      at::Generator gen =
          at::globalContext().defaultGenerator(trainer.device());
      std::lock_guard<std::mutex> lock(gen.mutex());
      gen.set_state(rng.to(torch::kCPU));
    }
  } catch (const std::exception &e) {
    throw std::runtime_error("cannot resume from " + path + ": " + e.what());
  }
}

} // namespace

MinimalLLM py2triton::llm::loadTrainingCheckpoint(const std::string &path,
                                                  torch::Device device) {
  torch::serialize::InputArchive archive;
  openCheckpoint(path, device, archive);
  try {
    c10::IValue config;
    archive.read("config", config);
    MinimalLLM model(ModelConfig::fromJson(config.toStringRef()));
    model->to(device);
    torch::serialize::InputArchive weights;
    archive.read("model", weights);
    model->load(weights);
    model->eval();
    return model;
  } catch (const std::exception &e) {
    throw std::runtime_error("cannot load the model of " + path + ": " +
                             e.what());
  }
}

//===----------------------------------------------------------------------===//
// train()
//===----------------------------------------------------------------------===//

namespace {

void checkOptions(const TrainOptions &o, const ModelConfig &config) {
  auto fail = [](const std::string &msg) { throw std::runtime_error(msg); };
  if (o.trainData.empty())
    fail("no training data (a .tok file) given");
  if (o.vocabSize <= SpecialIds::End || o.vocabSize > 65536)
    fail("vocabulary size must be in (" + std::to_string(SpecialIds::End) +
         ", 65536] (tokens are uint16)");
  if (o.seqLen < 2 || o.seqLen > config.maxSeqLen)
    fail("sequence length " + std::to_string(o.seqLen) + " must be in [2, " +
         std::to_string(config.maxSeqLen) + "] for config '" + config.name +
         "'");
  if (o.microBatch < 1 || o.gradAccum < 1)
    fail("micro-batch and gradient accumulation must be >= 1");
  if (o.maxSteps < 0 || o.stopAtStep < 0 || o.warmupSteps < 0 ||
      o.evalEvery < 0 || o.evalBatches < 0 || o.checkpointEvery < 0 ||
      o.timeBudgetS < 0 || o.peakFlops < 0 || o.weightDecay < 0 ||
      o.clipNorm < 0)
    fail("step counts, budgets, weight decay and clip norm must be >= 0");
  if (o.logEvery < 1)
    fail("log interval must be >= 1");
  if (!(o.muonLr > 0) || !(o.adamLr > 0))
    fail("learning rates must be > 0");
  if (o.minLrRatio < 0 || o.minLrRatio > 1)
    fail("minimum learning-rate ratio must be in [0, 1]");
  if (o.adamBeta1 < 0 || o.adamBeta1 >= 1 || o.adamBeta2 < 0 ||
      o.adamBeta2 >= 1)
    fail("AdamW betas must be in [0, 1)");
  if (o.releaseFormat != "f32" && o.releaseFormat != "bf16" &&
      o.releaseFormat != "int8")
    fail("release format must be f32, bf16 or int8, got '" + o.releaseFormat +
         "'");
}

TokenDataset loadTokens(const std::string &path, int64_t vocabSize,
                        const char *what) {
  TokenDataset data = TokenDataset::load(path);
  if (data.exampleStarts().empty())
    throw std::runtime_error(std::string(what) + " data " + path +
                             " holds no example (no <prompt> token)");
  uint16_t maxId = 0;
  for (uint16_t t : data.tokens())
    maxId = std::max(maxId, t);
  if (maxId >= vocabSize)
    throw std::runtime_error(std::string(what) + " data " + path +
                             " has token id " + std::to_string(maxId) +
                             " >= vocabulary size " +
                             std::to_string(vocabSize));
  return data;
}

/// Warns when a resumed run changes what the data stream depends on: the
/// continuation is then no longer the uninterrupted run.
void warnChangedOptions(const std::string &saved, const TrainOptions &now) {
  std::string current = trainOptionsToJson(now);
  for (const char *key : {"train_data", "seq_len", "micro_batch", "grad_accum",
                          "seed", "max_steps", "warmup_steps"}) {
    std::regex field("\"" + std::string(key) + "\": (\"[^\"]*\"|[^,}]*)");
    std::smatch a, b;
    if (std::regex_search(saved, a, field) &&
        std::regex_search(current, b, field) && a[1] != b[1])
      std::fprintf(stderr,
                   "py2triton-train: warning: resuming with %s = %s (the "
                   "checkpoint used %s)\n",
                   key, b[1].str().c_str(), a[1].str().c_str());
  }
}

int64_t batchTokens(const Batch &b) {
  return b.inputs.size(0) * b.inputs.size(1);
}

} // namespace

/// Writes the trained weights as a release (with the tokenizer's files),
/// then evaluates the released weights as the loader reconstructs them (int8
/// dequantized) on the validation batches: the cost of quantization.
static void writeRelease(Trainer &trainer, const TrainOptions &options,
                         torch::Device device,
                         const std::vector<Batch> &valBatches,
                         TrainResult &result) {
  namespace fs = std::filesystem;
  WeightFormat format = parseWeightFormat(options.releaseFormat);
  result.releaseBytes =
      saveRelease(trainer.model(), options.releaseDir, format);
  if (!options.tokenizerDir.empty())
    for (const char *name : {"tokenizer.model", "tokenizer.vocab"}) {
      fs::path from = fs::path(options.tokenizerDir) / name;
      if (fs::exists(from))
        fs::copy_file(from, fs::path(options.releaseDir) / name,
                      fs::copy_options::overwrite_existing);
    }
  result.releaseValLoss = std::numeric_limits<double>::quiet_NaN();
  if (!valBatches.empty()) {
    // Swap the released weights into the trained model, evaluate, swap back.
    auto released = loadRelease(options.releaseDir, device);
    auto params = trainer.model()->named_parameters();
    auto releasedParams = released->named_parameters();
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> saved;
    for (auto &p : params) {
      saved.push_back(p.value().detach().clone());
      p.value().copy_(releasedParams[p.key()]);
    }
    result.releaseValLoss = trainer.evalLoss(valBatches);
    size_t i = 0;
    for (auto &p : params)
      p.value().copy_(saved[i++]);
  }
  std::fprintf(stderr,
               "py2triton-train: release %s (%s, %lld bytes): val loss %.4f "
               "(trained weights %.4f)\n",
               options.releaseDir.c_str(), options.releaseFormat.c_str(),
               static_cast<long long>(result.releaseBytes),
               result.releaseValLoss, result.valLoss);
}

TrainResult py2triton::llm::train(const TrainOptions &options) {
  auto start = Clock::now();
  ModelConfig config;
  try {
    config = ModelConfig::byName(options.config, options.vocabSize);
  } catch (const std::invalid_argument &e) {
    throw std::runtime_error(e.what());
  }
  checkOptions(options, config);
  torch::Device device = resolveDevice(options.device);

  TokenDataset trainData =
      loadTokens(options.trainData, options.vocabSize, "training");
  TokenDataset valData;
  if (!options.valData.empty())
    valData = loadTokens(options.valData, options.vocabSize, "validation");

  std::error_code ec;
  fs::create_directories(options.outDir, ec);
  if (ec)
    throw std::runtime_error("cannot create output directory " +
                             options.outDir + ": " + ec.message());
  std::string checkpointPath = (fs::path(options.outDir) / "checkpoint.pt");
  std::string logPath = (fs::path(options.outDir) / "log.jsonl");
  if (options.resume && !fs::is_regular_file(checkpointPath))
    throw std::runtime_error("--resume: no checkpoint at " + checkpointPath);

  torch::manual_seed(options.seed);
  Trainer trainer(config, options, device);
  Batcher batcher(trainData, options.microBatch, options.seqLen, options.seed);
  std::vector<Batch> valBatches;
  if (!options.valData.empty() && options.evalBatches > 0)
    valBatches = evalBatches(valData, options.microBatch, options.seqLen,
                             options.evalBatches);

  LoopState state;
  if (options.resume) {
    loadCheckpoint(checkpointPath, trainer, state);
    batcher.setState(state.batcherEpoch, state.batcherCursor);
    warnChangedOptions(state.options, options);
  }
  int64_t firstStep = trainer.stepCount();

  std::ofstream log(logPath, options.resume ? std::ios::app : std::ios::trunc);
  if (!log)
    throw std::runtime_error("cannot write " + logPath);
  auto writeLog = [&](const std::string &line) {
    log << line << "\n";
    log.flush();
  };

  std::string devName = deviceName(device);
  double peak =
      options.peakFlops > 0 ? options.peakFlops : peakFlopsForDevice(devName);
  double flopsPerToken = trainFlopsPerToken(config, options.seqLen);
  int64_t numParams = trainer.model()->numParameters();
  int64_t embedding = config.vocabSize * config.dim;
  writeLog(JsonObject()
               .str("event", options.resume ? "resume" : "start")
               .raw("config", config.toJson())
               .integer("parameters", numParams)
               .integer("non_embedding_parameters", numParams - embedding)
               .num("flops_per_token", flopsPerToken)
               .num("peak_flops", peak)
               .str("device", devName)
               .str("torch", torchVersion())
               .integer("start_step", firstStep)
               .raw("options", trainOptionsToJson(options))
               .done());
  std::fprintf(stderr,
               "py2triton-train: %s model, %lld parameters (%lld "
               "non-embedding), on %s; %lld tokens/step; step %lld of %lld\n",
               config.name.c_str(), static_cast<long long>(numParams),
               static_cast<long long>(numParams - embedding), devName.c_str(),
               static_cast<long long>(options.microBatch * options.seqLen *
                                      options.gradAccum),
               static_cast<long long>(firstStep),
               static_cast<long long>(options.maxSteps));

  TrainResult result;
  // Time spent in training steps only (not evaluation or checkpoints), and
  // the duration of the last evaluation/checkpoint (kept in reserve when a
  // time budget is set).
  double trainTime = 0, lastEvalTime = 0, lastCheckpointTime = 0;
  int64_t runSteps = 0, runTokens = 0;
  double lastLoss = std::numeric_limits<double>::quiet_NaN();
  double lastVal = std::numeric_limits<double>::quiet_NaN();
  int64_t lastLoggedStep = -1, lastEvalStep = -1, lastSavedStep = -1;
  // Logging window: steps since the last log.
  auto windowStart = Clock::now();
  double windowOther = 0;
  int64_t windowTokens = 0;
  double elapsed0 = state.elapsed;
  auto elapsedNow = [&] { return elapsed0 + secondsSince(start); };

  auto evaluate = [&] {
    if (valBatches.empty())
      return;
    auto t0 = Clock::now();
    lastVal = trainer.evalLoss(valBatches);
    lastEvalTime = secondsSince(t0);
    windowOther += lastEvalTime;
    lastEvalStep = trainer.stepCount();
    writeLog(JsonObject()
                 .integer("step", trainer.stepCount())
                 .num("val_loss", lastVal)
                 .num("elapsed_s", elapsedNow())
                 .done());
    std::fprintf(stderr, "step %lld | val loss %.4f | eval %.1f s\n",
                 static_cast<long long>(trainer.stepCount()), lastVal,
                 lastEvalTime);
  };
  auto checkpoint = [&] {
    auto t0 = Clock::now();
    synchronize(device);
    state.batcherEpoch = batcher.epoch();
    state.batcherCursor = batcher.cursor();
    state.elapsed = elapsedNow();
    saveCheckpoint(checkpointPath, trainer, options, state);
    lastCheckpointTime = secondsSince(t0);
    windowOther += lastCheckpointTime;
    lastSavedStep = trainer.stepCount();
  };

  int64_t endStep = options.stopAtStep > 0
                        ? std::min(options.stopAtStep, options.maxSteps)
                        : options.maxSteps;
  torch::Tensor loss;
  while (trainer.stepCount() < endStep) {
    if (options.timeBudgetS > 0) {
      // Steps since the last log are not yet in trainTime.
      double pending = secondsSince(windowStart) - windowOther;
      double perStep =
          runSteps > 0 ? (trainTime + pending) / double(runSteps) : 0;
      if (secondsSince(start) + perStep + lastEvalTime + lastCheckpointTime >
          options.timeBudgetS) {
        result.stoppedByBudget = true;
        std::fprintf(stderr,
                     "py2triton-train: time budget of %.0f s reached at "
                     "step %lld\n",
                     options.timeBudgetS,
                     static_cast<long long>(trainer.stepCount()));
        break;
      }
    }

    std::vector<Batch> micro;
    micro.reserve(options.gradAccum);
    for (int64_t i = 0; i < options.gradAccum; ++i) {
      micro.push_back(batcher.next());
      windowTokens += batchTokens(micro.back());
      state.countedTokens += micro.back().countedTokens;
    }
    loss = trainer.step(micro);
    ++runSteps;
    int64_t stepTokens = 0;
    for (const auto &b : micro)
      stepTokens += batchTokens(b);
    state.tokens += stepTokens;
    runTokens += stepTokens;
    int64_t step = trainer.stepCount();

    bool last = step == endStep;
    if (step % options.logEvery == 0 || last) {
      lastLoss = loss.item<double>(); // synchronizes
      double gradNorm = trainer.lastGradNorm().defined()
                            ? trainer.lastGradNorm().item<double>()
                            : 0.0;
      double window = secondsSince(windowStart) - windowOther;
      trainTime += window;
      double tps = window > 0 ? double(windowTokens) / window : 0;
      double mfu = peak > 0 ? flopsPerToken * tps / peak
                            : std::numeric_limits<double>::quiet_NaN();
      double factor = trainer.lastLrFactor();
      double elapsed = elapsedNow();
      writeLog(JsonObject()
                   .integer("step", step)
                   .num("loss", lastLoss)
                   .num("lr", options.muonLr * factor)
                   .num("adam_lr", options.adamLr * factor)
                   .num("grad_norm", gradNorm)
                   .integer("tokens", state.tokens)
                   .integer("counted_tokens", state.countedTokens)
                   .num("tokens_per_s", tps)
                   .num("mfu", mfu)
                   .num("elapsed_s", elapsed)
                   .done());
      double perStep = trainTime / double(runSteps);
      double eta = double(endStep - step) * perStep;
      if (options.timeBudgetS > 0)
        eta = std::min(
            eta, std::max(0.0, options.timeBudgetS - secondsSince(start)));
      char mfuText[32];
      if (peak > 0)
        std::snprintf(mfuText, sizeof mfuText, "%.1f%%", 100 * mfu);
      else
        std::snprintf(mfuText, sizeof mfuText, "n/a");
      std::fprintf(stderr,
                   "step %lld/%lld | loss %.4f | lr %.3g | %.0f tok/s | "
                   "MFU %s | elapsed %s | ETA %s\n",
                   static_cast<long long>(step),
                   static_cast<long long>(options.maxSteps), lastLoss,
                   options.muonLr * factor, tps, mfuText, hms(elapsed).c_str(),
                   hms(eta).c_str());
      lastLoggedStep = step;
      windowStart = Clock::now();
      windowOther = 0;
      windowTokens = 0;
    }
    if (options.evalEvery > 0 && step % options.evalEvery == 0)
      evaluate();
    if (options.checkpointEvery > 0 && step % options.checkpointEvery == 0)
      checkpoint();
  }

  int64_t finalStep = trainer.stepCount();
  if (runSteps > 0 && lastLoggedStep != finalStep) {
    // Stopped between log steps (time budget): log the last step.
    lastLoss = loss.item<double>();
    double window = secondsSince(windowStart) - windowOther;
    trainTime += window;
    double tps = window > 0 ? double(windowTokens) / window : 0;
    writeLog(JsonObject()
                 .integer("step", finalStep)
                 .num("loss", lastLoss)
                 .num("lr", options.muonLr * trainer.lastLrFactor())
                 .num("adam_lr", options.adamLr * trainer.lastLrFactor())
                 .integer("tokens", state.tokens)
                 .integer("counted_tokens", state.countedTokens)
                 .num("tokens_per_s", tps)
                 .num("mfu", peak > 0
                                 ? flopsPerToken * tps / peak
                                 : std::numeric_limits<double>::quiet_NaN())
                 .num("elapsed_s", elapsedNow())
                 .done());
  }
  if (lastEvalStep != finalStep)
    evaluate();
  if (lastSavedStep != finalStep)
    checkpoint();

  result.steps = finalStep;
  result.tokens = state.tokens;
  result.countedTokens = state.countedTokens;
  result.trainLoss = lastLoss;
  result.valLoss = lastVal;
  result.tokensPerSecond = trainTime > 0 ? double(runTokens) / trainTime : 0;
  result.mfu = peak > 0 ? flopsPerToken * result.tokensPerSecond / peak : 0;
  if (!options.releaseDir.empty())
    writeRelease(trainer, options, device, valBatches, result);
  result.wallSeconds = secondsSince(start);
  writeLog(JsonObject()
               .str("event", "end")
               .integer("final_step", finalStep)
               .num("final_loss", lastLoss)
               .num("final_val_loss", lastVal)
               .integer("tokens", state.tokens)
               .integer("counted_tokens", state.countedTokens)
               .num("tokens_per_s", result.tokensPerSecond)
               .num("mfu", peak > 0 ? result.mfu
                                    : std::numeric_limits<double>::quiet_NaN())
               .num("train_s", trainTime)
               .str("release", options.releaseDir)
               .integer("release_bytes", result.releaseBytes)
               .num("release_val_loss", result.releaseValLoss)
               .num("wall_s", result.wallSeconds)
               .boolean("stopped_by_budget", result.stoppedByBudget)
               .done());
  std::fprintf(stderr,
               "py2triton-train: %lld steps, %lld tokens, loss %.4f, val loss "
               "%.4f, %.0f tok/s, %.1f s; checkpoint %s\n",
               static_cast<long long>(finalStep),
               static_cast<long long>(state.tokens), lastLoss, lastVal,
               result.tokensPerSecond, result.wallSeconds,
               checkpointPath.c_str());
  return result;
}
