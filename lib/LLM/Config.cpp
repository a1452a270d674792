//===- Config.cpp - MinimalLLM hyper-parameters ---------------------------===//

#include "py2triton/LLM/Config.h"

#include <map>
#include <regex>
#include <sstream>
#include <stdexcept>

using namespace py2triton::llm;

ModelConfig ModelConfig::tiny(int64_t vocabSize) {
  ModelConfig c;
  c.name = "tiny";
  c.vocabSize = vocabSize;
  c.dim = 128;
  c.numLayers = 2;
  c.numHeads = 4;
  c.ffnHidden = 384;
  c.maxSeqLen = 512;
  return c;
}

ModelConfig ModelConfig::base(int64_t vocabSize) {
  // 6 x (4 D^2 attention + 3 D H SwiGLU) + V D: 48.8M parameters for V = 8192.
  ModelConfig c;
  c.name = "base";
  c.vocabSize = vocabSize;
  c.dim = 768;
  c.numLayers = 6;
  c.numHeads = 12;
  c.ffnHidden = 2048;
  c.maxSeqLen = 2048;
  return c;
}

ModelConfig ModelConfig::byName(const std::string &name, int64_t vocabSize) {
  if (name == "tiny")
    return tiny(vocabSize);
  if (name == "base")
    return base(vocabSize);
  throw std::invalid_argument("unknown model config '" + name +
                              "' (expected tiny or base)");
}

std::string ModelConfig::toJson() const {
  std::ostringstream os;
  os.precision(17);
  os << "{\"name\": \"" << name << "\", \"vocab_size\": " << vocabSize
     << ", \"dim\": " << dim << ", \"num_layers\": " << numLayers
     << ", \"num_heads\": " << numHeads << ", \"ffn_hidden\": " << ffnHidden
     << ", \"max_seq_len\": " << maxSeqLen << ", \"rope_theta\": " << ropeTheta
     << ", \"norm_eps\": " << normEps << "}";
  return os.str();
}

ModelConfig ModelConfig::fromJson(const std::string &json) {
  // A flat object of string and number fields: all toJson writes.
  std::map<std::string, std::string> fields;
  std::regex field("\"([a-z_]+)\"\\s*:\\s*(\"[^\"]*\"|[-+0-9.eE]+)");
  for (auto it = std::sregex_iterator(json.begin(), json.end(), field);
       it != std::sregex_iterator(); ++it)
    fields[(*it)[1]] = (*it)[2];
  auto get = [&](const char *key) -> std::string {
    auto it = fields.find(key);
    if (it == fields.end())
      throw std::runtime_error(std::string("model config: missing '") + key +
                               "'");
    return it->second;
  };
  ModelConfig c;
  std::string name = get("name");
  c.name = name.substr(1, name.size() - 2);
  c.vocabSize = std::stoll(get("vocab_size"));
  c.dim = std::stoll(get("dim"));
  c.numLayers = std::stoll(get("num_layers"));
  c.numHeads = std::stoll(get("num_heads"));
  c.ffnHidden = std::stoll(get("ffn_hidden"));
  c.maxSeqLen = std::stoll(get("max_seq_len"));
  c.ropeTheta = std::stod(get("rope_theta"));
  c.normEps = std::stod(get("norm_eps"));
  if (c.dim <= 0 || c.numHeads <= 0 || c.dim % c.numHeads != 0 ||
      c.headDim() % 2 != 0 || c.vocabSize <= 0 || c.numLayers <= 0 ||
      c.ffnHidden <= 0 || c.maxSeqLen <= 0)
    throw std::runtime_error("model config: inconsistent sizes in " + json);
  return c;
}
