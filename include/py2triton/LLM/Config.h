//===- Config.h - MinimalLLM hyper-parameters -------------------*- C++ -*-===//
//
// The model's shape: `tiny` for tests (< 2M parameters), `base` (~50M) for
// the released model. A config round-trips through a small JSON object
// (config.json of a checkpoint).
//
//===----------------------------------------------------------------------===//

#ifndef PY2TRITON_LLM_CONFIG_H
#define PY2TRITON_LLM_CONFIG_H

#include <cstdint>
#include <string>

namespace py2triton::llm {

struct ModelConfig {
  std::string name = "tiny";
  int64_t vocabSize = 8192;
  int64_t dim = 128;
  int64_t numLayers = 2;
  int64_t numHeads = 4;
  /// SwiGLU hidden width.
  int64_t ffnHidden = 384;
  /// Longest sequence (prompt + answer) the model is trained and run on.
  int64_t maxSeqLen = 512;
  double ropeTheta = 10000.0;
  double normEps = 1e-5;

  int64_t headDim() const { return dim / numHeads; }

  /// `tiny` (< 2M parameters with an 8192 vocabulary) and `base` (~50M).
  static ModelConfig tiny(int64_t vocabSize);
  static ModelConfig base(int64_t vocabSize);
  /// `tiny` or `base` by name; throws std::invalid_argument otherwise.
  static ModelConfig byName(const std::string &name, int64_t vocabSize);

  std::string toJson() const;
  /// Parses what toJson wrote; throws std::runtime_error on malformed input.
  static ModelConfig fromJson(const std::string &json);
};

} // namespace py2triton::llm

#endif // PY2TRITON_LLM_CONFIG_H
