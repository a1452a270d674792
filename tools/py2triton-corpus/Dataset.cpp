//===- Dataset.cpp - Corpus files: JSONL, splits, statistics --------------===//
//
// Shared helpers (argument parsing, JSONL, atomic writes, Python source
// normalisation) and the `split` and `stats` subcommands of py2triton-corpus.
// docs/corpus.md describes the behaviour; keep them in sync.
//
//===----------------------------------------------------------------------===//

#include "Dataset.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/SHA256.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <unistd.h>

using namespace llvm;
using namespace py2triton::corpus;

#ifndef PY2TRITON_SOURCE_DIR
#define PY2TRITON_SOURCE_DIR "."
#endif

//===----------------------------------------------------------------------===//
// Command lines
//===----------------------------------------------------------------------===//

void ArgParser::option(StringRef name, std::string &value, StringRef help) {
  specs.push_back({name.str(), &value, nullptr, help.str()});
}

void ArgParser::flag(StringRef name, bool &value, StringRef help) {
  specs.push_back({name.str(), nullptr, &value, help.str()});
}

bool ArgParser::parse(ArrayRef<const char *> args,
                      std::vector<std::string> &positionals) {
  for (size_t i = 0; i < args.size(); ++i) {
    StringRef arg = args[i];
    if (arg == "-h" || arg == "--help") {
      helpRequested = true;
      return false;
    }
    if (!arg.starts_with("-") || arg == "-") {
      positionals.push_back(arg.str());
      continue;
    }
    StringRef name = arg.ltrim('-');
    std::optional<StringRef> inlineValue;
    if (size_t eq = name.find('='); eq != StringRef::npos) {
      inlineValue = name.substr(eq + 1);
      name = name.substr(0, eq);
    }
    auto spec =
        llvm::find_if(specs, [&](const Spec &s) { return s.name == name; });
    if (spec == specs.end()) {
      reportError(command, "unknown option '" + arg + "' (try --help)");
      return false;
    }
    if (spec->flag) {
      if (inlineValue) {
        reportError(command, "option '--" + name + "' takes no value");
        return false;
      }
      *spec->flag = true;
      continue;
    }
    if (inlineValue) {
      *spec->value = inlineValue->str();
    } else if (i + 1 < args.size()) {
      *spec->value = args[++i];
    } else {
      reportError(command, "option '--" + name + "' needs a value");
      return false;
    }
  }
  return true;
}

void ArgParser::printUsage(StringRef synopsis) const {
  raw_ostream &os = outs();
  os << "usage: py2triton-corpus " << synopsis << "\n\noptions:\n";
  for (const Spec &s : specs) {
    std::string left = "  --" + s.name + (s.value ? " VALUE" : "");
    os << left;
    os.indent(left.size() < 24 ? 24 - left.size() : 1) << s.help << "\n";
  }
}

int py2triton::corpus::reportError(StringRef command, const Twine &message) {
  WithColor::error(errs(), ("py2triton-corpus " + command).str())
      << message << "\n";
  return 1;
}

bool py2triton::corpus::parseUnsigned(StringRef command, StringRef option,
                                      StringRef text, uint64_t &value) {
  if (text.getAsInteger(10, value)) {
    reportError(command, "--" + option +
                             " expects a non-negative integer, got '" + text +
                             "'");
    return false;
  }
  return true;
}

//===----------------------------------------------------------------------===//
// Files
//===----------------------------------------------------------------------===//

Expected<std::vector<JsonlRecord>>
py2triton::corpus::readJsonl(StringRef path, bool skipMalformed,
                             unsigned *malformed) {
  auto buffer = MemoryBuffer::getFile(path, /*IsText=*/true);
  if (!buffer)
    return createStringError(buffer.getError(),
                             "cannot read '" + path +
                                 "': " + buffer.getError().message());
  std::vector<JsonlRecord> records;
  StringRef rest = (*buffer)->getBuffer();
  unsigned lineNo = 0;
  while (!rest.empty()) {
    auto [line, tail] = rest.split('\n');
    rest = tail;
    ++lineNo;
    line = line.rtrim("\r");
    if (line.trim().empty())
      continue;
    Expected<json::Value> value = json::parse(line);
    json::Object *object = value ? value->getAsObject() : nullptr;
    if (!object) {
      std::string why = value ? std::string("not a JSON object")
                              : toString(value.takeError());
      if (skipMalformed) {
        if (malformed)
          ++*malformed;
        continue;
      }
      return createStringError(inconvertibleErrorCode(),
                               path + ":" + Twine(lineNo) + ": " + why);
    }
    records.push_back({line.str(), std::move(*object), lineNo});
  }
  return records;
}

StringRef py2triton::corpus::getString(const json::Object &object,
                                       StringRef key) {
  if (std::optional<StringRef> s = object.getString(key))
    return *s;
  return "";
}

const json::Object *py2triton::corpus::getMetadata(const json::Object &object) {
  return object.getObject("metadata");
}

