//===- Tokenizer.cpp - SentencePiece BPE for Python/Triton code -----------===//
//
// Training and encoding go through SentencePiece when it is there
// (PY2TRITON_HAVE_SENTENCEPIECE). Decoding is ours, from tokenizer.vocab
// alone, so it works on the GPU machine too; with SentencePiece the library
// decodes the ordinary pieces and a test checks that both agree.
//
// The special tokens are SentencePiece *control* symbols: they have fixed ids
// (2..5, after <pad>=0 and <unk>=1) and are never matched in text, so code
// containing "<end>" encodes as ordinary pieces and round-trips. Only
// encodePrompt/encodeAnswer insert them, by id.
//
// tokenizer.vocab: one line per id, "PIECE<TAB>KIND", where PIECE escapes
// backslash, newline, tab, carriage return (\\ \n \t \r) and other control
// bytes (\xHH), and KIND is normal, unknown, control, user, byte or unused.
//
//===----------------------------------------------------------------------===//

#include "py2triton/LLM/Tokenizer.h"

#include "py2triton/LLM/Io.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unordered_map>

#ifdef PY2TRITON_HAVE_SENTENCEPIECE
#include <sentencepiece_processor.h>
#include <sentencepiece_trainer.h>
#endif

using namespace py2triton::llm;

namespace {

/// U+2581 LOWER ONE EIGHTH BLOCK: SentencePiece's escaped space.
const std::string kSpaceSymbol = "\xe2\x96\x81";
/// What SentencePiece decodes <unk> to (its default unk_surface).
const std::string kUnkSurface = " \xe2\x81\x87 ";
/// U+FFFD, for byte pieces that do not form valid UTF-8.
const std::string kReplacement = "\xef\xbf\xbd";

const char *const kSpecialPieces[] = {"<pad>",      "<unk>",    "<prompt>",
                                      "<baseline>", "<answer>", "<end>"};

enum class Kind { Normal, Unknown, Control, User, Byte, Unused };

const char *kindName(Kind k) {
  switch (k) {
  case Kind::Normal:
    return "normal";
  case Kind::Unknown:
    return "unknown";
  case Kind::Control:
    return "control";
  case Kind::User:
    return "user";
  case Kind::Byte:
    return "byte";
  case Kind::Unused:
    return "unused";
  }
  return "normal";
}

bool parseKind(const std::string &s, Kind &k) {
  for (Kind c : {Kind::Normal, Kind::Unknown, Kind::Control, Kind::User,
                 Kind::Byte, Kind::Unused})
    if (s == kindName(c)) {
      k = c;
      return true;
    }
  return false;
}

std::string escapePiece(const std::string &p) {
  std::string out;
  for (unsigned char c : p) {
    if (c == '\\')
      out += "\\\\";
    else if (c == '\n')
      out += "\\n";
    else if (c == '\t')
      out += "\\t";
    else if (c == '\r')
      out += "\\r";
    else if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof(buf), "\\x%02X", c);
      out += buf;
    } else
      out += static_cast<char>(c);
  }
  return out;
}

int hexDigit(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

bool unescapePiece(const std::string &s, std::string &out) {
  out.clear();
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\') {
      out += s[i];
      continue;
    }
    if (++i == s.size())
      return false;
    switch (s[i]) {
    case '\\':
      out += '\\';
      break;
    case 'n':
      out += '\n';
      break;
    case 't':
      out += '\t';
      break;
    case 'r':
      out += '\r';
      break;
    case 'x': {
      int hi = i + 1 < s.size() ? hexDigit(s[i + 1]) : -1;
      int lo = i + 2 < s.size() ? hexDigit(s[i + 2]) : -1;
      if (hi < 0 || lo < 0)
        return false;
      out += static_cast<char>(hi * 16 + lo);
      i += 2;
      break;
    }
    default:
      return false;
    }
  }
  return true;
}

