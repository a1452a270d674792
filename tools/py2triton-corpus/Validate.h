//===- Validate.h - Run corpus entries' tests under pytest -------*- C++
//-*-===//
//
// `py2triton-corpus validate` (docs/corpus.md): runs every entry's test_code
// under pytest in sharded parallel processes, records per-entry results in an
// append-only, resumable RESULTS.jsonl, and writes the passing entries.
//
//===----------------------------------------------------------------------===//

#ifndef PY2TRITON_TOOLS_CORPUS_VALIDATE_H
#define PY2TRITON_TOOLS_CORPUS_VALIDATE_H

#include "llvm/ADT/ArrayRef.h"

namespace py2triton::corpus {

/// `py2triton-corpus validate IN.jsonl --out VALID.jsonl [--results R.jsonl]
/// [--jobs J] [--shard-size K] [--python PY] [--timeout S] [--gpu]
/// [--keep-temp]`. `args` excludes the program and subcommand names.
int runValidate(llvm::ArrayRef<const char *> args);

} // namespace py2triton::corpus

#endif // PY2TRITON_TOOLS_CORPUS_VALIDATE_H