Error py2triton::corpus::writeFileAtomically(StringRef path,
                                             StringRef contents) {
  SmallString<256> dir(path);
  sys::path::remove_filename(dir);
  if (!dir.empty())
    if (std::error_code ec = sys::fs::create_directories(dir))
      return createStringError(ec,
                               "cannot create '" + dir + "': " + ec.message());
  SmallString<256> model(dir);
  sys::path::append(model, "." + sys::path::filename(path) + ".tmp-%%%%%%");
  int fd;
  SmallString<256> tmp;
  if (std::error_code ec = sys::fs::createUniqueFile(model, fd, tmp))
    return createStringError(ec, "cannot create a temporary file next to '" +
                                     path + "': " + ec.message());
  {
    raw_fd_ostream os(fd, /*shouldClose=*/false);
    os << contents;
    os.flush();
    bool failed = os.has_error() || ::fsync(fd) != 0;
    os.clear_error();
    ::close(fd);
    if (failed) {
      sys::fs::remove(tmp);
      return createStringError(std::make_error_code(std::errc::io_error),
                               "cannot write '" + tmp + "'");
    }
  }
  if (std::error_code ec = sys::fs::rename(tmp, path)) {
    sys::fs::remove(tmp);
    return createStringError(ec, "cannot rename '" + tmp + "' to '" + path +
                                     "': " + ec.message());
  }
  return Error::success();
}

std::string py2triton::corpus::sha256Hex(StringRef data) {
  std::array<uint8_t, 32> digest = SHA256::hash(arrayRefFromStringRef(data));
  return toHex(digest, /*LowerCase=*/true);
}

std::string py2triton::corpus::hash64Hex(StringRef text) {
  std::string out;
  raw_string_ostream os(out);
  os << format_hex_no_prefix(xxh3_64bits(text), 16);
  return out;
}

std::string py2triton::corpus::findPython(StringRef requested) {
  auto usable = [](StringRef path) {
    return !path.empty() && sys::fs::can_execute(path);
  };
  if (!requested.empty()) {
    if (usable(requested))
      return requested.str();
    if (requested.contains('/'))
      return "";
    if (ErrorOr<std::string> found = sys::findProgramByName(requested))
      return *found;
    return "";
  }
  if (const char *env = std::getenv("PY2TRITON_PYTHON"); env && usable(env))
    return env;
  SmallString<256> venv(PY2TRITON_SOURCE_DIR);
  sys::path::append(venv, ".venv", "bin", "python");
  if (usable(venv))
    return venv.str().str();
  if (ErrorOr<std::string> found = sys::findProgramByName("python3"))
    return *found;
  return "";
}

//===----------------------------------------------------------------------===//
// Python source normalisation
//===----------------------------------------------------------------------===//

namespace {
enum class TokKind { Name, Number, String, Op, Newline, Indent, Dedent };

struct Tok {
  TokKind kind;
  StringRef text;
};

bool isIdentStart(char c) {
  return isAlpha(c) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}
bool isIdentChar(char c) { return isIdentStart(c) || isDigit(c); }

bool isStringPrefix(StringRef word) {
  std::string lower = word.lower();
  return is_contained({"r", "u", "b", "f", "br", "rb", "fr", "rf"},
                      StringRef(lower));
}

/// Tokenises Python source into names, numbers, strings, operators and
/// logical-line structure (NEWLINE/INDENT/DEDENT), dropping comments, blank
/// lines and explicit/implicit line continuations. Lenient: malformed input
/// still produces tokens (the result only feeds a hash).
std::vector<Tok> tokenize(StringRef s) {
  std::vector<Tok> out;
  std::vector<unsigned> indents{0};
  int depth = 0;
  bool atLineStart = true;
  size_t i = 0, n = s.size();
  auto endLine = [&] {
    if (!out.empty() && out.back().kind != TokKind::Newline &&
        out.back().kind != TokKind::Indent &&
        out.back().kind != TokKind::Dedent)
      out.push_back({TokKind::Newline, ""});
  };
  while (i < n) {
    if (atLineStart && depth == 0) {
      unsigned col = 0;
      size_t j = i;
      for (; j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '\f'); ++j)
        col = s[j] == '\t' ? (col / 8 + 1) * 8 : col + 1;
      if (j >= n)
        break;
      if (s[j] == '\n' || s[j] == '\r' || s[j] == '#') {
        while (j < n && s[j] != '\n')
          ++j;
        i = j + 1;
        continue;
      }
      i = j;
      atLineStart = false;
      if (col > indents.back()) {
        indents.push_back(col);
        out.push_back({TokKind::Indent, ""});
      }
      while (col < indents.back()) {
        indents.pop_back();
        out.push_back({TokKind::Dedent, ""});
      }
      continue;
    }
    char c = s[i];
    if (c == ' ' || c == '\t' || c == '\f' || c == '\r') {
      ++i;
      continue;
    }
    if (c == '#') {
      while (i < n && s[i] != '\n')
        ++i;
      continue;
    }
    if (c == '\\' && i + 1 < n && (s[i + 1] == '\n' || s[i + 1] == '\r')) {
      i += 2;
      if (s[i - 1] == '\r' && i < n && s[i] == '\n')
        ++i;
      continue;
    }
    if (c == '\n') {
      ++i;
      if (depth == 0) {
        endLine();
        atLineStart = true;
      }
      continue;
    }
    size_t start = i;
    bool isString = c == '\'' || c == '"';
    if (!isString && isIdentStart(c)) {
      size_t j = i;
      while (j < n && isIdentChar(s[j]))
        ++j;
      if (j < n && (s[j] == '\'' || s[j] == '"') &&
          isStringPrefix(s.slice(i, j))) {
        i = j;
        isString = true;
      } else {
        out.push_back({TokKind::Name, s.slice(i, j)});
        i = j;
        continue;
      }
    }
    if (isString) {
      char quote = s[i];
      bool triple = s.substr(i, 3) == std::string(3, quote);
      i += triple ? 3 : 1;
      while (i < n) {
        if (s[i] == '\\') {
          i += 2;
        } else if (triple && s.substr(i, 3) == std::string(3, quote)) {
          i += 3;
          break;
        } else if (!triple && s[i] == quote) {
          ++i;
          break;
        } else if (!triple && s[i] == '\n') {
          break;
        } else {
          ++i;
        }
      }
      i = std::min(i, n);
      out.push_back({TokKind::String, s.slice(start, i)});
      continue;
    }
    if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(s[i + 1]))) {
      size_t j = i;
      bool hex = s.substr(i, 2).lower() == "0x";
      while (j < n) {
        char d = s[j];
        if (isAlnum(d) || d == '_' || d == '.')
          ++j;
        else if ((d == '+' || d == '-') && !hex &&
                 (s[j - 1] == 'e' || s[j - 1] == 'E'))
          ++j;
        else
          break;
      }
      out.push_back({TokKind::Number, s.slice(i, j)});
      i = j;
      continue;
    }
    static const char *const ops3[] = {"**=", "//=", ">>=", "<<=", "..."};
    static const char *const ops2[] = {"**", "//", "==", "!=", "<=", ">=", "->",
                                       "+=", "-=", "*=", "/=", "%=", "&=", "|=",
                                       "^=", "@=", "<<", ">>", ":="};
    size_t len = 1;
    for (const char *op : ops3)
      if (s.substr(i, 3) == op)
        len = 3;
    if (len == 1)
      for (const char *op : ops2)
        if (s.substr(i, 2) == op)
          len = 2;
    if (len == 1 && (c == '(' || c == '[' || c == '{'))
      ++depth;
    if (len == 1 && (c == ')' || c == ']' || c == '}') && depth > 0)
      --depth;
    out.push_back({TokKind::Op, s.substr(i, len)});
    i += len;
  }
  endLine();
  while (indents.size() > 1) {
    indents.pop_back();
    out.push_back({TokKind::Dedent, ""});
  }
  return out;
}

