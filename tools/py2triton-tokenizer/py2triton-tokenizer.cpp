//===- py2triton-tokenizer.cpp - Train, encode, decode, check -------------===//
//
// Subcommands:
//   train     --corpus TRAIN.jsonl --out DIR [--vocab-size 8192]
//             [--max-examples N] [--seed S]
//   encode    --jsonl X.jsonl --tokenizer DIR --out X.tok [--max-len T]
//             [--with-baseline] [--compact-answers] [--threads N]
//   compact   --module M.py               (the compact answer of a module)
//   assemble  --answer A.py --source S.py [--source-name reference.py]
//   decode    --tokenizer DIR            (ids on stdin -> text on stdout)
//   roundtrip --tokenizer DIR --jsonl X.jsonl
//
//===----------------------------------------------------------------------===//

#include "py2triton/LLM/Answer.h"
#include "py2triton/LLM/Data.h"
#include "py2triton/LLM/Io.h"
#include "py2triton/LLM/Json.h"
#include "py2triton/LLM/Tokenizer.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <thread>

using namespace py2triton::llm;

namespace {

const char *const kUsage =
    "usage: py2triton-tokenizer COMMAND [options]\n"
    "  train     --corpus TRAIN.jsonl --out DIR [--vocab-size 8192]\n"
    "            [--max-examples 2000] [--seed 0]\n"
    "            BPE on the python_code and triton_code of (a seeded sample\n"
    "            of at most max-examples) entries; writes DIR/tokenizer.model\n"
    "            and DIR/tokenizer.vocab\n"
    "  encode    --jsonl X.jsonl --tokenizer DIR --out X.tok [--max-len T]\n"
    "            [--with-baseline] [--compact-answers] [--threads 2]\n"
    "            one example per entry: <prompt> python_code [<baseline>\n"
    "            baseline_code] <answer> triton_code <end>, uint16 tokens;\n"
    "            entries longer than T tokens are skipped; X.tok.ids lists\n"
    "            'id<TAB>offset<TAB>length' per kept example;\n"
    "            --compact-answers: the answer is triton_code without the\n"
    "            py2triton prelude (docs/llm.md#compact-answers) wherever\n"
    "            the prelude is exact and the round trip reproduces it\n"
    "  compact   --module M.py\n"
    "            prints the compact answer of a py2triton module; exit 1\n"
    "            when it does not start with the py2triton prelude\n"
    "  assemble  --answer A.py --source S.py [--source-name reference.py]\n"
    "            prints the module of a compact answer to S.py\n"
    "  decode    --tokenizer DIR\n"
    "            whitespace-separated ids on stdin, text on stdout\n"
    "  roundtrip --tokenizer DIR --jsonl X.jsonl\n"
    "            checks decode(encode(s)) == s for every python_code and\n"
    "            triton_code; exit 1 on any mismatch\n";

/// A usage error: reported with the usage text, exit 1.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// --name value options and --flag switches of one subcommand.
class Options {
public:
  Options(int argc, char **argv, const std::vector<std::string> &valued,
          const std::vector<std::string> &flags) {
    for (int i = 2; i < argc; ++i) {
      std::string a = argv[i];
      std::string name = a.rfind("--", 0) == 0 ? a.substr(2) : "";
      if (std::find(flags.begin(), flags.end(), name) != flags.end()) {
        values_[name] = "1";
      } else if (std::find(valued.begin(), valued.end(), name) !=
                 valued.end()) {
        if (i + 1 >= argc)
          throw UsageError("option " + a + " needs a value");
        values_[name] = argv[++i];
      } else {
        throw UsageError("unknown option '" + a + "'");
      }
    }
  }

  bool has(const std::string &name) const { return values_.count(name); }

  std::string get(const std::string &name) const {
    auto it = values_.find(name);
    if (it == values_.end())
      throw UsageError("missing --" + name);
    return it->second;
  }

