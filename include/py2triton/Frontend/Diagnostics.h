//===- Diagnostics.h - Located front-end diagnostics ------------*- C++ -*-===//
//
// Every front-end stage reports problems through one DiagnosticEngine, which
// prints `file:line:col: error: message`, the source line and a caret, using
// llvm::SourceMgr.
//
//===----------------------------------------------------------------------===//

#ifndef PY2TRITON_FRONTEND_DIAGNOSTICS_H
#define PY2TRITON_FRONTEND_DIAGNOSTICS_H

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/SMLoc.h"
#include "llvm/Support/SourceMgr.h"

#include <string>

namespace py2triton {

/// A position in a source buffer. `ptr` points into the buffer owned by the
/// SourceMgr; `line` and `col` are 1-based (col counts bytes, as SourceMgr
/// does).
struct Location {
  llvm::SMLoc ptr;
  unsigned line = 0;
  unsigned col = 0;

  bool isValid() const { return ptr.isValid(); }
};

/// Collects and prints diagnostics for one source buffer.
class DiagnosticEngine {
public:
  explicit DiagnosticEngine(llvm::SourceMgr &sourceMgr) : sourceMgr(sourceMgr) {}

  /// Report an error at `loc`; prints immediately.
  void error(Location loc, const llvm::Twine &message);
  /// Report an error about the whole file: `file: error: message`.
  void errorInFile(const llvm::Twine &message);
  /// Count an error that was already printed elsewhere (e.g. by MLIR's
  /// SourceMgrDiagnosticHandler).
  void markError() { ++numErrors; }
  /// Report a note (attached to the previous error) at `loc`.
  void note(Location loc, const llvm::Twine &message);

  bool hadError() const { return numErrors != 0; }
  unsigned getNumErrors() const { return numErrors; }

  llvm::SourceMgr &getSourceMgr() { return sourceMgr; }
  /// The identifier (file name) of the main buffer.
  llvm::StringRef getFileName() const;

  /// Stop printing (used by the fuzzer and by tools that only count errors).
  void setQuiet(bool q) { quiet = q; }
  /// The message of the first error reported through error() or
  /// errorInFile(), printed or not (tools that count failures by reason).
  llvm::StringRef getFirstError() const { return firstError; }

private:
  llvm::SourceMgr &sourceMgr;
  unsigned numErrors = 0;
  bool quiet = false;
  std::string firstError;
};

} // namespace py2triton

#endif // PY2TRITON_FRONTEND_DIAGNOSTICS_H
