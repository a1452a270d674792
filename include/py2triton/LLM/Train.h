//===- Train.h - The training loop of py2triton-train -----------*- C++ -*-===//
//
// Muon for the 2-D weights inside the layers (wqkv, wo, w_gate_up, w_down),
// AdamW for the tied embedding and the norm weights; linear warm-up then
// cosine decay; gradient accumulation and global gradient-norm clipping;
// bf16 autocast on CUDA. `Trainer` is one optimization step on given
// batches (tests drive it with synthetic tensors); `train` is the whole run
// of py2triton-train: data, evaluation, JSONL log, progress line,
// checkpoints and exact resume.
//
// outDir/checkpoint.pt is a torch::serialize archive:
//   format      "py2triton-train-checkpoint-v1"
//   config      ModelConfig::toJson()
//   options     trainOptionsToJson()
//   step, tokens, counted_tokens, batcher_epoch, batcher_cursor (int)
//   elapsed_s   (double)
//   model       MinimalLLM::save (float32 parameters by name)
//   muon        buf.<i>: momentum buffers in Muon parameter order
//   adamw       torch::optim::AdamW::save
//   rng_cpu     [rng_cuda]: generator states
//
//===----------------------------------------------------------------------===//

#ifndef PY2TRITON_LLM_TRAIN_H
#define PY2TRITON_LLM_TRAIN_H

#include "py2triton/LLM/Config.h"
#include "py2triton/LLM/Data.h"
#include "py2triton/LLM/Model.h"
#include "py2triton/LLM/Muon.h"

#include <torch/torch.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace py2triton::llm {

struct TrainOptions {
  std::string config = "tiny"; // tiny | base
  std::string trainData;       // *.tok
  std::string valData;         // *.tok (optional)
  std::string tokenizerDir;    // copied into released checkpoints
  std::string outDir = "runs/llm";
  int64_t vocabSize = 8192;
  int64_t seqLen = 512;
  int64_t microBatch = 24;
  int64_t gradAccum = 4;
  int64_t maxSteps = 1000;
  /// Stop (checkpoint, evaluate) after this step although the schedule runs
  /// to maxSteps: one run split over sessions. 0 = run to maxSteps.
  int64_t stopAtStep = 0;
  /// Stop (and checkpoint) after this many seconds of training; 0 = none.
  double timeBudgetS = 0;
  double muonLr = 0.02, adamLr = 3e-3, adamBeta1 = 0.9, adamBeta2 = 0.95;
  double weightDecay = 0.0;
  int64_t warmupSteps = 50;
  double minLrRatio = 0.1;
  double clipNorm = 1.0;
  int64_t evalEvery = 100, evalBatches = 16;
  int64_t checkpointEvery = 200;
  int64_t logEvery = 10;
  uint64_t seed = 0;
  std::string device = "auto"; // auto | cpu | cuda
  bool bf16 = true;            // autocast on CUDA
  bool resume = false;         // continue from outDir/checkpoint.pt
  /// Peak dense bf16 FLOP/s for the MFU figure (0 = from the device name).
  double peakFlops = 0;
  /// After training, write a release (Checkpoint.h) here, with the
  /// tokenizer's files, and evaluate the released (e.g. int8) weights on the
  /// validation batches. Empty = no release.
  std::string releaseDir;
  std::string releaseFormat = "int8"; // f32 | bf16 | int8
};

struct TrainResult {
  int64_t steps = 0;
  int64_t tokens = 0;
  double trainLoss = 0, valLoss = 0;
  double tokensPerSecond = 0, mfu = 0;
  double wallSeconds = 0;
  /// Loss-counted (answer) tokens, and whether timeBudgetS ended the run.
  int64_t countedTokens = 0;
  bool stoppedByBudget = false;
  /// With a release: its bytes, and the validation loss of its weights
  /// (NaN without validation data).
  int64_t releaseBytes = 0;
  double releaseValLoss = 0;
};

/// Runs training; writes outDir/log.jsonl, outDir/checkpoint.pt. Throws
/// std::runtime_error on bad options or data.
TrainResult train(const TrainOptions &options);