const StringSet<> &pythonKeywords() {
  static const StringSet<> set = {
      "False",  "None",   "True",    "and",      "as",       "assert", "async",
      "await",  "break",  "class",   "continue", "def",      "del",    "elif",
      "else",   "except", "finally", "for",      "from",     "global", "if",
      "import", "in",     "is",      "lambda",   "nonlocal", "not",    "or",
      "pass",   "raise",  "return",  "try",      "while",    "with",   "yield"};
  return set;
}

const StringSet<> &pythonBuiltins() {
  static const StringSet<> set = {"abs",
                                  "all",
                                  "any",
                                  "bool",
                                  "bytes",
                                  "callable",
                                  "chr",
                                  "classmethod",
                                  "complex",
                                  "dict",
                                  "dir",
                                  "divmod",
                                  "enumerate",
                                  "filter",
                                  "float",
                                  "format",
                                  "frozenset",
                                  "getattr",
                                  "hasattr",
                                  "hash",
                                  "id",
                                  "int",
                                  "isinstance",
                                  "issubclass",
                                  "iter",
                                  "len",
                                  "list",
                                  "map",
                                  "max",
                                  "min",
                                  "next",
                                  "object",
                                  "open",
                                  "ord",
                                  "pow",
                                  "print",
                                  "property",
                                  "range",
                                  "repr",
                                  "reversed",
                                  "round",
                                  "set",
                                  "setattr",
                                  "slice",
                                  "sorted",
                                  "staticmethod",
                                  "str",
                                  "sum",
                                  "super",
                                  "tuple",
                                  "type",
                                  "vars",
                                  "zip",
                                  "Exception",
                                  "ValueError",
                                  "TypeError",
                                  "RuntimeError",
                                  "NotImplementedError",
                                  "AssertionError",
                                  "NotImplemented",
                                  "Ellipsis"};
  return set;
}
} // namespace

std::string py2triton::corpus::normalizePython(StringRef source,
                                               bool eraseLiterals) {
  std::vector<Tok> raw = tokenize(source);

  // Drop statements that are only string literals (docstrings).
  std::vector<Tok> toks;
  size_t lineStart = 0;
  for (const Tok &t : raw) {
    if (t.kind == TokKind::Indent || t.kind == TokKind::Dedent) {
      toks.push_back(t);
      lineStart = toks.size();
      continue;
    }
    if (t.kind == TokKind::Newline) {
      bool onlyStrings =
          toks.size() > lineStart &&
          std::all_of(toks.begin() + lineStart, toks.end(),
                      [](const Tok &u) { return u.kind == TokKind::String; });
      if (onlyStrings)
        toks.resize(lineStart);
      else
        toks.push_back(t);
      lineStart = toks.size();
      continue;
    }
    toks.push_back(t);
  }

  // Names bound by import lines are external API: keep them.
  StringSet<> external;
  bool lineBegins = true, importLine = false;
  for (const Tok &t : toks) {
    if (t.kind != TokKind::Name && t.kind != TokKind::Op &&
        t.kind != TokKind::Number && t.kind != TokKind::String) {
      lineBegins = true;
      importLine = false;
      continue;
    }
    if (lineBegins)
      importLine =
          t.kind == TokKind::Name && (t.text == "import" || t.text == "from");
    lineBegins = false;
    if (importLine && t.kind == TokKind::Name &&
        !pythonKeywords().contains(t.text))
      external.insert(t.text);
  }

  StringMap<unsigned> renamed;
  std::string out;
  raw_string_ostream os(out);
  int depth = 0, level = 0;
  bool atLineStart = true;
  auto emit = [&](StringRef text) {
    if (atLineStart)
      os.indent(level);
    else
      os << ' ';
    os << text;
    atLineStart = false;
  };
  for (size_t k = 0; k < toks.size(); ++k) {
    const Tok &t = toks[k];
    const Tok *prev = k ? &toks[k - 1] : nullptr;
    const Tok *next = k + 1 < toks.size() ? &toks[k + 1] : nullptr;
    switch (t.kind) {
    case TokKind::Indent:
      ++level;
      break;
    case TokKind::Dedent:
      level = std::max(0, level - 1);
      break;
    case TokKind::Newline:
      os << '\n';
      atLineStart = true;
      break;
    case TokKind::Number:
    case TokKind::String:
      emit(eraseLiterals ? StringRef("#") : t.text);
      break;
    case TokKind::Op: {
      if (t.text == "(" || t.text == "[" || t.text == "{")
        ++depth;
      else if ((t.text == ")" || t.text == "]" || t.text == "}") && depth > 0)
        --depth;
      // With literals erased, a unary sign goes with its number.
      if (eraseLiterals && (t.text == "-" || t.text == "+") && next &&
          next->kind == TokKind::Number) {
        bool unary = !prev || prev->kind == TokKind::Newline ||
                     prev->kind == TokKind::Indent ||
                     prev->kind == TokKind::Dedent ||
                     (prev->kind == TokKind::Op && prev->text != ")" &&
                      prev->text != "]" && prev->text != "}") ||
                     (prev->kind == TokKind::Name &&
                      pythonKeywords().contains(prev->text));
        if (unary)
          break;
      }
      emit(t.text);
      break;
    }
    case TokKind::Name: {
      StringRef name = t.text;
      bool keep =
          pythonKeywords().contains(name) || pythonBuiltins().contains(name) ||
          external.contains(name) ||
          (name.starts_with("__") && name.ends_with("__")) ||
          (prev && prev->kind == TokKind::Op && prev->text == ".") ||
          (depth > 0 && next && next->kind == TokKind::Op && next->text == "=");
      if (keep) {
        emit(name);
        break;
      }
      auto [it, inserted] = renamed.try_emplace(name, renamed.size());
      emit("v" + std::to_string(it->second));
      break;
    }
    }
  }
  return out;
}

