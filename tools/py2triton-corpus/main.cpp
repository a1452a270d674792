//===- main.cpp - py2triton-corpus: build the training corpus -------------===//
//
// py2triton-corpus <subcommand> [options]
//
//   generate  random programs -> translated JSONL entries (Generate.cpp)
//   validate  run entries' tests                          (Validate.cpp)
//   split     dedup and train/val/test split              (Dataset.cpp)
//   stats     corpus statistics                           (Dataset.cpp)
//
// Each subcommand parses its own arguments (--help); docs/corpus.md
// describes them.
//
//===----------------------------------------------------------------------===//

#include "Dataset.h"
#include "Generate.h"
#include "Validate.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

using namespace py2triton;

namespace {
struct Subcommand {
  const char *name;
  int (*run)(llvm::ArrayRef<const char *>);
  const char *help;
};

const Subcommand kSubcommands[] = {
    {"generate", corpus::runGenerate,
     "--count N --seed S --out FILE.jsonl [--jobs J] [--rejects REJ.json]"},
    {"validate", corpus::runValidate,
     "IN.jsonl --out VALID.jsonl [--results R.jsonl] [--jobs J] ..."},
    {"split", corpus::runSplit, "IN.jsonl --out-dir DIR [--curated C.jsonl]"},
    {"stats", corpus::runStats, "DIR --out STATS.md [--chart PNG]"},
};

void usage(llvm::raw_ostream &os) {
  os << "usage: py2triton-corpus <subcommand> [options]\n";
  for (const Subcommand &s : kSubcommands)
    os << "  " << s.name << " " << s.help << "\n";
}
} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM initLLVM(argc, argv);
  if (argc < 2) {
    usage(llvm::errs());
    return 1;
  }
  llvm::StringRef name = argv[1];
  if (name == "-h" || name == "--help" || name == "help") {
    usage(llvm::outs());
    return 0;
  }
  for (const Subcommand &s : kSubcommands)
    if (name == s.name)
      return s.run(llvm::ArrayRef<const char *>(argv + 2, argv + argc));
  llvm::WithColor::error(llvm::errs(), "py2triton-corpus")
      << "unknown subcommand '" << name << "'\n";
  usage(llvm::errs());
  return 1;
}
