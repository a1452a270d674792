//===- TrainTest.cpp - Trainer steps, schedule, checkpoints, train() ------===//
//
// All on the CPU with the tiny config. The Trainer tests use synthetic token
// tensors; the train() tests write a small synthetic .tok file (examples
// <prompt> ... <answer> ... <end>) and use the Batcher of Data.h.
//
//===----------------------------------------------------------------------===//

#include "py2triton/LLM/Train.h"
#include "py2triton/LLM/Checkpoint.h"
#include "py2triton/LLM/Tokenizer.h"

#include "SingleThreadTest.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <regex>
#include <sstream>

using namespace py2triton::llm;
namespace fs = std::filesystem;

namespace {

/// Options for fast CPU tests: tiny model, short sequences.
TrainOptions tinyOptions(int64_t vocab = 512) {
  TrainOptions o;
  o.config = "tiny";
  o.vocabSize = vocab;
  o.seqLen = 32;
  o.microBatch = 4;
  o.gradAccum = 2;
  o.maxSteps = 20;
  o.warmupSteps = 3;
  o.device = "cpu";
  o.logEvery = 1;
  o.evalEvery = 0;
  o.checkpointEvery = 0;
  return o;
}

/// `count` batches of random tokens; targets are the inputs shifted by one,
/// with the first `unmasked` positions of every row not counted.
std::vector<Batch> randomBatches(int64_t count, int64_t b, int64_t t,
                                 int64_t vocab, uint64_t seed,
                                 int64_t unmasked = 0) {
  auto gen = at::detail::createCPUGenerator(seed);
  std::vector<Batch> out;
  for (int64_t i = 0; i < count; ++i) {
    auto row = torch::randint(SpecialIds::End + 1, vocab, {b, t + 1}, gen,
                              torch::kLong);
    Batch batch;
    batch.inputs = row.narrow(1, 0, t).contiguous();
    batch.targets = row.narrow(1, 1, t).clone();
    batch.targets.narrow(1, 0, unmasked).fill_(-100);
    batch.countedTokens = b * (t - unmasked);
    out.push_back(batch);
  }
  return out;
}

std::vector<double> runSteps(Trainer &trainer, const std::vector<Batch> &data,
                             int64_t accum, int64_t steps) {
  std::vector<double> losses;
  for (int64_t s = 0; s < steps; ++s) {
    std::vector<Batch> micro;
    for (int64_t i = 0; i < accum; ++i)
      micro.push_back(data[(s * accum + i) % data.size()]);
    losses.push_back(trainer.step(micro).item<double>());
  }
  return losses;
}

std::string tempDir(const std::string &name) {
  auto dir = fs::path(testing::TempDir()) /
             ("py2triton-train-" + name + "-" +
              std::to_string(
                  std::chrono::steady_clock::now().time_since_epoch().count()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir.string();
}

/// A .tok file of `examples` examples: <prompt> 4..12 tokens <answer>
/// 4..12 tokens <end>, from a fixed generator.
std::string writeTokens(const std::string &dir, const std::string &name,
                        int64_t examples, int64_t vocab, uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<uint16_t> tokens;
  for (int64_t e = 0; e < examples; ++e) {
    tokens.push_back(SpecialIds::Prompt);
    for (int64_t i = 0, n = 4 + rng() % 9; i < n; ++i)
      tokens.push_back(SpecialIds::End + 1 + rng() % (vocab - 6));
    tokens.push_back(SpecialIds::Answer);
    for (int64_t i = 0, n = 4 + rng() % 9; i < n; ++i)
      tokens.push_back(SpecialIds::End + 1 + rng() % (vocab - 6));
    tokens.push_back(SpecialIds::End);
  }
  std::string path = (fs::path(dir) / name).string();
  TokenDataset(tokens).save(path);
  return path;
}

std::vector<std::string> readLines(const std::string &path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);)
    lines.push_back(line);
  return lines;
}

/// step -> the "loss" field of the train records of a log.jsonl.
std::map<int64_t, std::string> trainLosses(const std::string &logPath) {
  std::map<int64_t, std::string> out;
  std::regex record("^\\{\"step\": (\\d+), \"loss\": ([^,]+),");
  for (const auto &line : readLines(logPath)) {
    std::smatch m;
    if (std::regex_search(line, m, record))
      out[std::stoll(m[1])] = m[2];
  }
  return out;
}

} // namespace

class TrainTest : public SingleThreadTest {};