  int64_t getInt(const std::string &name, int64_t dflt, int64_t lo,
                 int64_t hi) const {
    if (!has(name))
      return dflt;
    std::string s = get(name);
    size_t used = 0;
    int64_t v = 0;
    try {
      v = std::stoll(s, &used);
    } catch (const std::exception &) {
      used = 0;
    }
    if (used == 0 || used != s.size() || v < lo || v > hi)
      throw UsageError("--" + name + " must be an integer in [" +
                       std::to_string(lo) + ", " + std::to_string(hi) +
                       "], got '" + s + "'");
    return v;
  }

private:
  std::map<std::string, std::string> values_;
};

/// The string field `name` of entry `k` of `path`, or an error.
const std::string &field(const std::map<std::string, std::string> &entry,
                         const std::string &name, const std::string &path,
                         size_t k) {
  auto it = entry.find(name);
  if (it == entry.end())
    throw std::runtime_error(path + ": entry " + std::to_string(k + 1) +
                             " has no string field '" + name + "'");
  return it->second;
}

double secondsSince(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
      .count();
}

/// Runs fn(i) for i in [0, n) on `threads` threads.
template <typename Fn>
void parallelFor(size_t n, int threads, Fn fn) {
  std::vector<std::thread> pool;
  std::vector<std::exception_ptr> errors(threads);
  for (int t = 0; t < threads; ++t)
    pool.emplace_back([&, t] {
      try {
        for (size_t i = t; i < n; i += threads)
          fn(i);
      } catch (...) {
        errors[t] = std::current_exception();
      }
    });
  for (auto &th : pool)
    th.join();
  for (auto &e : errors)
    if (e)
      std::rethrow_exception(e);
}

int cmdTrain(const Options &opts) {
  std::string corpus = opts.get("corpus"), out = opts.get("out");
  int64_t vocab = opts.getInt("vocab-size", 8192, 262, 65536);
  int64_t maxExamples = opts.getInt("max-examples", 2000, 1, INT64_MAX);
  auto seed = static_cast<uint64_t>(opts.getInt("seed", 0, 0, INT64_MAX));
  if (!Tokenizer::canEncode())
    throw std::runtime_error("this build has no SentencePiece: cannot train");
  auto t0 = std::chrono::steady_clock::now();
  auto entries = readJsonl(corpus, {"python_code", "triton_code"});
  if (entries.empty())
    throw std::runtime_error(corpus + ": no entries");
  // A seeded sample of entries (splitmix64, portable), in file order.
  std::vector<int64_t> chosen;
  auto n = static_cast<int64_t>(entries.size());
  if (n <= maxExamples) {
    for (int64_t i = 0; i < n; ++i)
      chosen.push_back(i);
  } else {
    uint64_t state = seed;
    std::vector<int64_t> order(n);
    for (int64_t i = 0; i < n; ++i)
      order[i] = i;
    for (int64_t i = 0; i < maxExamples; ++i) {
      // Fisher-Yates, only the first maxExamples positions.
      uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
      z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
      z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
      z ^= z >> 31;
      int64_t j = i + static_cast<int64_t>(z % static_cast<uint64_t>(n - i));
      std::swap(order[i], order[j]);
      chosen.push_back(order[i]);
    }
    std::sort(chosen.begin(), chosen.end());
  }
  std::vector<std::string> texts;
  size_t chars = 0;
  for (int64_t k : chosen) {
    texts.push_back(field(entries[k], "python_code", corpus, k));
    texts.push_back(field(entries[k], "triton_code", corpus, k));
    chars += texts[texts.size() - 2].size() + texts.back().size();
  }
  entries.clear();
  std::filesystem::create_directories(out);
  std::cout << "training on " << chosen.size() << " of " << n << " entries ("
            << texts.size() << " texts, " << chars << " bytes), vocabulary "
            << vocab << "\n"
            << std::flush;
  Tokenizer::train(texts, out, static_cast<int>(vocab));
  std::cout << "wrote " << out << "/tokenizer.model and " << out
            << "/tokenizer.vocab in " << secondsSince(t0) << " s\n";
  return 0;
}

int cmdEncode(const Options &opts) {
  std::string jsonl = opts.get("jsonl"), dir = opts.get("tokenizer"),
              out = opts.get("out");
  int64_t maxLen = opts.getInt("max-len", 0, 0, INT64_MAX);
  int threads = static_cast<int>(opts.getInt("threads", 2, 1, 64));
  bool withBaseline = opts.has("with-baseline");
  bool compact = opts.has("compact-answers");
  auto t0 = std::chrono::steady_clock::now();
  auto tok = Tokenizer::load(dir);
  auto entries =
      readJsonl(jsonl, {"id", "python_code", "triton_code", "baseline_code"});
  std::vector<std::vector<int>> encoded(entries.size());
  std::vector<uint8_t> whole(entries.size(), 0);
  parallelFor(entries.size(), threads, [&](size_t k) {
    const auto &e = entries[k];
    std::string baseline;
    if (withBaseline && e.count("baseline_code"))
      baseline = e.at("baseline_code");
    const std::string &python = field(e, "python_code", jsonl, k);
    auto ids = tok->encodePrompt(python, baseline);
    std::string triton = field(e, "triton_code", jsonl, k);
    if (compact) {
      // Only where the tools rebuild exactly this module from the answer.
      std::optional<std::string> a = compactAnswer(triton);
      if (a && assembleModule(*a, python) == triton)
        triton = std::move(*a);
      else
        whole[k] = 1;
    }
    auto answer = tok->encodeAnswer(triton);
    ids.insert(ids.end(), answer.begin(), answer.end());
    encoded[k] = std::move(ids);
  });
  std::vector<uint16_t> tokens;
  std::vector<int64_t> lengths;
  std::ostringstream index;
  int64_t skipped = 0;
  for (size_t k = 0; k < entries.size(); ++k) {
    auto len = static_cast<int64_t>(encoded[k].size());
    if (maxLen > 0 && len > maxLen) {
      ++skipped;
      continue;
    }
    auto idIt = entries[k].find("id");
    index << (idIt == entries[k].end() ? "entry-" + std::to_string(k + 1)
                                       : idIt->second)
          << '\t' << tokens.size() << '\t' << len << '\n';
    for (int id : encoded[k])
      tokens.push_back(static_cast<uint16_t>(id));
    lengths.push_back(len);
  }
  // Both files appear together or not at all.
  TokenDataset(std::move(tokens)).save(out + ".part");
  writeFileAtomic(out + ".ids", index.str());
  if (std::rename((out + ".part").c_str(), out.c_str()) != 0) {
    std::remove((out + ".part").c_str());
    throw std::runtime_error("cannot rename " + out + ".part to " + out);
  }
  int64_t total = 0, longest = 0;
  for (int64_t l : lengths) {
    total += l;
    longest = std::max(longest, l);
  }
  std::vector<int64_t> sorted = lengths;
  std::sort(sorted.begin(), sorted.end());
  double median = 0;
  if (!sorted.empty())
    median =
        sorted.size() % 2
            ? sorted[sorted.size() / 2]
            : (sorted[sorted.size() / 2 - 1] + sorted[sorted.size() / 2]) / 2.0;
  std::cout << jsonl << ": " << entries.size() << " entries, " << lengths.size()
            << " kept, " << skipped << " skipped";
  if (maxLen > 0)
    std::cout << " (longer than " << maxLen << " tokens)";
  std::cout << "\n";
  if (compact)
    std::cout << "compact answers: "
              << entries.size() - std::count(whole.begin(), whole.end(), 1)
              << ", whole modules (no exact prelude round trip): "
              << std::count(whole.begin(), whole.end(), 1) << "\n";
  std::cout << "tokens " << total << ", example length mean "
            << (lengths.empty() ? 0.0
                                : static_cast<double>(total) / lengths.size())
            << " median " << median << " max " << longest << "\n"
            << "wrote " << out << " (" << 2 * total << " bytes) and " << out
            << ".ids in " << secondsSince(t0) << " s\n";
  return 0;
}

int cmdCompact(const Options &opts) {
  std::string path = opts.get("module");
  std::optional<std::string> answer = compactAnswer(readFile(path));
  if (!answer) {
    std::cerr << "py2triton-tokenizer: error: " << path
              << " does not start with the py2triton prelude\n";
    return 1;
  }
  std::cout << *answer << std::flush;
  return 0;
}

int cmdAssemble(const Options &opts) {
  std::string name = opts.has("source-name") ? opts.get("source-name")
                                             : std::string("reference.py");
  std::cout << assembleModule(readFile(opts.get("answer")),
                              readFile(opts.get("source")), name)
            << std::flush;
  return 0;
}

int cmdDecode(const Options &opts) {
  auto tok = Tokenizer::load(opts.get("tokenizer"));
  std::vector<int> ids;
  std::string word;
  while (std::cin >> word) {
    size_t used = 0;
    long v = -1;
    try {
      v = std::stol(word, &used);
    } catch (const std::exception &) {
      used = 0;
    }
    if (used == 0 || used != word.size() || v < 0 || v >= tok->vocabSize())
      throw std::runtime_error("bad token id '" + word + "' (vocabulary of " +
                               std::to_string(tok->vocabSize()) + ")");
    ids.push_back(static_cast<int>(v));
  }
  std::cout << tok->decode(ids) << std::flush;
  return 0;
}

int cmdRoundtrip(const Options &opts) {
  std::string jsonl = opts.get("jsonl");
  int threads = static_cast<int>(opts.getInt("threads", 2, 1, 64));
  auto t0 = std::chrono::steady_clock::now();
  auto tok = Tokenizer::load(opts.get("tokenizer"));
  auto entries = readJsonl(jsonl, {"id", "python_code", "triton_code"});
  const char *const names[] = {"python_code", "triton_code"};
  std::vector<uint8_t> bad(entries.size() * 2, 0);
  std::vector<int64_t> numTokens(entries.size() * 2, 0);
  parallelFor(entries.size() * 2, threads, [&](size_t i) {
    const std::string &text = field(entries[i / 2], names[i % 2], jsonl, i / 2);
    auto ids = tok->encode(text);
    numTokens[i] = static_cast<int64_t>(ids.size());
    bad[i] = tok->decode(ids) != text;
  });
  int64_t mismatches = 0, tokens = 0, bytes = 0;
  for (size_t i = 0; i < bad.size(); ++i) {
    tokens += numTokens[i];
    bytes += static_cast<int64_t>(entries[i / 2].at(names[i % 2]).size());
    if (!bad[i])
      continue;
    if (++mismatches <= 10) {
      auto idIt = entries[i / 2].find("id");
      std::cerr << "mismatch: "
                << (idIt == entries[i / 2].end()
                        ? "entry " + std::to_string(i / 2 + 1)
                        : idIt->second)
                << " " << names[i % 2] << "\n";
    }
  }
  std::cout << jsonl << ": " << entries.size() << " entries, " << bad.size()
            << " texts, " << mismatches << " mismatches; " << tokens
            << " tokens for " << bytes << " bytes ("
            << (tokens ? static_cast<double>(bytes) / tokens : 0.0)
            << " bytes/token) in " << secondsSince(t0) << " s\n";
  return mismatches ? 1 : 0;
}

} // namespace