/// The byte of a "<0xNN>" piece, or -1.
int pieceByte(const std::string &p) {
  if (p.size() != 6 || p.compare(0, 3, "<0x") != 0 || p[5] != '>')
    return -1;
  int hi = hexDigit(p[3]), lo = hexDigit(p[4]);
  return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
}

bool isTrail(unsigned char c) { return (c & 0xC0) == 0x80; }

bool validCodepoint(uint32_t c) {
  return c < 0xD800 || (c >= 0xE000 && c <= 0x10FFFF);
}

/// The length of the valid UTF-8 character at s[i], or 0 (SentencePiece's
/// DecodeUTF8 rules: no overlong forms, no surrogates).
size_t utf8Length(const std::string &s, size_t i) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  size_t len = s.size() - i;
  if (b(0) < 0x80)
    return 1;
  if (len >= 2 && (b(0) & 0xE0) == 0xC0) {
    uint32_t cp = ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
    return isTrail(b(1)) && cp >= 0x80 && validCodepoint(cp) ? 2 : 0;
  }
  if (len >= 3 && (b(0) & 0xF0) == 0xE0) {
    uint32_t cp = ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
    return isTrail(b(1)) && isTrail(b(2)) && cp >= 0x800 && validCodepoint(cp)
               ? 3
               : 0;
  }
  if (len >= 4 && (b(0) & 0xF8) == 0xF0) {
    uint32_t cp = ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) |
                  ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
    return isTrail(b(1)) && isTrail(b(2)) && isTrail(b(3)) && cp >= 0x10000 &&
                   validCodepoint(cp)
               ? 4
               : 0;
  }
  return 0;
}

/// Appends a run of byte-piece bytes: valid UTF-8 characters as they are,
/// each byte that starts no valid character as U+FFFD (as SentencePiece).
void flushBytes(std::string &bytes, std::string &out) {
  for (size_t i = 0; i < bytes.size();) {
    size_t n = utf8Length(bytes, i);
    if (n == 0) {
      out += kReplacement;
      ++i;
    } else {
      out.append(bytes, i, n);
      i += n;
    }
  }
  bytes.clear();
}

std::string replaceAll(std::string s, const std::string &from,
                       const std::string &to) {
  for (size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos;
       pos += to.size())
    s.replace(pos, from.size(), to);
  return s;
}

} // namespace

struct Tokenizer::Impl {
  std::vector<std::string> pieces;
  std::vector<Kind> kinds;
#ifdef PY2TRITON_HAVE_SENTENCEPIECE
  sentencepiece::SentencePieceProcessor sp;
#endif

  /// Decodes from the vocabulary alone.
  std::string decodeVocab(const std::vector<int> &ids) const;
};

Tokenizer::Tokenizer() : impl_(std::make_unique<Impl>()) {}
Tokenizer::~Tokenizer() = default;

bool Tokenizer::canEncode() {
#ifdef PY2TRITON_HAVE_SENTENCEPIECE
  return true;
#else
  return false;
#endif
}

int Tokenizer::vocabSize() const {
  return static_cast<int>(impl_->pieces.size());
}

const std::string &Tokenizer::piece(int id) const {
  if (id < 0 || id >= vocabSize())
    throw std::out_of_range("token id " + std::to_string(id) +
                            " out of range (vocabulary of " +
                            std::to_string(vocabSize()) + ")");
  return impl_->pieces[id];
}

//===----------------------------------------------------------------------===//
// Loading
//===----------------------------------------------------------------------===//