TEST_F(TrainTest, WarmupCosineSchedule) {
  // 10 warm-up steps, then cosine over steps 10 .. 109 down to 0.1.
  EXPECT_DOUBLE_EQ(lrFactor(0, 10, 110, 0.1), 0.1);
  EXPECT_DOUBLE_EQ(lrFactor(4, 10, 110, 0.1), 0.5);
  EXPECT_DOUBLE_EQ(lrFactor(9, 10, 110, 0.1), 1.0);
  EXPECT_DOUBLE_EQ(lrFactor(10, 10, 110, 0.1), 1.0);
  // A third of the way: 0.1 + 0.9 * (1 + cos(pi / 3)) / 2 = 0.775.
  EXPECT_NEAR(lrFactor(43, 10, 110, 0.1), 0.775, 1e-12);
  EXPECT_NEAR(lrFactor(109, 10, 110, 0.1), 0.1, 1e-12);
  EXPECT_NEAR(lrFactor(500, 10, 110, 0.1), 0.1, 1e-12);
  for (int64_t s = 10; s < 109; ++s)
    EXPECT_LT(lrFactor(s + 1, 10, 110, 0.1), lrFactor(s, 10, 110, 0.1));
  // No warm-up: full rate at step 0; min ratio 0 reaches 0.
  EXPECT_DOUBLE_EQ(lrFactor(0, 0, 100, 0.0), 1.0);
  EXPECT_NEAR(lrFactor(99, 0, 100, 0.0), 0.0, 1e-12);
}

TEST_F(TrainTest, FlopsAndPeak) {
  for (const char *name : {"tiny", "base"}) {
    ModelConfig c = ModelConfig::byName(name, 8192);
    MinimalLLM model(c);
    double nonEmbedding = double(model->numParameters() - c.vocabSize * c.dim);
    double expected = 6 * nonEmbedding + 6.0 * c.vocabSize * c.dim +
                      12.0 * c.numLayers * c.dim * 512;
    EXPECT_DOUBLE_EQ(trainFlopsPerToken(c, 512), expected) << name;
  }
  EXPECT_EQ(peakFlopsForDevice("NVIDIA H100 80GB HBM3"), 989e12);
  EXPECT_EQ(peakFlopsForDevice("NVIDIA H200"), 989e12);
  EXPECT_EQ(peakFlopsForDevice("NVIDIA H100 PCIe"), 756e12);
  EXPECT_EQ(peakFlopsForDevice("cpu"), 0);
  EXPECT_EQ(resolveDevice("cpu"), torch::Device(torch::kCPU));
  EXPECT_THROW(resolveDevice("tpu"), std::runtime_error);
  EXPECT_EQ(deviceName(torch::kCPU), "cpu");
}

TEST_F(TrainTest, OptimizerSplit) {
  torch::manual_seed(0);
  TrainOptions o = tinyOptions();
  Trainer trainer(ModelConfig::tiny(o.vocabSize), o, torch::kCPU);
  const auto &muon = trainer.muonNames();
  const auto &adamw = trainer.adamwNames();
  ASSERT_EQ(muon.size(), 8u); // 2 layers x (wqkv, wo, w_gate_up, w_down)
  EXPECT_EQ(muon[0], "layers.0.attn.wqkv.weight");
  for (const auto &n : muon)
    EXPECT_EQ(n.rfind("layers.", 0), 0u) << n;
  // tok_emb + 2 norms per layer + the final norm.
  ASSERT_EQ(adamw.size(), 6u);
  EXPECT_EQ(adamw.front(), "tok_emb.weight");
  EXPECT_EQ(adamw.back(), "norm.weight");
  EXPECT_EQ(trainer.muon().params().size(), 8u);
}

TEST_F(TrainTest, TinyOverfitsEightExamples) {
  // One batch of 8 sequences of 32 random tokens over the full 8192-token
  // vocabulary, every position counted: from ~ln 8192 = 9.0 to < 0.1 in 30
  // steps (it reaches ~0.003; ~1 s unloaded).
  torch::manual_seed(0);
  TrainOptions o = tinyOptions(8192);
  o.maxSteps = 30;
  o.warmupSteps = 3;
  o.minLrRatio = 1.0;
  o.adamLr = 1e-2;
  o.gradAccum = 1;
  Trainer trainer(ModelConfig::tiny(o.vocabSize), o, torch::kCPU);
  auto batch = randomBatches(1, 8, 32, o.vocabSize, 7);
  auto losses = runSteps(trainer, batch, 1, o.maxSteps);
  EXPECT_GT(losses.front(), 8.5);
  EXPECT_LT(losses.back(), 0.1);
  EXPECT_EQ(trainer.stepCount(), 30);
}

