//===- TokenizerTest.cpp - Tokenizer round trips, specials, training ------===//

#include "py2triton/LLM/Tokenizer.h"
#include "py2triton/LLM/Json.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include <unistd.h>

using namespace py2triton::llm;
namespace fs = std::filesystem;

namespace {

const std::string kModelDir = PY2TRITON_SOURCE_DIR "/models/tokenizer";
const std::string kCurated = PY2TRITON_SOURCE_DIR "/corpus/curated.jsonl";

std::string readFile(const std::string &path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

/// A fresh directory under the temporary directory, removed at the end.
struct TempDir {
  fs::path path;
  explicit TempDir(const std::string &name) {
    path = fs::temp_directory_path() /
           ("py2triton-toktest-" + name + "-" + std::to_string(getpid()));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  std::string str() const { return path.string(); }
};

class TokenizerTest : public ::testing::Test {
protected:
  static void SetUpTestSuite() { tok = Tokenizer::load(kModelDir); }
  static void TearDownTestSuite() { tok.reset(); }
  static std::unique_ptr<Tokenizer> tok;
};
std::unique_ptr<Tokenizer> TokenizerTest::tok;

#define REQUIRE_ENCODER()                                                      \
  if (!Tokenizer::canEncode())                                                 \
  GTEST_SKIP() << "built without SentencePiece: decode only"

} // namespace

TEST_F(TokenizerTest, SpecialsHaveFixedIds) {
  EXPECT_EQ(tok->vocabSize(), 8192);
  EXPECT_EQ(tok->piece(SpecialIds::Pad), "<pad>");
  EXPECT_EQ(tok->piece(SpecialIds::Unk), "<unk>");
  EXPECT_EQ(tok->piece(SpecialIds::Prompt), "<prompt>");
  EXPECT_EQ(tok->piece(SpecialIds::Baseline), "<baseline>");
  EXPECT_EQ(tok->piece(SpecialIds::Answer), "<answer>");
  EXPECT_EQ(tok->piece(SpecialIds::End), "<end>");
  EXPECT_THROW(tok->piece(8192), std::out_of_range);
  // Specials decode to their text, <pad> to nothing.
  EXPECT_EQ(tok->decode({2, 3, 4, 5, 0}), "<prompt><baseline><answer><end>");
  EXPECT_EQ(tok->decodeWithVocab({2, 3, 4, 5, 0}),
            "<prompt><baseline><answer><end>");
  EXPECT_THROW(tok->decode({8192}), std::out_of_range);
  EXPECT_THROW(tok->decode({-1}), std::out_of_range);
}

TEST_F(TokenizerTest, GoldenIdsOfTheCommittedTokenizer) {
  // What the committed models/tokenizer makes of one example (update when it
  // is retrained). Decoding runs in every build, the decode-only one too.
  const std::string python = "import torch\n\n\ndef f(x):\n    return "
                             "torch.relu(x) * 2  # <end>\n";
  const std::string triton = "@triton.jit\ndef k(x_ptr, n, BLOCK: "
                             "tl.constexpr):\n    offs = tl.arange(0, "
                             "BLOCK)\n\tcaf\xc3\xa9 \xe2\x9c\x93\n";
  const std::vector<int> golden = {
      2,    697,  5157, 867,  312,  398, 328,  1633, 867, 3704, 262,  8173,
      463,  279,  8122, 8180, 8118, 4,   554,  369,  401, 867,  8125, 8126,
      8110, 8112, 630,  1749, 482,  312, 1778, 318,  577, 1776, 15,   655,
      8129, 201,  175,  8109, 232,  162, 153,  8118, 5};
  const std::string text = "<prompt>" + python + "<answer>" + triton + "<end>";
  EXPECT_EQ(tok->decode(golden), text);
  EXPECT_EQ(tok->decodeWithVocab(golden), text);
  if (!Tokenizer::canEncode())
    return;
  auto ids = tok->encodePrompt(python);
  auto answer = tok->encodeAnswer(triton);
  ids.insert(ids.end(), answer.begin(), answer.end());
  EXPECT_EQ(ids, golden);
}

TEST_F(TokenizerTest, PromptAndAnswerLayout) {
  REQUIRE_ENCODER();
  auto py = tok->encode("def f(x):\n    return x\n");
  auto prompt = tok->encodePrompt("def f(x):\n    return x\n");
  ASSERT_EQ(prompt.size(), py.size() + 2);
  EXPECT_EQ(prompt.front(), SpecialIds::Prompt);
  EXPECT_EQ(prompt.back(), SpecialIds::Answer);
  EXPECT_TRUE(std::equal(py.begin(), py.end(), prompt.begin() + 1));
  auto withBase = tok->encodePrompt("a", "b");
  EXPECT_EQ(std::count(withBase.begin(), withBase.end(), SpecialIds::Baseline),
            1);
  EXPECT_EQ(tok->decode(withBase), "<prompt>a<baseline>b<answer>");
  auto answer = tok->encodeAnswer("k = 1\n");
  EXPECT_EQ(answer.back(), SpecialIds::End);
  EXPECT_EQ(tok->decode(answer), "k = 1\n<end>");
}

TEST_F(TokenizerTest, CuratedRoundTripExactly) {
  REQUIRE_ENCODER();
  auto entries = readJsonl(kCurated, {"id", "python_code", "triton_code"});
  ASSERT_GE(entries.size(), 40u);
  int texts = 0;
  for (const auto &e : entries)
    for (const char *name : {"python_code", "triton_code"}) {
      ASSERT_TRUE(e.count(name)) << e.at("id");
      const std::string &s = e.at(name);
      auto ids = tok->encode(s);
      for (int id : ids)
        ASSERT_GT(id, SpecialIds::End) << e.at("id") << " " << name;
      EXPECT_EQ(tok->decode(ids), s) << e.at("id") << " " << name;
      EXPECT_EQ(tok->decodeWithVocab(ids), s) << e.at("id") << " " << name;
      ++texts;
    }
  EXPECT_EQ(texts, 2 * static_cast<int>(entries.size()));
}

TEST_F(TokenizerTest, WhitespaceAndUnusualTextRoundTrip) {
  REQUIRE_ENCODER();
  const std::vector<std::string> texts = {
      "",
      " ",
      "\n",
      "    \n\n\n        x = 1  \n\t\ty\r\n   ",
      "\t\t  mixed\t \t tabs",
      "caf\xc3\xa9 \xe2\x9c\x93 \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x9a\x80",
      // A literal U+2581 (SentencePiece's space mark) stays itself.
      "a\xe2\x96\x81 b \xe2\x96\x81\xe2\x96\x81",
      std::string("nul\0byte", 8),
      "\x01\x02\x7f control",
  };
  for (const auto &s : texts) {
    auto ids = tok->encode(s);
    EXPECT_EQ(tok->decode(ids), s) << "text: " << s;
    EXPECT_EQ(tok->decodeWithVocab(ids), s) << "text: " << s;
  }
  // Indentation and newlines cost few tokens: whitespace is not split up
  // into single characters.
  EXPECT_LE(tok->encode("        ").size(), 2u);
  EXPECT_LE(tok->encode("\n").size(), 1u);
}

TEST_F(TokenizerTest, SpecialStringsInTextAreOrdinaryText) {
  REQUIRE_ENCODER();
  std::string code = "s = '<prompt>' + \"<answer>\"  # <end> <baseline>\n"
                     "t = '<pad><unk><s></s>'\n";
  auto ids = tok->encode(code);
  for (int id : ids)
    EXPECT_GT(id, SpecialIds::End) << "special id in ordinary text";
  EXPECT_EQ(tok->decode(ids), code);
  EXPECT_EQ(tok->encode("<end>") == std::vector<int>{SpecialIds::End}, false);
}

TEST_F(TokenizerTest, VocabularyDecoderEqualsLibraryDecoder) {
  // Random id sequences over the whole vocabulary (specials, bytes, <unk>,
  // pieces), and runs of byte pieces only (mostly invalid UTF-8).
  std::mt19937 rng(1234);
  std::uniform_int_distribution<int> anyId(0, tok->vocabSize() - 1);
  std::uniform_int_distribution<int> byteId(6, 6 + 255);
  std::uniform_int_distribution<int> length(0, 40);
  for (int trial = 0; trial < 400; ++trial) {
    std::vector<int> ids(length(rng));
    for (int &id : ids)
      id = trial % 2 ? anyId(rng) : byteId(rng);
    EXPECT_EQ(tok->decode(ids), tok->decodeWithVocab(ids)) << "trial " << trial;
  }
  // Byte pieces forming valid UTF-8 give the character; a stray byte gives
  // U+FFFD.
  auto byteIdOf = [&](int b) {
    char name[8];
    std::snprintf(name, sizeof(name), "<0x%02X>", b);
    for (int id = 0; id < tok->vocabSize(); ++id)
      if (tok->piece(id) == name)
        return id;
    return -1;
  };
  std::vector<int> check = {byteIdOf(0xE2), byteIdOf(0x9C), byteIdOf(0x93),
                            byteIdOf(0xE2)};
  EXPECT_EQ(tok->decodeWithVocab(check), "\xe2\x9c\x93\xef\xbf\xbd");
  EXPECT_EQ(tok->decode(check), "\xe2\x9c\x93\xef\xbf\xbd");
  EXPECT_EQ(tok->decode({SpecialIds::Unk}), tok->decodeWithVocab({1}));
}

TEST(TokenizerLoad, MissingOrCorruptFilesThrowNamingTheFile) {
  try {
    Tokenizer::load("/nonexistent/tok-dir");
    FAIL() << "no exception";
  } catch (const std::runtime_error &e) {
    EXPECT_NE(
        std::string(e.what()).find("/nonexistent/tok-dir/tokenizer.vocab"),
        std::string::npos)
        << e.what();
  }
  TempDir dir("corrupt");
  {
    std::ofstream(dir.str() + "/tokenizer.vocab") << "<pad>\tcontrol\nbad\n";
  }
  try {
    Tokenizer::load(dir.str());
    FAIL() << "no exception";
  } catch (const std::runtime_error &e) {
    EXPECT_NE(std::string(e.what()).find(dir.str() + "/tokenizer.vocab"),
              std::string::npos)
        << e.what();
  }
  if (!Tokenizer::canEncode())
    return;
  // A good vocabulary next to a corrupt model.
  fs::copy_file(kModelDir + "/tokenizer.vocab", dir.str() + "/tokenizer.vocab",
                fs::copy_options::overwrite_existing);
  {
    std::ofstream(dir.str() + "/tokenizer.model") << "not a model";
  }
  try {
    Tokenizer::load(dir.str());
    FAIL() << "no exception";
  } catch (const std::runtime_error &e) {
    EXPECT_NE(std::string(e.what()).find(dir.str() + "/tokenizer.model"),
              std::string::npos)
        << e.what();
  }
}

TEST(TokenizerTrain, SmallTrainingIsDeterministicAndExact) {
  REQUIRE_ENCODER();
  std::vector<std::string> texts;
  for (int i = 0; i < 40; ++i) {
    texts.push_back("import torch\n\n\ndef f" + std::to_string(i) +
                    "(x):\n    y = x * " + std::to_string(i) +
                    "\n    return torch.relu(y)\n");
    texts.push_back("@triton.jit\ndef k(x_ptr, n, BLOCK: tl.constexpr):\n"
                    "    offs = tl.arange(0, BLOCK)\n"
                    "    tl.store(x_ptr + offs, tl.load(x_ptr + offs) + " +
                    std::to_string(i) + ")\n");
  }
  TempDir a("train-a"), b("train-b");
  Tokenizer::train(texts, a.str(), 320);
  Tokenizer::train(texts, b.str(), 320);
  std::string modelA = readFile(a.str() + "/tokenizer.model");
  ASSERT_FALSE(modelA.empty());
  EXPECT_EQ(modelA, readFile(b.str() + "/tokenizer.model"));
  EXPECT_EQ(readFile(a.str() + "/tokenizer.vocab"),
            readFile(b.str() + "/tokenizer.vocab"));
  auto tok = Tokenizer::load(a.str());
  EXPECT_GT(tok->vocabSize(), 262);
  EXPECT_LE(tok->vocabSize(), 320);
  EXPECT_EQ(tok->piece(SpecialIds::Prompt), "<prompt>");
  EXPECT_EQ(tok->piece(SpecialIds::End), "<end>");
  for (const auto &t : texts) {
    auto ids = tok->encode(t);
    EXPECT_LT(ids.size(), t.size()) << "no merges learned";
    EXPECT_EQ(tok->decode(ids), t);
    EXPECT_EQ(tok->decodeWithVocab(ids), t);
  }
  // Text with characters never seen in training falls back to bytes.
  std::string unseen = "\xe6\x97\xa5 {|}~";
  EXPECT_EQ(tok->decode(tok->encode(unseen)), unseen);
  EXPECT_THROW(Tokenizer::train(texts, a.str(), 100), std::invalid_argument);
}

TEST(Json, StringFieldsEscapesAndErrors) {
  auto f = parseJsonStringFields(
      R"({"id": "a\"b", "n": -1.5e3, "m": {"x": [1, "y", null, true]},)"
      R"( "code": "def f():\n\treturn '\u00e9\ud83d\ude80\\'\/"})");
  EXPECT_EQ(f.size(), 2u);
  EXPECT_EQ(f["id"], "a\"b");
  EXPECT_EQ(f["code"], "def f():\n\treturn '\xc3\xa9\xf0\x9f\x9a\x80\\'/");
  auto only = parseJsonStringFields(R"({"a": "1", "b": "2"})", {"b"});
  EXPECT_EQ(only.size(), 1u);
  EXPECT_EQ(only["b"], "2");
  for (const char *bad : {R"({"a": "1")", R"({"a": "\x"})", R"({"a": 1} x)",
                          R"({"a": "\ud83d"})", "{\"a\": \"\n\"}", R"([])"})
    EXPECT_THROW(parseJsonStringFields(bad), std::runtime_error) << bad;
  try {
    readJsonl("/nonexistent.jsonl");
    FAIL() << "no exception";
  } catch (const std::runtime_error &e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent.jsonl"),
              std::string::npos);
  }
}
