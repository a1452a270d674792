//===- py2triton-fuzz.cpp - libFuzzer entry for the front end -------------===//
//
// Feeds arbitrary bytes to the lexer (tokenize + dumpTokens) and the parser
// (parseModule + ast::dump) with diagnostics silenced. Any crash, hang,
// sanitizer report or leak is a bug in the front end.
//
//===----------------------------------------------------------------------===//

#include "py2triton/Frontend/AST.h"
#include "py2triton/Frontend/Diagnostics.h"
#include "py2triton/Frontend/Lexer.h"
#include "py2triton/Frontend/Parser.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <cstddef>
#include <cstdint>
#include <string>

using namespace py2triton;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  llvm::StringRef input(reinterpret_cast<const char *>(data), size);
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBufferCopy(input, "fuzz.py"), llvm::SMLoc());

  std::string out;
  llvm::raw_string_ostream os(out);

  {
    DiagnosticEngine diags(sourceMgr);
    diags.setQuiet(true);
    Lexer lexer(diags);
    std::vector<Token> tokens = lexer.tokenize();
    // The stream always ends with Eof or (after a diagnostic) Error.
    if (tokens.empty() ||
        (tokens.back().kind != TokenKind::Eof &&
         tokens.back().kind != TokenKind::Error) ||
        (tokens.back().kind == TokenKind::Error) != diags.hadError())
      __builtin_trap();
    dumpTokens(tokens, os);
  }

  {
    DiagnosticEngine diags(sourceMgr);
    diags.setQuiet(true);
    std::unique_ptr<ast::Module> module = parseModule(diags);
    // Exactly one diagnostic on failure, none on success.
    if (module ? diags.getNumErrors() != 0 : diags.getNumErrors() != 1)
      __builtin_trap();
    if (module)
      ast::dump(*module, os);
  }
  return 0;
}