TEST_F(TrainTest, SameSeedSameLosses) {
  TrainOptions o = tinyOptions();
  auto data = randomBatches(6, 4, 32, o.vocabSize, 11, /*unmasked=*/8);
  auto run = [&](uint64_t seed) {
    torch::manual_seed(seed);
    Trainer trainer(ModelConfig::tiny(o.vocabSize), o, torch::kCPU);
    return runSteps(trainer, data, o.gradAccum, 4);
  };
  auto a = run(5), b = run(5), c = run(6);
  EXPECT_EQ(a, b); // bit for bit
  EXPECT_NE(a, c);
  EXPECT_LT(a.back(), a.front());
}

TEST_F(TrainTest, LossCountsOnlyTargets) {
  // Uncounted positions (-100) do not change the loss; a batch without any
  // counted position gives 0, not NaN.
  torch::manual_seed(0);
  TrainOptions o = tinyOptions();
  Trainer trainer(ModelConfig::tiny(o.vocabSize), o, torch::kCPU);
  auto batch = randomBatches(1, 2, 16, o.vocabSize, 3, /*unmasked=*/10);
  auto logits = trainer.model()->forward(batch[0].inputs);
  double expected = lmLoss(logits, batch[0].targets).item<double>();
  EXPECT_NEAR(trainer.evalLoss(batch), expected, 1e-5);
  Batch empty = batch[0];
  empty.targets = torch::full_like(empty.targets, -100);
  double before = trainer.evalLoss(batch);
  auto loss = trainer.step({empty});
  EXPECT_EQ(loss.item<double>(), 0.0);
  EXPECT_TRUE(std::isnan(trainer.evalLoss({empty})));
  // Zero gradients leave the weights unchanged.
  EXPECT_NEAR(trainer.evalLoss(batch), before, 1e-6);
}

TEST_F(TrainTest, GradientClipping) {
  // After one step the optimizers' first moments hold the (clipped)
  // gradient: Muon's buffer = g, AdamW's exp_avg = (1 - beta1) g. Their
  // global norm is the clip norm when clipping is on, the raw norm when off.
  auto data = randomBatches(2, 4, 32, 512, 4);
  auto firstMomentNorm = [&](double clip, double *rawNorm) {
    torch::manual_seed(0);
    TrainOptions o = tinyOptions();
    o.clipNorm = clip;
    Trainer trainer(ModelConfig::tiny(o.vocabSize), o, torch::kCPU);
    trainer.step(data);
    *rawNorm = trainer.lastGradNorm().item<double>();
    double sq = 0;
    for (const auto &b : trainer.muon().momentumBuffers())
      sq += b.pow(2).sum().item<double>();
    for (const auto &p : trainer.adamw().param_groups()[0].params()) {
      auto &st = static_cast<torch::optim::AdamWParamState &>(
          *trainer.adamw().state().at(p.unsafeGetTensorImpl()));
      sq += (st.exp_avg() / (1 - o.adamBeta1)).pow(2).sum().item<double>();
    }
    return std::sqrt(sq);
  };
  double raw = 0, raw2 = 0;
  double unclipped = firstMomentNorm(0.0, &raw);
  EXPECT_GT(raw, 0.05);
  EXPECT_NEAR(unclipped, raw, 1e-4 * raw);
  double clipped = firstMomentNorm(0.01, &raw2);
  EXPECT_EQ(raw2, raw); // reported before clipping
  EXPECT_NEAR(clipped, 0.01, 1e-5);
  // A clip norm above the gradient norm changes nothing.
  EXPECT_NEAR(firstMomentNorm(1e6, &raw2), raw, 1e-4 * raw);
}

