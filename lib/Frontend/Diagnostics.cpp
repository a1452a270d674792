//===- Diagnostics.cpp - Located front-end diagnostics --------------------===//

#include "py2triton/Frontend/Diagnostics.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

using namespace py2triton;

void DiagnosticEngine::error(Location loc, const llvm::Twine &message) {
  if (numErrors++ == 0)
    firstError = message.str();
  if (quiet)
    return;
  sourceMgr.PrintMessage(llvm::errs(), loc.ptr, llvm::SourceMgr::DK_Error,
                         message);
}

void DiagnosticEngine::errorInFile(const llvm::Twine &message) {
  if (numErrors++ == 0)
    firstError = message.str();
  if (quiet)
    return;
  llvm::errs() << getFileName() << ": error: " << message << "\n";
}

void DiagnosticEngine::note(Location loc, const llvm::Twine &message) {
  if (quiet)
    return;
  sourceMgr.PrintMessage(llvm::errs(), loc.ptr, llvm::SourceMgr::DK_Note,
                         message);
}

llvm::StringRef DiagnosticEngine::getFileName() const {
  if (sourceMgr.getNumBuffers() == 0)
    return "<unknown>";
  return sourceMgr.getMemoryBuffer(sourceMgr.getMainFileID())
      ->getBufferIdentifier();
}