static void readVocab(const std::string &path, std::vector<std::string> &pieces,
                      std::vector<Kind> &kinds) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw std::runtime_error("cannot open tokenizer vocabulary " + path);
  std::string line;
  int lineNo = 0;
  while (std::getline(in, line)) {
    ++lineNo;
    size_t tab = line.rfind('\t');
    std::string piece;
    Kind kind;
    if (tab == std::string::npos || !parseKind(line.substr(tab + 1), kind) ||
        !unescapePiece(line.substr(0, tab), piece) || piece.empty())
      throw std::runtime_error("corrupt tokenizer vocabulary " + path +
                               ": bad line " + std::to_string(lineNo));
    if (kind == Kind::Byte && pieceByte(piece) < 0)
      throw std::runtime_error("corrupt tokenizer vocabulary " + path +
                               ": bad byte piece on line " +
                               std::to_string(lineNo));
    pieces.push_back(std::move(piece));
    kinds.push_back(kind);
  }
  if (pieces.size() < 6 || pieces.size() > 65536)
    throw std::runtime_error("corrupt tokenizer vocabulary " + path + ": " +
                             std::to_string(pieces.size()) + " pieces");
  for (int id = 0; id < 6; ++id) {
    Kind want = id == SpecialIds::Unk ? Kind::Unknown : Kind::Control;
    if (pieces[id] != kSpecialPieces[id] || kinds[id] != want)
      throw std::runtime_error("corrupt tokenizer vocabulary " + path +
                               ": id " + std::to_string(id) + " is not " +
                               kSpecialPieces[id]);
  }
}

std::unique_ptr<Tokenizer> Tokenizer::load(const std::string &dir) {
  std::unique_ptr<Tokenizer> tok(new Tokenizer());
  Impl &impl = *tok->impl_;
  readVocab(dir + "/tokenizer.vocab", impl.pieces, impl.kinds);
#ifdef PY2TRITON_HAVE_SENTENCEPIECE
  std::string modelPath = dir + "/tokenizer.model";
  auto status = impl.sp.Load(modelPath);
  if (!status.ok())
    throw std::runtime_error("cannot load tokenizer model " + modelPath + ": " +
                             status.ToString());
  if (impl.sp.GetPieceSize() != tok->vocabSize())
    throw std::runtime_error("tokenizer model " + modelPath + " has " +
                             std::to_string(impl.sp.GetPieceSize()) +
                             " pieces, its vocabulary " +
                             std::to_string(tok->vocabSize()));
  for (int id = 0; id < tok->vocabSize(); ++id)
    if (impl.sp.IdToPiece(id) != impl.pieces[id] ||
        impl.sp.IsByte(id) != (impl.kinds[id] == Kind::Byte) ||
        impl.sp.IsControl(id) != (impl.kinds[id] == Kind::Control))
      throw std::runtime_error("tokenizer model " + modelPath +
                               " disagrees with its vocabulary at id " +
                               std::to_string(id));
#endif
  return tok;
}

//===----------------------------------------------------------------------===//
// Decoding
//===----------------------------------------------------------------------===//

std::string Tokenizer::Impl::decodeVocab(const std::vector<int> &ids) const {
  std::string out, bytes;
  for (int id : ids) {
    if (id < 0 || id >= static_cast<int>(pieces.size()))
      throw std::out_of_range("token id " + std::to_string(id) +
                              " out of range (vocabulary of " +
                              std::to_string(pieces.size()) + ")");
    if (kinds[id] == Kind::Byte) {
      bytes += static_cast<char>(pieceByte(pieces[id]));
      continue;
    }
    flushBytes(bytes, out);
    switch (kinds[id]) {
    case Kind::Control:
      // <prompt>, <baseline>, <answer>, <end> show as their text; <pad> and
      // any other control symbol are invisible.
      if (id >= SpecialIds::Prompt && id <= SpecialIds::End)
        out += pieces[id];
      break;
    case Kind::Unknown:
      out += kUnkSurface;
      break;
    case Kind::Unused:
      break;
    default:
      out += replaceAll(pieces[id], kSpaceSymbol, " ");
    }
  }
  flushBytes(bytes, out);
  return out;
}

