//===- Tokenizer.h - SentencePiece BPE for Python/Triton code ---*- C++ -*-===//
//
// BPE with byte fallback, identity normalization, whitespace and newlines
// preserved, and four special tokens (SentencePiece control symbols: never
// matched in text, inserted by id only). A tokenizer directory holds
// `tokenizer.model` (SentencePiece) and `tokenizer.vocab` (one piece per
// line, id order: "PIECE<TAB>KIND", PIECE with \\ \n \t \r \xHH escapes;
// see docs/llm.md). Encoding and training need SentencePiece (built with
// libsentencepiece-dev); decoding needs only the vocabulary file, so the GPU
// machine (no SentencePiece headers) can decode what the model generates.
//
//===----------------------------------------------------------------------===//

#ifndef PY2TRITON_LLM_TOKENIZER_H
#define PY2TRITON_LLM_TOKENIZER_H

#include <memory>
#include <string>
#include <vector>

namespace py2triton::llm {

/// Fixed ids of the special tokens (the trainer reserves them first).
struct SpecialIds {
  static constexpr int Pad = 0;
  static constexpr int Unk = 1;
  /// Starts the Python source.
  static constexpr int Prompt = 2;
  /// Starts an optional baseline kernel inside the prompt.
  static constexpr int Baseline = 3;
  /// Starts the Triton answer.
  static constexpr int Answer = 4;
  /// Ends the answer: generation stops here.
  static constexpr int End = 5;
};

class Tokenizer {
public:
  ~Tokenizer();
  /// True when built with SentencePiece (encode and train work).
  static bool canEncode();

  /// Loads DIR/tokenizer.model (when SentencePiece is there) and
  /// DIR/tokenizer.vocab. Throws std::runtime_error with the path on failure.
  static std::unique_ptr<Tokenizer> load(const std::string &dir);

  /// Trains a BPE vocabulary of `vocabSize` pieces on `texts` and writes
  /// DIR/tokenizer.model and DIR/tokenizer.vocab. Deterministic. Throws
  /// std::invalid_argument for a size outside [262, 65536] and
  /// std::runtime_error when built without SentencePiece.
  static void train(const std::vector<std::string> &texts,
                    const std::string &dir, int vocabSize);

  /// Exact: decode(encode(s)) == s for every valid UTF-8 string s. Throws
  /// std::runtime_error when built without SentencePiece.
  std::vector<int> encode(const std::string &text) const;
  /// Ids to text. <prompt>, <baseline>, <answer> and <end> decode to their
  /// text, <pad> to nothing, <unk> to " \u2047 ", byte pieces that form no
  /// valid UTF-8 to U+FFFD (SentencePiece's rules). Throws std::out_of_range
  /// for an id outside the vocabulary.
  std::string decode(const std::vector<int> &ids) const;
  /// decode() from tokenizer.vocab alone (what decode() is without
  /// SentencePiece); the same string as decode().
  std::string decodeWithVocab(const std::vector<int> &ids) const;
  int vocabSize() const;
  const std::string &piece(int id) const;

  /// <prompt> python [<baseline> kernel] <answer>: what generation continues.
  std::vector<int> encodePrompt(const std::string &python,
                                const std::string &baseline = "") const;
  /// The answer's ids followed by <end>.
  std::vector<int> encodeAnswer(const std::string &triton) const;

private:
  Tokenizer();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace py2triton::llm

#endif // PY2TRITON_LLM_TOKENIZER_H