//===----------------------------------------------------------------------===//
// split
//===----------------------------------------------------------------------===//

namespace {
const char *const kSplitNames[] = {"train", "validation", "test", "curated"};
enum SplitId { Train, Validation, Test, Curated, NumSplits };

/// The split of a structure group: the seeded hash of its key, bucketed
/// 900/50/50 out of 1000.
SplitId splitForStructure(StringRef seed, StringRef key) {
  std::string text = (seed + "\n" + key).str();
  uint64_t bucket = xxh3_64bits(text) % 1000;
  return bucket < 900 ? Train : bucket < 950 ? Validation : Test;
}

std::string structureKey(const json::Object &entry) {
  if (const json::Object *meta = getMetadata(entry))
    if (const json::Value *structure = meta->get("structure")) {
      if (std::optional<StringRef> s = structure->getAsString())
        return "metadata:" + s->str();
      std::string text;
      raw_string_ostream os(text);
      os << *structure; // objects print with sorted keys: canonical
      return "metadata:" + text;
    }
  return "derived:" + normalizePython(getString(entry, "python_code"),
                                      /*eraseLiterals=*/true);
}

std::string astHash(const json::Object &entry, bool &fromMetadata) {
  if (const json::Object *meta = getMetadata(entry))
    if (std::optional<StringRef> h = meta->getString("ast_hash")) {
      fromMetadata = true;
      return h->str();
    }
  fromMetadata = false;
  return hash64Hex(normalizePython(getString(entry, "python_code"),
                                   /*eraseLiterals=*/false));
}
} // namespace