std::string Tokenizer::decode(const std::vector<int> &ids) const {
#ifdef PY2TRITON_HAVE_SENTENCEPIECE
  // The library decodes the runs between control symbols (which it would
  // drop); the special tokens are spliced in as text.
  std::string out;
  std::vector<int> run;
  auto flush = [&] {
    if (!run.empty())
      out += impl_->sp.DecodeIds(run);
    run.clear();
  };
  for (int id : ids) {
    if (id < 0 || id >= vocabSize())
      throw std::out_of_range("token id " + std::to_string(id) +
                              " out of range (vocabulary of " +
                              std::to_string(vocabSize()) + ")");
    if (impl_->kinds[id] != Kind::Control) {
      run.push_back(id);
      continue;
    }
    flush();
    if (id >= SpecialIds::Prompt && id <= SpecialIds::End)
      out += impl_->pieces[id];
  }
  flush();
  return out;
#else
  return impl_->decodeVocab(ids);
#endif
}

std::string Tokenizer::decodeWithVocab(const std::vector<int> &ids) const {
  return impl_->decodeVocab(ids);
}

//===----------------------------------------------------------------------===//
// Encoding
//===----------------------------------------------------------------------===//

std::vector<int> Tokenizer::encode(const std::string &text) const {
#ifdef PY2TRITON_HAVE_SENTENCEPIECE
  // A literal U+2581 in the text would decode as a space: encode it as its
  // three byte pieces instead, and the rest through SentencePiece.
  std::vector<int> ids;
  auto encodeRun = [&](const std::string &run) {
    if (run.empty())
      return;
    std::vector<int> part;
    auto status = impl_->sp.Encode(run, &part);
    if (!status.ok())
      throw std::runtime_error("tokenizer: cannot encode: " +
                               status.ToString());
    ids.insert(ids.end(), part.begin(), part.end());
  };
  size_t start = 0;
  for (size_t pos; (pos = text.find(kSpaceSymbol, start)) != std::string::npos;
       start = pos + kSpaceSymbol.size()) {
    encodeRun(text.substr(start, pos - start));
    for (unsigned char c : kSpaceSymbol) {
      char name[8];
      std::snprintf(name, sizeof(name), "<0x%02X>", c);
      ids.push_back(impl_->sp.PieceToId(name));
    }
  }
  encodeRun(text.substr(start));
  return ids;
#else
  (void)text;
  throw std::runtime_error(
      "tokenizer: encoding needs SentencePiece (this build decodes only)");
#endif
}

std::vector<int> Tokenizer::encodePrompt(const std::string &python,
                                         const std::string &baseline) const {
  std::vector<int> ids{SpecialIds::Prompt};
  auto py = encode(python);
  ids.insert(ids.end(), py.begin(), py.end());
  if (!baseline.empty()) {
    ids.push_back(SpecialIds::Baseline);
    auto base = encode(baseline);
    ids.insert(ids.end(), base.begin(), base.end());
  }
  ids.push_back(SpecialIds::Answer);
  return ids;
}

std::vector<int> Tokenizer::encodeAnswer(const std::string &triton) const {
  auto ids = encode(triton);
  ids.push_back(SpecialIds::End);
  return ids;
}

//===----------------------------------------------------------------------===//
// Training
//===----------------------------------------------------------------------===//

#ifdef PY2TRITON_HAVE_SENTENCEPIECE
namespace {
/// Feeds whole texts (newlines included) to the trainer.
class TextIterator : public sentencepiece::SentenceIterator {
public:
  explicit TextIterator(const std::vector<std::string> &texts) : texts_(texts) {
    skipEmpty();
  }
  bool done() const override { return i_ >= texts_.size(); }
  void Next() override {
    ++i_;
    skipEmpty();
  }
  const std::string &value() const override { return texts_[i_]; }
  sentencepiece::util::Status status() const override {
    return sentencepiece::util::Status();
  }

private:
  void skipEmpty() {
    while (i_ < texts_.size() && texts_[i_].empty())
      ++i_;
  }
  const std::vector<std::string> &texts_;
  size_t i_ = 0;
};
} // namespace
#endif