int main(int argc, char **argv) {
  std::ios::sync_with_stdio(false);
  if (argc < 2) {
    std::cerr << kUsage;
    return 1;
  }
  std::string cmd = argv[1];
  if (cmd == "-h" || cmd == "--help" || cmd == "help") {
    std::cout << kUsage;
    return 0;
  }
  try {
    if (cmd == "train")
      return cmdTrain(
          Options(argc, argv,
                  {"corpus", "out", "vocab-size", "max-examples", "seed"}, {}));
    if (cmd == "encode")
      return cmdEncode(Options(
          argc, argv, {"jsonl", "tokenizer", "out", "max-len", "threads"},
          {"with-baseline", "compact-answers"}));
    if (cmd == "compact")
      return cmdCompact(Options(argc, argv, {"module"}, {}));
    if (cmd == "assemble")
      return cmdAssemble(
          Options(argc, argv, {"answer", "source", "source-name"}, {}));
    if (cmd == "decode")
      return cmdDecode(Options(argc, argv, {"tokenizer"}, {}));
    if (cmd == "roundtrip")
      return cmdRoundtrip(
          Options(argc, argv, {"tokenizer", "jsonl", "threads"}, {}));
    throw UsageError("unknown command '" + cmd + "'");
  } catch (const UsageError &e) {
    std::cerr << "py2triton-tokenizer: " << e.what() << "\n" << kUsage;
    return 1;
  } catch (const std::exception &e) {
    std::cerr << "py2triton-tokenizer: error: " << e.what() << "\n";
    return 1;
  }
}