int py2triton::corpus::runSplit(ArrayRef<const char *> args) {
  const char *cmd = "split";
  std::string outDir, curatedPath, seedText = "0";
  bool dumpKeys = false;
  ArgParser parser(cmd);
  parser.option("out-dir", outDir, "directory for the split files (required)");
  parser.option("curated", curatedPath,
                "curated entries: their own split, never deduplicated away");
  parser.option("seed", seedText, "seed of the structure-to-split hash (0)");
  parser.flag("dump-keys", dumpKeys,
              "print id, AST hash, structure hash, split per entry");
  bool dumpNormalized = false;
  parser.flag("dump-normalized", dumpNormalized,
              "print each entry's normalised python_code (implies "
              "--dump-keys)");
  std::vector<std::string> positionals;
  if (!parser.parse(args, positionals)) {
    if (parser.helpRequested) {
      parser.printUsage("split IN.jsonl --out-dir DIR [options]");
      return 0;
    }
    return 1;
  }
  if (positionals.size() != 1)
    return reportError(cmd, "expected exactly one input file (try --help)");
  dumpKeys |= dumpNormalized;
  if (outDir.empty() && !dumpKeys)
    return reportError(cmd, "--out-dir is required");
  dumpKeys |= dumpNormalized;
  uint64_t seed;
  if (!parseUnsigned(cmd, "seed", seedText, seed))
    return 1;
  std::string seedKey = std::to_string(seed);

  auto input = readJsonl(positionals[0]);
  if (!input)
    return reportError(cmd, toString(input.takeError()));
  std::vector<JsonlRecord> curatedInput;
  if (!curatedPath.empty()) {
    auto curated = readJsonl(curatedPath);
    if (!curated)
      return reportError(cmd, toString(curated.takeError()));
    curatedInput = std::move(*curated);
  }

  // Curated entries first, so that a generated copy of one is the duplicate.
  struct Item {
    const JsonlRecord *record;
    bool curated;
  };
  std::vector<Item> items;
  for (const JsonlRecord &r : curatedInput)
    items.push_back({&r, true});
  for (const JsonlRecord &r : *input) {
    const json::Object *meta = getMetadata(r.object);
    bool curated = meta && getString(*meta, "source") == "curated";
    items.push_back({&r, curated});
  }

  std::vector<std::string> files[NumSplits];
  StringSet<> splitStructures[NumSplits];
  StringSet<> seenIds;
  StringMap<bool> seenHashes; // AST hash -> first holder was curated
  StringSet<> curatedStructures;
  unsigned duplicateIds = 0, duplicates = 0, duplicatesOfCurated = 0,
           malformed = 0, hashesFromMetadata = 0, structuresShared = 0;
  for (const Item &item : items) {
    const json::Object &entry = item.record->object;
    StringRef id = getString(entry, "id");
    std::string verdict;
    std::string hash, structure;
    if (id.empty() || getString(entry, "python_code").empty()) {
      ++malformed;
      verdict = "dropped-malformed";
    } else if (!seenIds.insert(id).second) {
      ++duplicateIds;
      verdict = "dropped-duplicate-id";
    } else {
      bool fromMetadata;
      hash = astHash(entry, fromMetadata);
      hashesFromMetadata += fromMetadata;
      structure = structureKey(entry);
      auto [it, inserted] = seenHashes.try_emplace(hash, item.curated);
      if (!inserted) {
        ++duplicates;
        duplicatesOfCurated += it->second && !item.curated;
        verdict = "dropped-duplicate";
      } else {
        SplitId split =
            item.curated ? Curated : splitForStructure(seedKey, structure);
        if (item.curated)
          curatedStructures.insert(structure);
        files[split].push_back(item.record->text);
        splitStructures[split].insert(structure);
        verdict = kSplitNames[split];
      }
    }
    if (dumpKeys)
      outs() << id << '\t' << hash << '\t'
             << (structure.empty() ? "" : hash64Hex(structure)) << '\t'
             << verdict << '\n';
    if (dumpNormalized)
      outs() << normalizePython(getString(entry, "python_code"),
                                /*eraseLiterals=*/false)
             << "----\n";
  }
  for (SplitId s : {Train, Validation, Test})
    for (const auto &key : splitStructures[s])
      structuresShared += curatedStructures.contains(key.getKey());

  if (outDir.empty())
    return 0;

  std::string contents[NumSplits];
  for (unsigned s = 0; s < NumSplits; ++s) {
    for (const std::string &line : files[s])
      contents[s] += line + "\n";
    SmallString<256> path(outDir);
    sys::path::append(path, std::string(kSplitNames[s]) + ".jsonl");
    if (Error err = writeFileAtomically(path, contents[s]))
      return reportError(cmd, toString(std::move(err)));
  }

  std::string manifest;
  raw_string_ostream ms(manifest);
  {
    json::OStream j(ms, 2);
    j.object([&] {
      j.attribute("tool", "py2triton-corpus split");
      j.attribute("input", sys::path::filename(positionals[0]));
      j.attribute("curated_input",
                  curatedPath.empty()
                      ? json::Value(nullptr)
                      : json::Value(sys::path::filename(curatedPath)));
      j.attribute("seed", static_cast<int64_t>(seed));
      j.attribute("normalization", "docs/corpus.md#deduplication (v1)");
      j.attributeObject("counts", [&] {
        j.attribute("input_entries", static_cast<int64_t>(input->size()));
        j.attribute("curated_input_entries",
                    static_cast<int64_t>(curatedInput.size()));
        j.attribute("malformed_dropped", malformed);
        j.attribute("duplicate_ids_dropped", duplicateIds);
        j.attribute("duplicates_dropped", duplicates);
        j.attribute("duplicates_of_curated_dropped", duplicatesOfCurated);
        j.attribute("ast_hashes_from_metadata", hashesFromMetadata);
        unsigned kept = 0;
        for (auto &f : files)
          kept += f.size();
        j.attribute("kept", kept);
        j.attribute("structures_shared_with_curated", structuresShared);
      });
      j.attributeObject("files", [&] {
        for (unsigned s = 0; s < NumSplits; ++s)
          j.attributeObject(std::string(kSplitNames[s]) + ".jsonl", [&] {
            j.attribute("entries", static_cast<int64_t>(files[s].size()));
            j.attribute("structures",
                        static_cast<int64_t>(splitStructures[s].size()));
            j.attribute("bytes", static_cast<int64_t>(contents[s].size()));
            j.attribute("sha256", sha256Hex(contents[s]));
          });
      });
    });
  }
  ms << "\n";
  SmallString<256> manifestPath(outDir);
  sys::path::append(manifestPath, "manifest.json");
  if (Error err = writeFileAtomically(manifestPath, manifest))
    return reportError(cmd, toString(std::move(err)));

  raw_ostream &os = dumpKeys ? errs() : outs();
  os << "split: " << input->size() << " entries";
  if (!curatedPath.empty())
    os << " + " << curatedInput.size() << " curated";
  os << "; dropped " << duplicates << " duplicates (" << duplicatesOfCurated
     << " of curated entries), " << duplicateIds << " duplicate ids, "
     << malformed << " malformed\n";
  for (unsigned s = 0; s < NumSplits; ++s)
    os << "  " << left_justify(kSplitNames[s], 11)
       << right_justify(std::to_string(files[s].size()), 7) << " entries, "
       << splitStructures[s].size() << " structures\n";
  os << "wrote " << outDir << "/{train,validation,test,curated}.jsonl and "
     << "manifest.json\n";
  return 0;
}

//===----------------------------------------------------------------------===//
// stats
//===----------------------------------------------------------------------===//

namespace {
/// Nearest-rank percentile of sorted values (p in [0, 1]).
uint64_t percentile(ArrayRef<uint64_t> sorted, double p) {
  if (sorted.empty())
    return 0;
  size_t rank = static_cast<size_t>(std::ceil(p * sorted.size()));
  return sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1];
}