void Tokenizer::train(const std::vector<std::string> &texts,
                      const std::string &dir, int vocabSize) {
#ifdef PY2TRITON_HAVE_SENTENCEPIECE
  if (vocabSize < 262 || vocabSize > 65536)
    throw std::invalid_argument("tokenizer: vocabulary size " +
                                std::to_string(vocabSize) +
                                " not in [262, 65536] (6 specials, 256 bytes; "
                                "ids must fit uint16)");
  size_t longest = 0;
  for (const auto &t : texts)
    longest = std::max(longest, t.size());
  std::unordered_map<std::string, std::string> args = {
      {"model_type", "bpe"},
      {"vocab_size", std::to_string(vocabSize)},
      // Code: keep every byte as it is; spaces, indentation runs and
      // newlines survive encoding exactly.
      {"normalization_rule_name", "identity"},
      {"add_dummy_prefix", "false"},
      {"remove_extra_whitespaces", "false"},
      {"byte_fallback", "true"},
      {"character_coverage", "0.9999"},
      // Pieces may cross spaces and newlines ("▁=▁tl.load(", ":\n▁▁▁▁"):
      // on the generated corpus that is ~37% fewer tokens than splitting at
      // spaces (10.5 vs 6.6 bytes/token), for a slower training (so the
      // tool samples). They may mix letters, digits and punctuation.
      {"split_by_whitespace", "false"},
      {"allow_whitespace_only_pieces", "true"},
      {"split_by_unicode_script", "false"},
      {"split_by_number", "false"},
      {"split_digits", "false"},
      {"max_sentencepiece_length", "16"},
      // Whole examples are the sentences; no sampling in the library
      // (callers sample deterministically), so training is reproducible.
      {"max_sentence_length", std::to_string(std::max<size_t>(longest, 4192))},
      {"input_sentence_size", "0"},
      {"shuffle_input_sentence", "false"},
      {"num_threads", "1"},
      {"pad_id", "0"},
      {"unk_id", "1"},
      {"bos_id", "-1"},
      {"eos_id", "-1"},
      {"control_symbols", "<prompt>,<baseline>,<answer>,<end>"},
      {"hard_vocab_limit", "false"},
      {"minloglevel", "2"},
  };
  TextIterator it(texts);
  std::string proto;
  auto status = sentencepiece::SentencePieceTrainer::Train(args, &it, &proto);
  if (!status.ok())
    throw std::runtime_error("tokenizer training failed: " + status.ToString());
  sentencepiece::SentencePieceProcessor sp;
  status = sp.LoadFromSerializedProto(proto);
  if (!status.ok())
    throw std::runtime_error("tokenizer training produced a bad model: " +
                             status.ToString());
  std::ostringstream vocab;
  for (int id = 0; id < sp.GetPieceSize(); ++id) {
    Kind k = Kind::Normal;
    if (sp.IsUnknown(id))
      k = Kind::Unknown;
    else if (sp.IsControl(id))
      k = Kind::Control;
    else if (sp.IsByte(id))
      k = Kind::Byte;
    else if (sp.IsUnused(id))
      k = Kind::Unused;
    vocab << escapePiece(sp.IdToPiece(id)) << '\t' << kindName(k) << '\n';
  }
  for (int id = 0; id < 6; ++id)
    if (sp.IdToPiece(id) != kSpecialPieces[id])
      throw std::runtime_error(std::string("tokenizer training put ") +
                               kSpecialPieces[id] + " at another id");
  writeFileAtomic(dir + "/tokenizer.model", proto);
  writeFileAtomic(dir + "/tokenizer.vocab", vocab.str());
#else
  (void)texts;
  (void)dir;
  (void)vocabSize;
  throw std::runtime_error(
      "tokenizer: training needs SentencePiece (this build decodes only)");
#endif
}