TEST_F(TrainTest, TrainerCheckpointResumesExactly) {
  TrainOptions o = tinyOptions();
  o.maxSteps = 6;
  auto data = randomBatches(5, 4, 32, o.vocabSize, 9, /*unmasked=*/4);
  torch::manual_seed(1);
  Trainer straight(ModelConfig::tiny(o.vocabSize), o, torch::kCPU);
  auto all = runSteps(straight, data, o.gradAccum, 6);

  torch::manual_seed(1);
  Trainer first(ModelConfig::tiny(o.vocabSize), o, torch::kCPU);
  auto head = runSteps(first, data, o.gradAccum, 3);
  std::string path = tempDir("trainer") + "/state.pt";
  {
    torch::serialize::OutputArchive archive;
    first.save(archive);
    archive.save_to(path);
  }
  // A differently initialized trainer takes everything from the file.
  torch::manual_seed(2);
  Trainer second(ModelConfig::tiny(o.vocabSize), o, torch::kCPU);
  torch::serialize::InputArchive archive;
  archive.load_from(path);
  second.load(archive);
  EXPECT_EQ(second.stepCount(), 3);
  // Continue with the micro-batches steps 3.. use.
  std::vector<double> tail;
  for (int64_t s = 3; s < 6; ++s) {
    std::vector<Batch> micro;
    for (int64_t i = 0; i < o.gradAccum; ++i)
      micro.push_back(data[(s * o.gradAccum + i) % data.size()]);
    tail.push_back(second.step(micro).item<double>());
  }
  head.insert(head.end(), tail.begin(), tail.end());
  EXPECT_EQ(head, all);
  auto a = straight.model()->named_parameters();
  auto b = second.model()->named_parameters();
  for (const auto &p : a)
    EXPECT_TRUE(torch::equal(p.value(), b[p.key()])) << p.key();

  // Another model shape is refused.
  TrainOptions other = o;
  Trainer small(ModelConfig::tiny(256), other, torch::kCPU);
  torch::serialize::InputArchive again;
  again.load_from(path);
  EXPECT_THROW(small.load(again), std::runtime_error);
}

TEST_F(TrainTest, TrainWritesLogAndCheckpointAndResumesExactly) {
  std::string dir = tempDir("run");
  TrainOptions o = tinyOptions();
  o.trainData = writeTokens(dir, "train.tok", 60, o.vocabSize, 1);
  o.valData = writeTokens(dir, "val.tok", 12, o.vocabSize, 2);
  o.maxSteps = 6;
  o.evalEvery = 3;
  o.evalBatches = 2;
  o.checkpointEvery = 3;
  o.logEvery = 1;
  o.seed = 3;

  // Uninterrupted.
  o.outDir = dir + "/straight";
  TrainResult r = train(o);
  EXPECT_EQ(r.steps, 6);
  EXPECT_EQ(r.tokens, 6 * o.gradAccum * o.microBatch * o.seqLen);
  EXPECT_GT(r.countedTokens, 0);
  EXPECT_LT(r.countedTokens, r.tokens);
  EXPECT_TRUE(std::isfinite(r.valLoss));
  EXPECT_FALSE(r.stoppedByBudget);
  auto lines = readLines(o.outDir + "/log.jsonl");
  ASSERT_GE(lines.size(), 10u);
  EXPECT_NE(lines[0].find("\"event\": \"start\""), std::string::npos);
  EXPECT_NE(lines[0].find("\"parameters\": "), std::string::npos);
  EXPECT_NE(lines[0].find("\"device\": \"cpu\""), std::string::npos);
  EXPECT_NE(lines[1].find("\"tokens_per_s\""), std::string::npos);
  EXPECT_NE(lines[1].find("\"mfu\": null"), std::string::npos);
  int valRecords = 0;
  for (const auto &l : lines)
    valRecords += l.find("\"val_loss\"") != std::string::npos &&
                  l.find("\"event\"") == std::string::npos;
  EXPECT_EQ(valRecords, 2); // steps 3 and 6
  auto straight = trainLosses(o.outDir + "/log.jsonl");
  ASSERT_EQ(straight.size(), 6u);
  EXPECT_TRUE(fs::exists(o.outDir + "/checkpoint.pt"));
  EXPECT_FALSE(fs::exists(o.outDir + "/checkpoint.pt.tmp"));

  // Interrupted after step 3 (without changing the schedule), then resumed.
  o.outDir = dir + "/resumed";
  o.stopAtStep = 3;
  EXPECT_EQ(train(o).steps, 3);
  o.stopAtStep = 0;
  o.resume = true;
  TrainResult r2 = train(o);
  EXPECT_EQ(r2.steps, 6);
  EXPECT_EQ(r2.tokens, r.tokens);
  EXPECT_EQ(r2.countedTokens, r.countedTokens);
  EXPECT_EQ(r2.valLoss, r.valLoss);
  EXPECT_EQ(trainLosses(o.outDir + "/log.jsonl"), straight);

  // The final weights are identical.
  auto a = loadTrainingCheckpoint(dir + "/straight/checkpoint.pt");
  auto b = loadTrainingCheckpoint(dir + "/resumed/checkpoint.pt");
  auto ids = torch::randint(6, o.vocabSize, {2, 16}, torch::kLong);
  EXPECT_TRUE(torch::equal(a->forward(ids), b->forward(ids)));
  fs::remove_all(dir);
}