unsigned countLines(StringRef text) {
  if (text.empty())
    return 0;
  return text.count('\n') + (text.ends_with("\n") ? 0 : 1);
}

/// Rank of an entry: metadata.rank, else the largest shape in
/// metadata.shapes (a list, or an object of lists), else the largest
/// "f32[4, 8]"-style annotation in python_code; "?" when none.
std::string entryRank(const json::Object &entry) {
  const json::Object *meta = getMetadata(entry);
  if (meta) {
    if (std::optional<int64_t> r = meta->getInteger("rank"))
      return std::to_string(*r);
    if (const json::Value *shapes = meta->get("shapes")) {
      int64_t best = -1;
      std::function<void(const json::Value &, int)> visit =
          [&](const json::Value &v, int level) {
            if (const json::Array *a = v.getAsArray()) {
              bool allInts = llvm::all_of(*a, [](const json::Value &e) {
                return e.getAsInteger().has_value();
              });
              if (allInts)
                best = std::max<int64_t>(best, a->size());
              else if (level < 4)
                for (const json::Value &e : *a)
                  visit(e, level + 1);
            } else if (const json::Object *o = v.getAsObject()) {
              if (level < 4)
                for (const auto &kv : *o)
                  visit(kv.second, level + 1);
            }
          };
      visit(*shapes, 0);
      if (best >= 0)
        return std::to_string(best);
    }
  }
  static const Regex annotation("[\"'](f16|f32|f64|bf16|i1|i8|i32|i64|bool)"
                                "\\[([^]\"']*)\\]");
  StringRef rest = getString(entry, "python_code");
  int best = -1;
  SmallVector<StringRef, 3> groups;
  while (annotation.match(rest, &groups)) {
    StringRef dims = groups[2].trim();
    int rank = dims.empty() ? 0 : dims.count(',') + 1;
    best = std::max(best, rank);
    rest = rest.substr(groups[0].data() - rest.data() + groups[0].size());
  }
  return best >= 0 ? std::to_string(best) : "?";
}

/// Counts per (row key, split); printed as a Markdown table.
struct Table {
  std::map<std::string, std::array<uint64_t, NumSplits>> rows;
  void add(StringRef key, unsigned split) { rows[key.str()][split] += 1; }
};

void printTable(raw_ostream &os, StringRef title, const Table &table,
                ArrayRef<StringRef> order, ArrayRef<unsigned> splits) {
  os << "| " << title;
  for (unsigned s : splits)
    os << " | " << kSplitNames[s];
  os << " | total |\n|---";
  for (size_t i = 0; i <= splits.size(); ++i)
    os << "|---:";
  os << "|\n";
  std::vector<std::string> keys;
  for (StringRef k : order)
    if (table.rows.count(k.str()))
      keys.push_back(k.str());
  for (const auto &kv : table.rows)
    if (!llvm::is_contained(keys, kv.first))
      keys.push_back(kv.first);
  for (const std::string &key : keys) {
    const auto &counts = table.rows.at(key);
    uint64_t total = 0;
    os << "| " << key;
    for (unsigned s : splits) {
      os << " | " << counts[s];
      total += counts[s];
    }
    os << " | " << total << " |\n";
  }
  os << "\n";
}

struct ReasonCount {
  std::string reason;
  uint64_t count = 0;
  std::string exampleId, exampleError;
};
} // namespace

