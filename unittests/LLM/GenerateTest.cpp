//===- GenerateTest.cpp - KV-cache decoding, sampling, stopping -----------===//

#include "py2triton/LLM/Generate.h"

#include <gtest/gtest.h>

using namespace py2triton::llm;

namespace {

MinimalLLM tinyModel(int64_t vocab, uint64_t seed) {
  torch::manual_seed(seed);
  MinimalLLM model(ModelConfig::tiny(vocab));
  model->eval();
  return model;
}

/// Scales every matrix so that the random model's next-token distributions
/// are peaked rather than nearly uniform.
void sharpen(MinimalLLM &model, double factor) {
  torch::NoGradGuard noGrad;
  for (auto &p : model->parameters())
    if (p.dim() == 2)
      p.mul_(factor);
}

std::vector<int64_t> randomPrompt(int64_t length, int64_t vocab,
                                  uint64_t seed) {
  torch::manual_seed(seed);
  auto t = torch::randint(6, vocab, {length}, torch::kLong);
  return std::vector<int64_t>(t.data_ptr<int64_t>(),
                              t.data_ptr<int64_t>() + length);
}

} // namespace

TEST(GenerateTest, CacheMatchesFullRecomputation) {
  // Logits of prefill + chunked + one-token steps equal a full forward.
  MinimalLLM model = tinyModel(512, 0);
  torch::NoGradGuard noGrad;
  auto ids = torch::randint(0, 512, {2, 21}, torch::kLong);
  auto full = model->forward(ids);
  KVCache cache = model->makeCache(2, 32);
  std::vector<torch::Tensor> parts;
  parts.push_back(model->forward(ids.narrow(1, 0, 7), cache));
  parts.push_back(model->forward(ids.narrow(1, 7, 4), cache));
  for (int64_t t = 11; t < 21; ++t)
    parts.push_back(model->forward(ids.narrow(1, t, 1), cache));
  EXPECT_EQ(cache.length, 21);
  auto incremental = torch::cat(parts, 1);
  ASSERT_EQ(incremental.sizes(), full.sizes());
  for (int64_t t = 0; t < 21; ++t)
    EXPECT_TRUE(torch::allclose(incremental.select(1, t), full.select(1, t),
                                /*rtol=*/1e-4, /*atol=*/1e-4))
        << "position " << t;
}

TEST(GenerateTest, GreedyEqualsNoCache) {
  MinimalLLM model = tinyModel(512, 1);
  sharpen(model, 10.0);
  auto prompt = randomPrompt(9, 512, 2);
  SampleOptions options;
  options.maxNewTokens = 40;
  auto reference = generateNoCache(model, prompt, 40, /*stopId=*/-1);
  ASSERT_EQ(reference.size(), 40u);
  auto samples = generate(model, prompt, 3, options);
  ASSERT_EQ(samples.size(), 3u);
  for (const auto &s : samples)
    EXPECT_EQ(s, reference);
  // The greedy continuation is not a constant token (a meaningful check).
  EXPECT_NE(std::count(reference.begin(), reference.end(), reference[0]), 40);
}

TEST(GenerateTest, SeededSamplingIsReproducible) {
  MinimalLLM model = tinyModel(256, 3);
  auto prompt = randomPrompt(5, 256, 4);
  SampleOptions options;
  options.temperature = 1.0;
  options.topP = 0.95;
  options.maxNewTokens = 24;
  options.seed = 7;
  auto a = generate(model, prompt, 4, options);
  auto b = generate(model, prompt, 4, options);
  EXPECT_EQ(a, b);
  // Samples of one batch differ from each other, and another seed differs.
  EXPECT_NE(a[0], a[1]);
  options.seed = 8;
  EXPECT_NE(generate(model, prompt, 4, options), a);
}

TEST(GenerateTest, TinyTopPIsGreedy) {
  MinimalLLM model = tinyModel(256, 5);
  auto prompt = randomPrompt(6, 256, 6);
  SampleOptions greedy;
  greedy.maxNewTokens = 20;
  SampleOptions nucleus = greedy;
  nucleus.temperature = 1.5;
  nucleus.topP = 1e-6;
  nucleus.seed = 11;
  auto expected = generate(model, prompt, 1, greedy);
  EXPECT_EQ(generate(model, prompt, 3, nucleus),
            std::vector<std::vector<int64_t>>(3, expected[0]));
}

