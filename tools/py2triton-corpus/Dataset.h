//===- Dataset.h - Corpus files: JSONL, splits, statistics ------*- C++ -*-===//
//
// Shared pieces of py2triton-corpus (docs/corpus.md): a small argument parser
// for the subcommands, JSON Lines reading, atomic file writes, and the
// Python-source normalisation behind `split`'s deduplication and structure
// hashes. The `split` and `stats` subcommands live in Dataset.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef PY2TRITON_TOOLS_CORPUS_DATASET_H
#define PY2TRITON_TOOLS_CORPUS_DATASET_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace py2triton::corpus {

/// `py2triton-corpus split IN.jsonl --out-dir DIR [--curated C.jsonl]
/// [--seed S] [--dump-keys]`.
int runSplit(llvm::ArrayRef<const char *> args);

/// `py2triton-corpus stats DIR --out STATS.md [--chart PNG]
/// [--results RESULTS.jsonl] [--python PY]`.
int runStats(llvm::ArrayRef<const char *> args);

//===----------------------------------------------------------------------===//
// Command lines
//===----------------------------------------------------------------------===//

/// A minimal GNU-style parser for one subcommand: `--name VALUE`,
/// `--name=VALUE`, boolean `--name`, and positionals. Errors are printed
/// with the subcommand's name.
class ArgParser {
public:
  explicit ArgParser(llvm::StringRef command) : command(command) {}

  void option(llvm::StringRef name, std::string &value, llvm::StringRef help);
  void flag(llvm::StringRef name, bool &value, llvm::StringRef help);
  /// Parses `args`; positionals go to `positionals`. Returns false (after
  /// printing an error) on an unknown option or a missing value. `--help`
  /// prints the usage and also returns false with `helpRequested` set.
  bool parse(llvm::ArrayRef<const char *> args,
             std::vector<std::string> &positionals);
  void printUsage(llvm::StringRef synopsis) const;
  bool helpRequested = false;

private:
  struct Spec {
    std::string name;
    std::string *value = nullptr;
    bool *flag = nullptr;
    std::string help;
  };
  std::string command;
  std::vector<Spec> specs;
};

/// Reports `message` as `py2triton-corpus <command>: error: ...`; returns 1.
int reportError(llvm::StringRef command, const llvm::Twine &message);

/// Parses a non-negative integer option; reports an error on failure.
bool parseUnsigned(llvm::StringRef command, llvm::StringRef option,
                   llvm::StringRef text, uint64_t &value);

//===----------------------------------------------------------------------===//
// JSON Lines
//===----------------------------------------------------------------------===//

/// One line of a JSONL file: its text (without the newline, written back
/// verbatim so that outputs are byte copies of inputs) and its parsed object.
struct JsonlRecord {
  std::string text;
  llvm::json::Object object;
  unsigned lineNo = 0;
};

/// Reads every non-empty line of `path` as a JSON object. With
/// `skipMalformed`, unparsable lines are counted in `*malformed` and skipped
/// (used for append-only logs whose last line may be torn); otherwise the
/// first one is an error.
llvm::Expected<std::vector<JsonlRecord>>
readJsonl(llvm::StringRef path, bool skipMalformed = false,
          unsigned *malformed = nullptr);

/// The string member `key` of `object`, or "" when absent or not a string.
llvm::StringRef getString(const llvm::json::Object &object,
                          llvm::StringRef key);
/// `object["metadata"]`, or nullptr.
const llvm::json::Object *getMetadata(const llvm::json::Object &object);

/// Writes `contents` to `path` through a temporary file in the same
/// directory, fsync and rename: readers see the old file or the new one,
/// never a partial one.
llvm::Error writeFileAtomically(llvm::StringRef path, llvm::StringRef contents);

/// Hex SHA-256 of `data`.
std::string sha256Hex(llvm::StringRef data);

/// The Python interpreter to run: `requested` if non-empty, else
/// $PY2TRITON_PYTHON, else <source>/.venv/bin/python, else python3 on PATH.
/// Returns "" when none is found.
std::string findPython(llvm::StringRef requested);

//===----------------------------------------------------------------------===//
// Python source normalisation (docs/corpus.md, "Deduplication")
//===----------------------------------------------------------------------===//

/// The canonical form of a Python source used for the AST hash: comments,
/// docstrings (any statement that is only a string literal), blank lines and
/// layout removed (one logical line per line, indentation as depth, tokens
/// separated by one space), and local identifiers renamed `v0, v1, ...` in
/// order of first occurrence. Names that carry meaning are kept: keywords,
/// builtins, dunder names, names bound by `import` lines (torch, F, tl, ...),
/// attribute names (after `.`) and keyword-argument names (`dim=` inside
/// brackets). With `eraseLiterals`, number and string literals (and the sign
/// of a signed number) become `#`: the structure form, which erases sizes,
/// shapes (also those in "f32[4, 8]" annotations) and constants.
std::string normalizePython(llvm::StringRef source, bool eraseLiterals);

/// 16 hex digits of a 64-bit hash (xxh3) of `text`.
std::string hash64Hex(llvm::StringRef text);

} // namespace py2triton::corpus

#endif // PY2TRITON_TOOLS_CORPUS_DATASET_H
