//===- ModelTest.cpp - MinimalLLM shapes, sizes, causality ----------------===//

#include "py2triton/LLM/Model.h"

#include <gtest/gtest.h>

using namespace py2triton::llm;

TEST(ModelTest, TinyShapesAndSize) {
  torch::manual_seed(0);
  MinimalLLM model(ModelConfig::tiny(8192));
  auto ids = torch::randint(0, 8192, {2, 17}, torch::kLong);
  auto logits = model->forward(ids);
  EXPECT_EQ(logits.sizes(), (std::vector<int64_t>{2, 17, 8192}));
  EXPECT_LE(model->numParameters(), 2'000'000);
  EXPECT_TRUE(torch::isfinite(logits).all().item<bool>());
}

TEST(ModelTest, BaseIsAboutFiftyMillion) {
  MinimalLLM model(ModelConfig::base(8192));
  int64_t n = model->numParameters();
  EXPECT_GT(n, 45'000'000);
  EXPECT_LT(n, 55'000'000);
}

TEST(ModelTest, Causal) {
  // Changing a later token leaves earlier positions' logits unchanged.
  torch::manual_seed(1);
  MinimalLLM model(ModelConfig::tiny(512));
  auto ids = torch::randint(0, 512, {1, 12}, torch::kLong);
  auto changed = ids.clone();
  changed[0][8] = (ids[0][8].item<int64_t>() + 1) % 512;
  auto a = model->forward(ids), b = model->forward(changed);
  EXPECT_TRUE(torch::allclose(a.narrow(1, 0, 8), b.narrow(1, 0, 8)));
  EXPECT_FALSE(torch::allclose(a.narrow(1, 8, 4), b.narrow(1, 8, 4)));
}

TEST(ModelTest, ConfigJsonRoundTrip) {
  ModelConfig c = ModelConfig::base(8000);
  ModelConfig d = ModelConfig::fromJson(c.toJson());
  EXPECT_EQ(d.toJson(), c.toJson());
  EXPECT_THROW(ModelConfig::fromJson("{\"name\": \"x\"}"), std::runtime_error);
}
