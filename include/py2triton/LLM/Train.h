//===- Train.h - The training loop of py2triton-train -----------*- C++ -*-===//

#ifndef PY2TRITON_LLM_TRAIN_H
#define PY2TRITON_LLM_TRAIN_H

#include "py2triton/LLM/Config.h"

#include <cstdint>
#include <string>

namespace py2triton::llm {

struct TrainOptions {
  std::string config = "tiny";   // tiny | base
  std::string trainData;         // *.tok
  std::string valData;           // *.tok (optional)
  std::string tokenizerDir;      // copied into released checkpoints
  std::string outDir = "runs/llm";
  int64_t vocabSize = 8192;
  int64_t seqLen = 512;
  int64_t microBatch = 24;
  int64_t gradAccum = 4;
  int64_t maxSteps = 1000;
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
  std::string device = "auto";   // auto | cpu | cuda
  bool bf16 = true;              // autocast on CUDA
  bool resume = false;           // continue from outDir/checkpoint.pt
  /// Peak dense bf16 FLOP/s for the MFU figure (0 = from the device name).
  double peakFlops = 0;
};

struct TrainResult {
  int64_t steps = 0;
  int64_t tokens = 0;
  double trainLoss = 0, valLoss = 0;
  double tokensPerSecond = 0, mfu = 0;
  double wallSeconds = 0;
};

/// Runs training; writes outDir/log.jsonl, outDir/checkpoint.pt. Throws
/// std::runtime_error on bad options or data.
TrainResult train(const TrainOptions &options);

} // namespace py2triton::llm

#endif // PY2TRITON_LLM_TRAIN_H