/// Learning-rate multiplier of 0-based step `step`: (step + 1) / warmup
/// during warm-up, then cosine from 1 down to minLrRatio at maxSteps - 1.
double lrFactor(int64_t step, int64_t warmupSteps, int64_t maxSteps,
                double minLrRatio);

/// Training FLOPs per token: 6 N_nonembed + 6 V D (the tied head) +
/// 12 L D T (attention scores and values), N_nonembed from the config.
double trainFlopsPerToken(const ModelConfig &config, int64_t seqLen);

/// Peak dense bf16 FLOP/s of a device by name (H100/H200 SXM: 989e12,
/// H100 PCIe: 756e12); 0 when unknown (MFU is then not reported).
double peakFlopsForDevice(const std::string &deviceName);

/// "auto" (CUDA when available), "cpu" or "cuda[:N]"; throws
/// std::runtime_error for anything else or CUDA without a GPU.
torch::Device resolveDevice(const std::string &name);

/// A human-readable device name ("cpu", or the GPU's model, e.g.
/// "NVIDIA H100 80GB HBM3", read from the driver).
std::string deviceName(torch::Device device);

/// All options as one JSON object (the log's first record, checkpoints).
std::string trainOptionsToJson(const TrainOptions &options);

/// The model and its two optimizers; one call of step() is one optimizer
/// step (all gradient-accumulation micro-batches).
class Trainer {
public:
  /// Builds the model with the current torch RNG (seed it first) on the CPU,
  /// moves it to `device`, and splits the parameters between the optimizers.
  Trainer(const ModelConfig &config, const TrainOptions &options,
          torch::Device device);

  /// One optimizer step at schedule position stepCount(): every micro-batch
  /// (inputs/targets on any device) is forward + backward with its mean loss
  /// over counted tokens divided by the number of micro-batches; then
  /// clipping, Muon and AdamW at lr * lrFactor, zeroed gradients. Returns
  /// the mean micro-batch loss, a float32 scalar on the device (reading it
  /// synchronizes; the loop only does so when it logs).
  torch::Tensor step(const std::vector<Batch> &microBatches);

  /// Mean loss per counted token over `batches` (no gradients).
  double evalLoss(const std::vector<Batch> &batches);

  int64_t stepCount() const { return step_; }
  /// The multiplier step() used last (1 before any step).
  double lastLrFactor() const { return lastFactor_; }
  /// The global gradient norm before clipping of the last step (a scalar
  /// tensor on the device; undefined before any step).
  const torch::Tensor &lastGradNorm() const { return lastGradNorm_; }

  MinimalLLM &model() { return model_; }
  Muon &muon() { return *muon_; }
  torch::optim::AdamW &adamw() { return *adamw_; }
  torch::Device device() const { return device_; }
  /// Parameter names in each optimizer, in their order.
  const std::vector<std::string> &muonNames() const { return muonNames_; }
  const std::vector<std::string> &adamwNames() const { return adamwNames_; }

  /// Writes/reads the entries "config", "step", "model", "muon", "adamw".
  /// load() throws std::runtime_error when the config differs.
  void save(torch::serialize::OutputArchive &archive);
  void load(torch::serialize::InputArchive &archive);

private:
  /// Forward + loss (sum over counted tokens / their count, float32) under
  /// autocast when enabled.
  torch::Tensor loss(const Batch &batch, torch::Tensor *count = nullptr);

  TrainOptions options_;
  torch::Device device_;
  bool autocast_;
  MinimalLLM model_;
  std::unique_ptr<Muon> muon_;
  std::unique_ptr<torch::optim::AdamW> adamw_;
  std::vector<torch::Tensor> allParams_;
  std::vector<std::string> muonNames_, adamwNames_;
  int64_t step_ = 0;
  double lastFactor_ = 1.0;
  torch::Tensor lastGradNorm_;
};

/// The model of a training checkpoint (outDir/checkpoint.pt), float32 on
/// `device`. Throws std::runtime_error naming the file when it cannot be
/// read or is not a training checkpoint.
MinimalLLM loadTrainingCheckpoint(const std::string &path,
                                  torch::Device device = torch::kCPU);

} // namespace py2triton::llm

#endif // PY2TRITON_LLM_TRAIN_H
