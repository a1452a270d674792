//===- MuonTest.cpp - Newton-Schulz orthogonalization and Muon steps ------===//

#include "py2triton/LLM/Muon.h"

#include "SingleThreadTest.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace py2triton::llm;

namespace {

/// A rows x cols matrix with singular values log-spaced in [smin, 1] and
/// random singular vectors (condition number 1 / smin).
torch::Tensor withSpectrum(int64_t rows, int64_t cols, double smin) {
  int64_t k = std::min(rows, cols);
  auto u = std::get<0>(torch::linalg_qr(torch::randn({rows, k})));
  auto v = std::get<0>(torch::linalg_qr(torch::randn({cols, k})));
  auto s = torch::logspace(std::log10(smin), 0, k);
  return torch::matmul(u * s, v.t());
}

/// The exact polar factor U V^T of g.
torch::Tensor polar(const torch::Tensor &g) {
  auto [u, s, vh] = torch::linalg_svd(g.to(torch::kFloat64), false);
  return torch::matmul(u, vh);
}

void expectOrthogonalized(const torch::Tensor &g) {
  auto o = newtonSchulz5(g);
  ASSERT_EQ(o.sizes(), g.sizes());
  ASSERT_EQ(o.scalar_type(), g.scalar_type());
  auto sv = torch::linalg_svdvals(o.to(torch::kFloat64));
  EXPECT_GE(sv.min().item<double>(), 0.5) << g.sizes();
  EXPECT_LE(sv.max().item<double>(), 1.5) << g.sizes();
  // And it points where U V^T does (cosine similarity).
  auto p = polar(g);
  double cos =
      (o.to(torch::kFloat64) * p).sum().item<double>() /
      (o.to(torch::kFloat64).norm().item<double>() * p.norm().item<double>());
  EXPECT_GT(cos, 0.95) << g.sizes();
}

} // namespace

class MuonTest : public SingleThreadTest {};

TEST_F(MuonTest, NewtonSchulzSingularValuesNearOne) {
  torch::manual_seed(0);
  // Gaussian tall and wide matrices are well conditioned; a square one is
  // not (its smallest singular value is ~0), so give it a condition number
  // of 100 explicitly.
  expectOrthogonalized(torch::randn({256, 64}));
  expectOrthogonalized(torch::randn({64, 256}));
  expectOrthogonalized(withSpectrum(96, 96, 1e-2));
  expectOrthogonalized(withSpectrum(384, 128, 1e-2));
  // Scale does not matter (the input is normalized first).
  expectOrthogonalized(1e3 * torch::randn({48, 128}));
  expectOrthogonalized(1e-4 * torch::randn({128, 48}));
}

TEST_F(MuonTest, NewtonSchulzMatchesTheIterationInFloat64) {
  // The same quintic iteration written out in float64 (including the
  // transpose of tall matrices): bf16 agrees to a few percent.
  torch::manual_seed(1);
  for (auto shape : {std::vector<int64_t>{40, 24}, {24, 40}}) {
    auto g = torch::randn(shape);
    auto x = g.to(torch::kFloat64);
    x = x / (x.norm() + 1e-7);
    bool tall = shape[0] > shape[1];
    if (tall)
      x = x.t();
    for (int i = 0; i < 5; ++i) {
      auto a = torch::matmul(x, x.t());
      auto b = -4.7750 * a + 2.0315 * torch::matmul(a, a);
      x = 3.4445 * x + torch::matmul(b, x);
    }
    if (tall)
      x = x.t();
    auto o = newtonSchulz5(g).to(torch::kFloat64);
    EXPECT_LT((o - x).abs().max().item<double>(), 0.06);
    // One step differs (the step count is honoured).
    auto o1 = newtonSchulz5(g, 1).to(torch::kFloat64);
    EXPECT_GT((o1 - x).abs().max().item<double>(), 0.1);
  }
}

TEST_F(MuonTest, NesterovMomentumByHand) {
  torch::manual_seed(2);
  // A tall parameter: update scale sqrt(6 / 3).
  auto p0 = torch::randn({6, 3});
  auto p = p0.clone().requires_grad_(true);
  MuonOptions opts;
  opts.lr = 0.1;
  opts.momentum = 0.9;
  Muon muon({p}, opts);
  auto g1 = torch::randn({6, 3}), g2 = torch::randn({6, 3});
  double scale = std::sqrt(2.0);

  p.mutable_grad() = g1.clone();
  muon.step();
  // buf = g1; update = g1 + 0.9 g1.
  auto buf1 = g1;
  auto p1 = p0 - 0.1 * scale * newtonSchulz5(g1 + 0.9 * buf1);
  EXPECT_TRUE(torch::allclose(muon.momentumBuffers()[0], buf1));
  EXPECT_TRUE(torch::allclose(p.detach(), p1, 1e-6, 1e-6));

  muon.zeroGrad();
  EXPECT_FALSE(p.grad().defined());
  p.mutable_grad() = g2.clone();
  muon.step();
  // buf = 0.9 g1 + g2; update = g2 + 0.9 buf.
  auto buf2 = 0.9 * g1 + g2;
  auto p2 = p1 - 0.1 * scale * newtonSchulz5(g2 + 0.9 * buf2);
  EXPECT_TRUE(torch::allclose(muon.momentumBuffers()[0], buf2, 1e-6, 1e-6));
  EXPECT_TRUE(torch::allclose(p.detach(), p2, 1e-5, 1e-5));
}