TEST(GenerateTest, GreedyStopsAtStopToken) {
  MinimalLLM model = tinyModel(512, 7);
  sharpen(model, 10.0);
  auto prompt = randomPrompt(8, 512, 8);
  auto reference = generateNoCache(model, prompt, 30, -1);
  // Stop at the first occurrence of the token generated at step 5.
  int64_t stop = reference[5];
  size_t firstStop =
      std::find(reference.begin(), reference.end(), stop) - reference.begin();
  SampleOptions options;
  options.maxNewTokens = 30;
  options.stopId = stop;
  auto samples = generate(model, prompt, 2, options);
  std::vector<int64_t> expected(reference.begin(),
                                reference.begin() + firstStop + 1);
  EXPECT_EQ(samples[0], expected);
  EXPECT_EQ(samples[1], expected);
  EXPECT_EQ(generateNoCache(model, prompt, 30, stop), expected);
}

TEST(GenerateTest, StoppedSamplesLeaveTheOthersRunning) {
  // With a small vocabulary some samples stop early; the others go on to
  // maxNewTokens, and every token is one their own prefix makes likely (so
  // the rows kept after pruning the batch still see their own cache).
  const int64_t vocab = 48, stop = 5, maxNew = 48;
  MinimalLLM model = tinyModel(vocab, 9);
  sharpen(model, 6.0);
  auto prompt = randomPrompt(4, vocab, 10);
  SampleOptions options;
  options.temperature = 1.0;
  options.topP = 0.6;
  options.maxNewTokens = maxNew;
  options.stopId = stop;
  options.seed = 3;
  auto samples = generate(model, prompt, 8, options);
  int stopped = 0, full = 0;
  torch::NoGradGuard noGrad;
  for (const auto &s : samples) {
    ASSERT_FALSE(s.empty());
    for (size_t i = 0; i + 1 < s.size(); ++i)
      EXPECT_NE(s[i], stop);
    if (s.back() == stop)
      ++stopped;
    else
      EXPECT_EQ(static_cast<int64_t>(s.size()), maxNew);
    full += static_cast<int64_t>(s.size()) == maxNew;
    // Recompute each step's nucleus without a cache.
    std::vector<int64_t> seq = prompt;
    seq.insert(seq.end(), s.begin(), s.end());
    auto ids = torch::tensor(seq, torch::kLong).view({1, -1});
    auto probs = torch::softmax(model->forward(ids)[0], -1);
    for (size_t i = 0; i < s.size(); ++i) {
      auto p = probs[prompt.size() - 1 + i];
      // Mass of the tokens strictly more likely than the chosen one.
      double above = p.masked_select(p > p[s[i]]).sum().item<double>();
      EXPECT_LT(above, options.topP + 1e-4) << "step " << i;
    }
  }
  EXPECT_GT(stopped, 0);
  EXPECT_GT(full, 0);
}

TEST(GenerateTest, LengthLimits) {
  MinimalLLM model = tinyModel(128, 11);
  auto prompt = randomPrompt(500, 128, 12);
  SampleOptions options;
  options.maxNewTokens = 50;
  // tiny has 512 positions: only 12 are left after the prompt.
  auto samples = generate(model, prompt, 2, options);
  EXPECT_EQ(samples[0].size(), 12u);
  options.maxNewTokens = 0;
  EXPECT_TRUE(generate(model, prompt, 1, options)[0].empty());
  EXPECT_THROW(generate(model, {}, 1, options), std::invalid_argument);
  EXPECT_THROW(generate(model, randomPrompt(512, 128, 1), 1, options),
               std::invalid_argument);
  EXPECT_THROW(generate(model, {1, 128}, 1, options), std::invalid_argument);
}