int py2triton::corpus::runStats(ArrayRef<const char *> args) {
  const char *cmd = "stats";
  std::string outPath, chartPath, resultsPath, pythonPath, plotScript;
  ArgParser parser(cmd);
  parser.option("out", outPath, "the Markdown report to write (required)");
  parser.option("chart", chartPath, "also draw a PNG chart (matplotlib)");
  parser.option("results", resultsPath,
                "validation results (from validate --results)");
  parser.option("python", pythonPath, "Python for the chart");
  parser.option("plot-script", plotScript,
                "chart script (default: corpus/tools/plot_stats.py)");
  std::vector<std::string> positionals;
  if (!parser.parse(args, positionals)) {
    if (parser.helpRequested) {
      parser.printUsage("stats DIR --out STATS.md [options]");
      return 0;
    }
    return 1;
  }
  if (positionals.size() != 1)
    return reportError(cmd, "expected exactly one split directory");
  if (outPath.empty())
    return reportError(cmd, "--out is required");
  StringRef dir = positionals[0];

  // Entries per split.
  std::vector<JsonlRecord> splits[NumSplits];
  std::vector<unsigned> present;
  for (unsigned s = 0; s < NumSplits; ++s) {
    SmallString<256> path(dir);
    sys::path::append(path, std::string(kSplitNames[s]) + ".jsonl");
    if (!sys::fs::exists(path))
      continue;
    auto records = readJsonl(path);
    if (!records)
      return reportError(cmd, toString(records.takeError()));
    splits[s] = std::move(*records);
    present.push_back(s);
  }
  if (present.empty())
    return reportError(cmd, "no {train,validation,test,curated}.jsonl in '" +
                                dir + "'");

  Table ops, difficulty, dtypes, ranks, sources;
  std::map<std::string, uint64_t> tags;
  std::vector<uint64_t> lengths[4]; // python chars/lines, triton chars/lines
  uint64_t total = 0;
  for (unsigned s : present) {
    for (const JsonlRecord &r : splits[s]) {
      ++total;
      const json::Object *meta = getMetadata(r.object);
      json::Object empty;
      const json::Object &m = meta ? *meta : empty;
      StringRef op = getString(m, "operation_type");
      ops.add(op.empty() ? "?" : op, s);
      StringRef diff = getString(m, "difficulty");
      difficulty.add(diff.empty() ? "?" : diff, s);
      StringRef source = getString(m, "source");
      sources.add(source.empty() ? "?" : source, s);
      if (const json::Array *d = m.getArray("dtypes"))
        for (const json::Value &v : *d)
          if (std::optional<StringRef> name = v.getAsString())
            dtypes.add(*name, s);
      if (const json::Array *t = m.getArray("tags"))
        for (const json::Value &v : *t)
          if (std::optional<StringRef> name = v.getAsString())
            ++tags[name->str()];
      ranks.add(entryRank(r.object), s);
      StringRef py = getString(r.object, "python_code");
      StringRef tt = getString(r.object, "triton_code");
      lengths[0].push_back(py.size());
      lengths[1].push_back(countLines(py));
      lengths[2].push_back(tt.size());
      lengths[3].push_back(countLines(tt));
    }
  }
  for (auto &l : lengths)
    llvm::sort(l);

  // Validation results.
  bool haveResults = false;
  uint64_t validated = 0, passed = 0;
  double seconds = 0;
  std::vector<ReasonCount> reasons;
  if (!resultsPath.empty()) {
    unsigned torn = 0;
    auto results = readJsonl(resultsPath, /*skipMalformed=*/true, &torn);
    if (!results)
      return reportError(cmd, toString(results.takeError()));
    haveResults = true;
    // The last record of an id wins (a rerun may append a newer one).
    StringMap<const json::Object *> byId;
    std::vector<StringRef> order;
    for (const JsonlRecord &r : *results) {
      StringRef id = getString(r.object, "id");
      if (id.empty())
        continue;
      if (!byId.count(id))
        order.push_back(id);
      byId[id] = &r.object;
    }
    StringMap<size_t> reasonIndex;
    for (StringRef id : order) {
      const json::Object &r = *byId[id];
      ++validated;
      seconds += r.getNumber("seconds").value_or(0);
      if (r.getBoolean("passed").value_or(false)) {
        ++passed;
        continue;
      }
      std::string reason = getString(r, "reason").str();
      if (reason.empty())
        reason = "?";
      auto [it, inserted] = reasonIndex.try_emplace(reason, reasons.size());
      if (inserted)
        reasons.push_back({reason, 0, id.str(), getString(r, "error").str()});
      ++reasons[it->second].count;
    }
    llvm::sort(reasons, [](const ReasonCount &a, const ReasonCount &b) {
      return std::tie(b.count, a.reason) < std::tie(a.count, b.reason);
    });
  }

  // The chart, through corpus/tools/plot_stats.py.
  bool chartWritten = false;
  std::string chartNote;
  if (!chartPath.empty()) {
    std::string python = findPython(pythonPath);
    if (plotScript.empty()) {
      SmallString<256> def(PY2TRITON_SOURCE_DIR);
      sys::path::append(def, "corpus", "tools", "plot_stats.py");
      plotScript = def.str().str();
    }
    if (python.empty()) {
      chartNote = "no Python found";
    } else if (!sys::fs::exists(plotScript)) {
      chartNote = "no " + plotScript;
    } else {
      std::string summary;
      raw_string_ostream ss(summary);
      json::OStream j(ss);
      auto counts = [&](StringRef name, const Table &t) {
        j.attributeObject(name, [&] {
          for (const auto &kv : t.rows) {
            uint64_t sum = 0;
            for (uint64_t c : kv.second)
              sum += c;
            j.attribute(kv.first, static_cast<int64_t>(sum));
          }
        });
      };
      j.object([&] {
        j.attributeObject("splits", [&] {
          for (unsigned s : present)
            j.attribute(kSplitNames[s], static_cast<int64_t>(splits[s].size()));
        });
        counts("operation_type", ops);
        counts("difficulty", difficulty);
        counts("dtype", dtypes);
        counts("rank", ranks);
        j.attributeArray("python_lines", [&] {
          for (uint64_t v : lengths[1])
            j.value(static_cast<int64_t>(v));
        });
        j.attributeArray("triton_lines", [&] {
          for (uint64_t v : lengths[3])
            j.value(static_cast<int64_t>(v));
        });
        if (haveResults)
          j.attributeObject("failure_reasons", [&] {
            j.attribute("passed", static_cast<int64_t>(passed));
            for (const ReasonCount &r : reasons)
              j.attribute(r.reason, static_cast<int64_t>(r.count));
          });
      });
      SmallString<256> summaryPath;
      int fd;
      if (std::error_code ec = sys::fs::createTemporaryFile(
              "py2triton-stats", "json", fd, summaryPath))
        return reportError(cmd,
                           "cannot create a temporary file: " + ec.message());
      {
        raw_fd_ostream os(fd, /*shouldClose=*/true);
        os << summary;
      }
      SmallString<256> chartTmp(chartPath);
      chartTmp += ".tmp.png";
      std::string err;
      StringRef argv[] = {python, plotScript, summaryPath, chartTmp};
      int rc = sys::ExecuteAndWait(python, argv, std::nullopt, {}, 0, 0, &err);
      sys::fs::remove(summaryPath);
      if (rc == 0 && sys::fs::exists(chartTmp)) {
        if (std::error_code ec = sys::fs::rename(chartTmp, chartPath))
          return reportError(cmd, "cannot write '" + chartPath +
                                      "': " + ec.message());
        chartWritten = true;
      } else {
        sys::fs::remove(chartTmp);
        chartNote = rc == 3
                        ? "matplotlib is not installed"
                        : "plot_stats.py failed (exit " + std::to_string(rc) +
                              ")" + (err.empty() ? "" : ": " + err);
      }
    }
    if (!chartWritten)
      WithColor::note(errs(), "py2triton-corpus stats")
          << "chart skipped: " << chartNote << "\n";
  }

  // The report.
  std::string md;
  raw_string_ostream os(md);
  os << "# Corpus statistics\n\n"
     << "Generated by `py2triton-corpus stats` from the split directory "
        "(docs/corpus.md). Do not edit by hand.\n\n";
  os << "Entries: " << total << " (";
  ListSeparator sep;
  for (unsigned s : present)
    os << sep << kSplitNames[s] << " " << splits[s].size();
  os << ").\n\n";
  if (chartWritten) {
    SmallString<256> outDirPath(outPath), chartDirPath(chartPath);
    sys::path::remove_filename(outDirPath);
    sys::path::remove_filename(chartDirPath);
    StringRef link = outDirPath == chartDirPath ? sys::path::filename(chartPath)
                                                : StringRef(chartPath);
    os << "![corpus statistics](" << link << ")\n\n";
  }

  // Deduplication counts, when split left a manifest.
  SmallString<256> manifestPath(dir);
  sys::path::append(manifestPath, "manifest.json");
  if (auto buffer = MemoryBuffer::getFile(manifestPath)) {
    if (Expected<json::Value> manifest = json::parse((*buffer)->getBuffer())) {
      if (const json::Object *counts =
              manifest->getAsObject()
                  ? manifest->getAsObject()->getObject("counts")
                  : nullptr) {
        os << "## Deduplication (split)\n\n| count | value |\n|---|---:|\n";
        for (StringRef key :
             {"input_entries", "curated_input_entries", "duplicates_dropped",
              "duplicates_of_curated_dropped", "duplicate_ids_dropped",
              "malformed_dropped", "kept", "structures_shared_with_curated"})
          if (std::optional<int64_t> v = counts->getInteger(key))
            os << "| " << key << " | " << *v << " |\n";
        if (std::optional<int64_t> seed =
                manifest->getAsObject()->getInteger("seed"))
          os << "| seed | " << *seed << " |\n";
        os << "\n";
      }
    } else {
      consumeError(manifest.takeError());
    }
  }

  os << "## Entries per split\n\n";
  printTable(os, "source", sources, {"generated", "curated"}, present);
  os << "## Operation type\n\n";
  printTable(os, "operation_type", ops,
             {"elementwise", "reduction", "normalization", "matmul", "scan",
              "attention", "pooling", "loss", "fused"},
             present);
  os << "## Difficulty\n\n";
  printTable(os, "difficulty", difficulty, {"easy", "medium", "hard"}, present);
  os << "## Dtype (entries testing it)\n\n";
  printTable(os, "dtype", dtypes, {"fp32", "fp16", "bf16"}, present);
  os << "## Rank (largest input rank)\n\n";
  printTable(os, "rank", ranks, {"0", "1", "2", "3", "4", "5", "6"}, present);

  os << "## Lengths\n\nNearest-rank percentiles over all entries.\n\n"
     << "| measure | min | median | p90 | max |\n|---|---:|---:|---:|---:|\n";
  const char *lengthNames[] = {"python_code characters", "python_code lines",
                               "triton_code characters", "triton_code lines"};
  for (unsigned i = 0; i < 4; ++i)
    os << "| " << lengthNames[i] << " | " << percentile(lengths[i], 0) << " | "
       << percentile(lengths[i], 0.5) << " | " << percentile(lengths[i], 0.9)
       << " | " << percentile(lengths[i], 1) << " |\n";
  os << "\n";

  if (!tags.empty()) {
    std::vector<std::pair<std::string, uint64_t>> sorted(tags.begin(),
                                                         tags.end());
    llvm::sort(sorted, [](const auto &a, const auto &b) {
      return std::tie(b.second, a.first) < std::tie(a.second, b.first);
    });
    os << "## Tags (top 20)\n\n| tag | entries |\n|---|---:|\n";
    for (size_t i = 0; i < sorted.size() && i < 20; ++i)
      os << "| " << sorted[i].first << " | " << sorted[i].second << " |\n";
    os << "\n";
  }

  os << "## Validation\n\n";
  if (!haveResults) {
    os << "No results given (`--results`).\n";
  } else {
    os << "| validated | passed | failed | pass rate | mean seconds |\n"
       << "|---:|---:|---:|---:|---:|\n"
       << "| " << validated << " | " << passed << " | " << validated - passed
       << " | "
       << format("%.1f%%", validated ? 100.0 * passed / validated : 0.0)
       << " | " << format("%.2f", validated ? seconds / validated : 0.0)
       << " |\n\n";
    if (!reasons.empty()) {
      os << "| failure reason | entries | example |\n|---|---:|---|\n";
      for (const ReasonCount &r : reasons) {
        std::string example = r.exampleId + ": " + r.exampleError;
        std::replace(example.begin(), example.end(), '|', '/');
        std::replace(example.begin(), example.end(), '\n', ' ');
        std::replace(example.begin(), example.end(), '`', '\'');
        if (example.size() > 160)
          example = example.substr(0, 157) + "...";
        os << "| " << r.reason << " | " << r.count << " | `" << example
           << "` |\n";
      }
    }
  }

  if (Error err = writeFileAtomically(outPath, md))
    return reportError(cmd, toString(std::move(err)));
  outs() << "stats: " << total << " entries; wrote " << outPath;
  if (chartWritten)
    outs() << " and " << chartPath;
  outs() << "\n";
  return 0;
}
