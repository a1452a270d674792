//===- Generate.h - py2triton-corpus generate -------------------*- C++ -*-===//
//
// The corpus generator: composes random PyTorch programs from the op table in
// templates/corpus/ops.def, translates each with the compiler in-process
// (Frontend -> MLIRGen -> py-decompose -> exportTriton) and writes one JSON
// line per translated program (docs/corpus.md has the entry format).
//
//===----------------------------------------------------------------------===//

#ifndef PY2TRITON_CORPUS_GENERATE_H
#define PY2TRITON_CORPUS_GENERATE_H

#include "llvm/ADT/ArrayRef.h"

#include <cstdint>
#include <string>

namespace py2triton {
namespace corpus {

struct GenerateOptions {
  /// Number of translated entries to write.
  uint64_t count = 100;
  uint64_t seed = 0;
  /// Worker threads; 0 = hardware concurrency. The output does not depend
  /// on it.
  unsigned jobs = 0;
  std::string outPath;
  /// Optional JSON file with the rejected programs and counts by reason.
  std::string rejectsPath;
  /// Progress bar on stderr: -1 auto (when stderr is a terminal), 0, 1.
  int progress = -1;
};

/// Generates and writes the corpus; returns the process exit status.
int generate(const GenerateOptions &options);

/// `py2triton-corpus generate ...` (args exclude the program and subcommand
/// names).
int runGenerate(llvm::ArrayRef<const char *> args);

} // namespace corpus
} // namespace py2triton

#endif // PY2TRITON_CORPUS_GENERATE_H