TEST_F(MuonTest, PlainMomentumWeightDecayAndWideScale) {
  torch::manual_seed(3);
  // A wide parameter: scale max(1, 3/6)^0.5 = 1.
  auto p0 = torch::randn({3, 6});
  auto p = p0.clone().requires_grad_(true);
  MuonOptions opts;
  opts.lr = 0.05;
  opts.momentum = 0.5;
  opts.nesterov = false;
  opts.weightDecay = 0.1;
  Muon muon({p}, opts);
  auto g1 = torch::randn({3, 6}), g2 = torch::randn({3, 6});
  p.mutable_grad() = g1.clone();
  muon.step();
  auto p1 = p0 * (1 - 0.05 * 0.1) - 0.05 * newtonSchulz5(g1);
  EXPECT_TRUE(torch::allclose(p.detach(), p1, 1e-6, 1e-6));
  p.mutable_grad() = g2.clone();
  muon.setLr(0.01);
  muon.step();
  auto p2 = p1 * (1 - 0.01 * 0.1) - 0.01 * newtonSchulz5(0.5 * g1 + g2);
  EXPECT_TRUE(torch::allclose(p.detach(), p2, 1e-5, 1e-5));
  EXPECT_DOUBLE_EQ(muon.lr(), 0.01);
}

TEST_F(MuonTest, SkipsParametersWithoutGradientAndRejectsVectors) {
  auto a = torch::randn({4, 4}).requires_grad_(true);
  auto b = torch::randn({4, 4}).requires_grad_(true);
  auto b0 = b.detach().clone();
  Muon muon({a, b}, MuonOptions());
  a.mutable_grad() = torch::randn({4, 4});
  muon.step();
  EXPECT_TRUE(torch::equal(b.detach(), b0));
  EXPECT_TRUE(torch::equal(muon.momentumBuffers()[1], torch::zeros({4, 4})));
  EXPECT_THROW(Muon({torch::randn({4})}, MuonOptions()), std::invalid_argument);
}

TEST_F(MuonTest, BatchedNewtonSchulzAndGroupedStepMatchOneByOne) {
  torch::manual_seed(4);
  // A stack is orthogonalized matrix by matrix (tall matrices transposed).
  auto stack = torch::randn({3, 40, 24});
  stack[1].mul_(1e3); // each matrix is normalized on its own
  auto batched = newtonSchulz5(stack);
  ASSERT_EQ(batched.sizes(), stack.sizes());
  for (int64_t i = 0; i < 3; ++i)
    EXPECT_TRUE(torch::allclose(batched[i], newtonSchulz5(stack[i]), 1e-2,
                                1e-2))
        << "matrix " << i;

  // Muon groups parameters by shape; the result equals one Muon per
  // parameter (momentum, Nesterov, per-shape scale), a parameter without a
  // gradient is left alone.
  std::vector<std::vector<int64_t>> shapes = {{8, 4}, {4, 8}, {8, 4}, {8, 4}};
  std::vector<torch::Tensor> grouped, single;
  for (const auto &shape : shapes) {
    auto p = torch::randn(shape);
    grouped.push_back(p.clone().requires_grad_(true));
    single.push_back(p.clone().requires_grad_(true));
  }
  MuonOptions opts;
  opts.lr = 0.1;
  opts.weightDecay = 0.01;
  Muon all(grouped, opts);
  std::vector<std::unique_ptr<Muon>> ones;
  for (auto &p : single)
    ones.push_back(std::make_unique<Muon>(std::vector<torch::Tensor>{p}, opts));
  for (int step = 0; step < 2; ++step) {
    for (size_t i = 0; i < shapes.size(); ++i) {
      auto g = torch::randn(shapes[i]);
      if (i == 2 && step == 1)
        continue; // no gradient this step
      grouped[i].mutable_grad() = g.clone();
      single[i].mutable_grad() = g.clone();
    }
    all.step();
    all.zeroGrad();
    for (auto &m : ones) {
      m->step();
      m->zeroGrad();
    }
  }
  for (size_t i = 0; i < shapes.size(); ++i)
    EXPECT_TRUE(torch::allclose(grouped[i].detach(), single[i].detach(), 1e-3,
                                1e-3))
        << "parameter " << i;
}
