//===- Muon.cpp - Muon optimizer for 2-D hidden weights -------------------===//
//
// SGD with Nesterov momentum whose update is replaced by its orthogonalized
// version (a quintic Newton-Schulz iteration in bfloat16), following
// Keller Jordan's Muon:
//   buf    = momentum * buf + g
//   update = nesterov ? g + momentum * buf : buf
//   O      = newtonSchulz5(update) * max(1, rows / cols)^0.5
// Parameters of one shape are updated together (foreach momentum, one
// batched Newton-Schulz iteration over the stacked updates).
//   p      = p * (1 - lr * weightDecay) - lr * O
//
//===----------------------------------------------------------------------===//

#include "py2triton/LLM/Muon.h"

#include <algorithm>
#include <map>
#include <cmath>
#include <stdexcept>

using namespace py2triton::llm;

torch::Tensor py2triton::llm::newtonSchulz5(const torch::Tensor &g, int steps) {
  TORCH_CHECK(g.dim() == 2 || g.dim() == 3,
              "newtonSchulz5 expects a matrix or a stack of matrices, got ",
              g.dim(), " dimensions");
  // Coefficients of the quintic iteration that pushes every singular value
  // of a unit-norm matrix towards 1 as fast as possible (not exactly onto it:
  // they end up in about [0.7, 1.2]).
  const double a = 3.4445, b = -4.7750, c = 2.0315;
  torch::NoGradGuard noGrad;
  auto x = g.to(torch::kBFloat16);
  // Normalize each matrix (Frobenius) so that its spectral norm is at most 1.
  x = x / (at::linalg_vector_norm(x, 2, {-2, -1}, /*keepdim=*/true) + 1e-7);
  bool transposed = g.size(-2) > g.size(-1);
  if (transposed)
    x = x.transpose(-2, -1);
  // X is now wide (rows <= cols): X X^T is the smaller Gram matrix.
  for (int i = 0; i < steps; ++i) {
    auto gram = torch::matmul(x, x.transpose(-2, -1));
    auto poly = b * gram + c * torch::matmul(gram, gram);
    x = a * x + torch::matmul(poly, x);
  }
  if (transposed)
    x = x.transpose(-2, -1);
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
  // Matrices of one shape share a batched Newton-Schulz iteration (fewer,
  // larger matrix products: every layer's wqkv together, and so on).
  std::map<std::vector<int64_t>, size_t> groupOf;
  for (size_t i = 0; i < params_.size(); ++i) {
    auto shape = params_[i].sizes().vec();
    auto [it, inserted] = groupOf.emplace(shape, groups_.size());
    if (inserted)
      groups_.emplace_back();
    groups_[it->second].push_back(i);
  }
}

void Muon::step() {
  torch::NoGradGuard noGrad;
  for (const auto &group : groups_) {
    std::vector<torch::Tensor> params, grads, bufs;
    for (size_t i : group) {
      if (!params_[i].grad().defined())
        continue;
      params.push_back(params_[i]);
      grads.push_back(params_[i].grad());
      bufs.push_back(buffers_[i]);
    }
    if (params.empty())
      continue;
    // buf = momentum * buf + g; update = g + momentum * buf (Nesterov).
    at::_foreach_mul_(bufs, options_.momentum);
    at::_foreach_add_(bufs, grads);
    auto updates = options_.nesterov
                       ? at::_foreach_add(grads, bufs, options_.momentum)
                       : bufs;
    auto ortho = newtonSchulz5(torch::stack(updates), options_.nsSteps);
    const auto &p0 = params.front();
    double scale =
        std::sqrt(std::max(1.0, double(p0.size(0)) / double(p0.size(1))));
    if (options_.weightDecay != 0)
      at::_foreach_mul_(params, 1.0 - options_.lr * options_.weightDecay);
    at::_foreach_add_(params, ortho.unbind(0), -options_.lr * scale);
  }
}

void Muon::zeroGrad() {
  for (auto &p : params_)
    p.mutable_grad() = torch::Tensor();
}
