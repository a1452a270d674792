//===- main.cpp - py2triton-corpus subcommand dispatch
//---------------------===//
//
// py2triton-corpus SUBCOMMAND ARGS...: builds and curates the py2triton
// training corpus (docs/corpus.md).
//
// NOTE: minimal dispatch for the validate/split/stats subcommands; the
// generate subcommand's dispatch is merged in from its own change.
//
//===----------------------------------------------------------------------===//

#include "Dataset.h"
#include "Validate.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/raw_ostream.h"

using namespace py2triton::corpus;

static void printUsage(llvm::raw_ostream &os) {
  os << "usage: py2triton-corpus SUBCOMMAND [ARGS...]\n\n"
        "subcommands (each takes --help):\n"
        "  validate IN.jsonl --out VALID.jsonl   run every entry's tests\n"
        "  split IN.jsonl --out-dir DIR          dedupe; train/validation/"
        "test/curated\n"
        "  stats DIR --out STATS.md              corpus statistics\n";
}

int main(int argc, char **argv) {
  llvm::InitLLVM initLLVM(argc, argv);
  if (argc < 2) {
    printUsage(llvm::errs());
    return 1;
  }
  llvm::StringRef command = argv[1];
  llvm::ArrayRef<const char *> args(argv + 2, argv + argc);
  if (command == "validate")
    return runValidate(args);
  if (command == "split")
    return runSplit(args);
  if (command == "stats")
    return runStats(args);
  if (command == "-h" || command == "--help" || command == "help") {
    printUsage(llvm::outs());
    return 0;
  }
  llvm::errs() << "py2triton-corpus: unknown subcommand '" << command << "'\n";
  printUsage(llvm::errs());
  return 1;
}