TEST(GenerateTest, BFloat16PackedDecoderMatchesModel) {
  // A bf16 model on the CPU decodes with packed weights; it follows the
  // model's own bf16 forward (peaked distributions leave no near-ties) and
  // stays close to the f32 model.
  MinimalLLM model = tinyModel(512, 13);
  sharpen(model, 3.0);
  auto prompt = randomPrompt(8, 512, 14);
  SampleOptions options;
  options.maxNewTokens = 24;
  auto f32 = generate(model, prompt, 1, options)[0];
  model->to(torch::kBFloat16);
  auto packed = generate(model, prompt, 2, options);
  options.packedCpuWeights = false;
  auto plain = generate(model, prompt, 1, options)[0];
  EXPECT_EQ(packed[0], plain);
  EXPECT_EQ(packed[1], plain);
  EXPECT_EQ(generateNoCache(model, prompt, 24, -1), plain);
  EXPECT_EQ(std::vector<int64_t>(plain.begin(), plain.begin() + 4),
            std::vector<int64_t>(f32.begin(), f32.begin() + 4));
  // Changed weights are repacked: a second model gives its own tokens.
  MinimalLLM other = tinyModel(512, 15);
  sharpen(other, 3.0);
  other->to(torch::kBFloat16);
  options.packedCpuWeights = true;
  auto otherPacked = generate(other, prompt, 1, options)[0];
  EXPECT_NE(otherPacked, plain);
  EXPECT_EQ(otherPacked, generateNoCache(other, prompt, 24, -1));
  {
    torch::NoGradGuard noGrad;
    other->norm->weight.mul_(-1.0);
  }
  // Negated logits: a stale packed head would keep the old first token.
  auto negated = generate(other, prompt, 1, options)[0];
  auto reference = generateNoCache(other, prompt, 24, -1);
  EXPECT_NE(negated[0], otherPacked[0]);
  EXPECT_EQ(std::vector<int64_t>(negated.begin(), negated.begin() + 8),
            std::vector<int64_t>(reference.begin(), reference.begin() + 8));
}

TEST(GenerateTest, BatchOfPromptsMatchesEachAlone) {
  // Prompts of different lengths decode together (left-padded, padding
  // masked): each row's greedy tokens equal its own generate(), in f32 and
  // with the packed bf16 CPU decoder; logits of a padded prefill equal the
  // unpadded ones.
  MinimalLLM model = tinyModel(512, 17);
  sharpen(model, 10.0);
  std::vector<std::vector<int64_t>> prompts = {
      randomPrompt(5, 512, 18), randomPrompt(13, 512, 19),
      randomPrompt(1, 512, 20), randomPrompt(9, 512, 21)};
  SampleOptions options;
  options.maxNewTokens = 24;
  auto batch = generateBatch(model, prompts, 2, options);
  ASSERT_EQ(batch.size(), prompts.size());
  for (size_t p = 0; p < prompts.size(); ++p) {
    auto alone = generate(model, prompts[p], 1, options)[0];
    ASSERT_EQ(batch[p].size(), 2u);
    EXPECT_EQ(batch[p][0], alone) << "prompt " << p;
    EXPECT_EQ(batch[p][1], alone) << "prompt " << p;
  }
  {
    torch::NoGradGuard noGrad;
    KVCache cache = model->makeCache(1, 16);
    cache.valid = torch::ones({1, 16}, torch::kBool);
    cache.valid.narrow(1, 0, 8).fill_(false);
    auto ids = torch::zeros({1, 13}, torch::kLong); // 8 pads + 5 tokens
    ids.narrow(1, 8, 5).copy_(torch::tensor(prompts[0], torch::kLong));
    auto all = model->forward(ids, cache);
    auto padded = all.narrow(1, 8, 5);
    auto alone =
        model->forward(torch::tensor(prompts[0], torch::kLong).view({1, -1}));
    EXPECT_TRUE(torch::allclose(padded, alone, 1e-4, 1e-4));
    EXPECT_TRUE(torch::isfinite(all).all().item<bool>()); // pads included
  }
  model->to(torch::kBFloat16);
  auto packed = generateBatch(model, prompts, 1, options);
  options.packedCpuWeights = false;
  for (size_t p = 0; p < prompts.size(); ++p) {
    // bf16 rounds differently at shifted positions: the first tokens agree.
    auto alone = generate(model, prompts[p], 1, options)[0];
    EXPECT_EQ(std::vector<int64_t>(packed[p][0].begin(),
                                   packed[p][0].begin() + 4),
              std::vector<int64_t>(alone.begin(), alone.begin() + 4))
        << "prompt " << p;
  }
}