TEST_F(TrainTest, TimeBudgetStopsCleanly) {
  std::string dir = tempDir("budget");
  TrainOptions o = tinyOptions();
  o.trainData = writeTokens(dir, "train.tok", 30, o.vocabSize, 1);
  o.maxSteps = 1000000;
  o.timeBudgetS = 1.0;
  o.logEvery = 5;
  o.outDir = dir + "/out";
  TrainResult r = train(o);
  EXPECT_TRUE(r.stoppedByBudget);
  EXPECT_GT(r.steps, 0);
  EXPECT_LT(r.steps, 1000000);
  EXPECT_LT(r.wallSeconds, 10.0);
  auto model = loadTrainingCheckpoint(o.outDir + "/checkpoint.pt");
  EXPECT_EQ(model->config().vocabSize, o.vocabSize);
  // The last step is logged even off the log interval.
  auto losses = trainLosses(o.outDir + "/log.jsonl");
  ASSERT_FALSE(losses.empty());
  EXPECT_EQ(losses.rbegin()->first, r.steps);
  fs::remove_all(dir);
}

TEST_F(TrainTest, ReleaseAfterTrainingIsEvaluated) {
  std::string dir = tempDir("release");
  TrainOptions o = tinyOptions();
  o.trainData = writeTokens(dir, "train.tok", 40, o.vocabSize, 1);
  o.valData = writeTokens(dir, "val.tok", 12, o.vocabSize, 2);
  o.maxSteps = 4;
  o.evalBatches = 2;
  o.outDir = dir + "/out";
  fs::create_directories(dir + "/tok");
  std::ofstream(dir + "/tok/tokenizer.vocab") << "piece\tNORMAL\n";

  // f32: the released weights are the trained ones, so is the loss.
  o.releaseDir = dir + "/f32";
  o.releaseFormat = "f32";
  o.tokenizerDir = dir + "/tok";
  TrainResult f = train(o);
  EXPECT_GT(f.releaseBytes, 0);
  EXPECT_EQ(readReleaseInfo(o.releaseDir).format, WeightFormat::Float32);
  EXPECT_TRUE(fs::exists(o.releaseDir + "/tokenizer.vocab"));
  EXPECT_DOUBLE_EQ(f.releaseValLoss, f.valLoss);
  auto trained = loadTrainingCheckpoint(o.outDir + "/checkpoint.pt");
  auto released = loadRelease(o.releaseDir);
  auto ids = torch::randint(6, o.vocabSize, {2, 16}, torch::kLong);
  EXPECT_TRUE(torch::equal(trained->forward(ids), released->forward(ids)));

  // int8: a quarter of the bytes, a loss that differs a little, and the
  // trained weights (the checkpoint) are not the quantized ones.
  o.outDir = dir + "/out8";
  o.releaseDir = dir + "/int8";
  o.releaseFormat = "int8";
  TrainResult q = train(o);
  EXPECT_EQ(q.valLoss, f.valLoss); // same seed, same training
  EXPECT_LT(q.releaseBytes, f.releaseBytes / 2);
  EXPECT_NE(q.releaseValLoss, q.valLoss);
  EXPECT_NEAR(q.releaseValLoss, q.valLoss, 0.05);
  auto trained8 = loadTrainingCheckpoint(o.outDir + "/checkpoint.pt");
  EXPECT_TRUE(torch::equal(trained->forward(ids), trained8->forward(ids)));

  TrainOptions bad = o;
  bad.releaseFormat = "fp8";
  EXPECT_THROW(train(bad), std::runtime_error);
  fs::remove_all(dir);
}

TEST_F(TrainTest, BadOptionsAndData) {
  std::string dir = tempDir("errors");
  TrainOptions o = tinyOptions();
  o.outDir = dir + "/out";
  o.trainData = dir + "/missing.tok";
  EXPECT_THROW(train(o), std::runtime_error);
  o.trainData = writeTokens(dir, "train.tok", 10, o.vocabSize, 1);
  TrainOptions big = o;
  big.vocabSize = 64; // the data has larger ids
  EXPECT_THROW(train(big), std::runtime_error);
  TrainOptions longSeq = o;
  longSeq.seqLen = 4096; // tiny has 512 positions
  EXPECT_THROW(train(longSeq), std::runtime_error);
  TrainOptions resume = o;
  resume.resume = true; // nothing to resume from
  EXPECT_THROW(train(resume), std::runtime_error);
  TrainOptions config = o;
  config.config = "huge";
  EXPECT_THROW(train(config), std::runtime_error);
  EXPECT_THROW(loadTrainingCheckpoint(o.trainData), std::runtime_error);
  EXPECT_FALSE(fs::exists(dir + "/out/checkpoint.pt"));
  fs::remove_all(dir);
}
