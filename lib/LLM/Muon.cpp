//===- Muon.cpp - Muon optimizer for 2-D hidden weights -------------------===//
//
// SGD with Nesterov momentum whose update is replaced by its orthogonalized
// version (a quintic Newton-Schulz iteration in bfloat16), following
// Keller Jordan's Muon:
//   buf    = momentum * buf + g
//   update = nesterov ? g + momentum * buf : buf
//   O      = newtonSchulz5(update) * max(1, rows / cols)^0.5
//   p      = p * (1 - lr * weightDecay) - lr * O
//
//===----------------------------------------------------------------------===//

#include "py2triton/LLM/Muon.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

using namespace py2triton::llm;

torch::Tensor py2triton::llm::newtonSchulz5(const torch::Tensor &g, int steps) {
  TORCH_CHECK(g.dim() == 2, "newtonSchulz5 expects a matrix, got ", g.dim(),
              " dimensions");
  // Coefficients of the quintic iteration that pushes every singular value
  // of a unit-norm matrix towards 1 as fast as possible (not exactly onto it:
  // they end up in about [0.7, 1.2]).
  const double a = 3.4445, b = -4.7750, c = 2.0315;
  torch::NoGradGuard noGrad;
  auto x = g.to(torch::kBFloat16);
  // Normalize so that the spectral norm is at most 1.
  x = x / (x.norm() + 1e-7);
  bool transposed = g.size(0) > g.size(1);
  if (transposed)
    x = x.t();
  // X is now wide (rows <= cols): X X^T is the smaller Gram matrix.
  for (int i = 0; i < steps; ++i) {
    auto gram = torch::matmul(x, x.t());
    auto poly = b * gram + c * torch::matmul(gram, gram);
    x = a * x + torch::matmul(poly, x);
  }
  if (transposed)
    x = x.t();
  return x.to(g.scalar_type()).contiguous();
}

Muon::Muon(std::vector<torch::Tensor> params, MuonOptions options)
    : params_(std::move(params)), options_(options) {
  torch::NoGradGuard noGrad;
  for (const auto &p : params_) {
    if (p.dim() != 2)
      throw std::invalid_argument(
          "Muon handles 2-D weights only; got a parameter with " +
          std::to_string(p.dim()) + " dimensions");
    buffers_.push_back(torch::zeros_like(p));
  }
}

void Muon::step() {
  torch::NoGradGuard noGrad;
  for (size_t i = 0; i < params_.size(); ++i) {
    auto &p = params_[i];
    const auto &g = p.grad();
    if (!g.defined())
      continue;
    auto &buf = buffers_[i];
    buf.mul_(options_.momentum).add_(g);
    auto update = options_.nesterov ? g.add(buf, options_.momentum) : buf;
    auto ortho = newtonSchulz5(update, options_.nsSteps);
    double scale =
        std::sqrt(std::max(1.0, double(p.size(0)) / double(p.size(1))));
    if (options_.weightDecay != 0)
      p.mul_(1.0 - options_.lr * options_.weightDecay);
    p.add_(ortho, -options_.lr * scale);
  }
}

void Muon::zeroGrad() {
  for (auto &p : params_)
    p.mutable_grad() = torch::Tensor();
}
