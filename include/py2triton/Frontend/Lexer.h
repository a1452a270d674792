//===- Lexer.h - Python lexer -----------------------------------*- C++ -*-===//
//
// Hand-written lexer for Python 3 source: INDENT/DEDENT from an indent stack,
// NEWLINE suppressed inside brackets (implicit line joining) and after a
// backslash continuation, comments skipped, numeric literals in every base
// with '_' separators, every string form (prefixes r/b/u/f and combinations,
// single/double/triple quotes).
//
//===----------------------------------------------------------------------===//

#ifndef PY2TRITON_FRONTEND_LEXER_H
#define PY2TRITON_FRONTEND_LEXER_H

#include "py2triton/Frontend/Token.h"

#include "llvm/ADT/SmallVector.h"

#include <vector>

namespace py2triton {

class Lexer {
public:
  /// Lexes the main buffer of `diags.getSourceMgr()`.
  explicit Lexer(DiagnosticEngine &diags);

  /// Returns the next token. After an error the lexer returns a token of kind
  /// TokenKind::Error (the diagnostic is already printed) and then Eof.
  Token next();

  /// Lexes the whole buffer. Stops after the first Error token (which is
  /// included) or at Eof (included).
  std::vector<Token> tokenize();

private:
  // Implementation state; see Lexer.cpp.
  DiagnosticEngine &diags;
  const char *bufStart;
  const char *bufEnd;
  const char *cur;
  unsigned line = 1;
  const char *lineStart;
  llvm::SmallVector<unsigned, 8> indentStack;
  int pendingIndents = 0; // >0: INDENTs to emit, <0: DEDENTs to emit
  unsigned bracketDepth = 0;
  llvm::SmallVector<Token, 4> bracketStack;
  bool atLineStart = true;
  bool lastWasNewline = true;
  bool failed = false;

  Location getLoc(const char *p) const;
  Token makeToken(TokenKind kind, const char *start);
  Token errorAt(const char *p, const llvm::Twine &message);
  bool handleLineStart(Token &out);
  Token lexIdentifierOrKeyword(const char *start);
  Token lexNumber(const char *start);
  Token lexString(const char *start, const char *quote);
  Token lexPunct(const char *start);
};

/// Prints `tokens` one per line as `line:col KIND 'spelling'` (the format of
/// `py2triton --emit=tokens`).
void dumpTokens(llvm::ArrayRef<Token> tokens, llvm::raw_ostream &os);

} // namespace py2triton

#endif // PY2TRITON_FRONTEND_LEXER_H
