//===- Muon.h - Muon optimizer for 2-D hidden weights -----------*- C++ -*-===//
//
// Muon: SGD with Nesterov momentum whose update is orthogonalized by a
// quintic Newton-Schulz iteration (5 steps, coefficients 3.4445, -4.7750,
// 2.0315, computed in bfloat16), scaled by max(1, rows/cols)^0.5.
//
//===----------------------------------------------------------------------===//

#ifndef PY2TRITON_LLM_MUON_H
#define PY2TRITON_LLM_MUON_H

#include <torch/torch.h>

#include <vector>

namespace py2triton::llm {

/// The orthogonalized version of a 2-D matrix G (same shape, G's dtype):
/// approximately U V^T of G = U S V^T, singular values near 1. A 3-D
/// [n, rows, cols] stack is orthogonalized matrix by matrix in one batched
/// iteration.
torch::Tensor newtonSchulz5(const torch::Tensor &g, int steps = 5);

struct MuonOptions {
  double lr = 0.02;
  double momentum = 0.95;
  bool nesterov = true;
  int nsSteps = 5;
  double weightDecay = 0.0;
};

class Muon {
public:
  Muon(std::vector<torch::Tensor> params, MuonOptions options);
  /// Applies one update from the parameters' current gradients.
  void step();
  void zeroGrad();
  void setLr(double lr) { options_.lr = lr; }
  double lr() const { return options_.lr; }
  const std::vector<torch::Tensor> &params() const { return params_; }
  /// Momentum buffers, one per parameter (for checkpoints).
  std::vector<torch::Tensor> &momentumBuffers() { return buffers_; }

private:
  std::vector<torch::Tensor> params_;
  std::vector<torch::Tensor> buffers_;
  /// Indices into params_ of the parameters of one shape.
  std::vector<std::vector<size_t>> groups_;
  MuonOptions options_;
};

} // namespace py2triton::llm

#endif // PY2TRITON_LLM_MUON_H
