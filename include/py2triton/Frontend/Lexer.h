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

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
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
  /// An open bracket waiting for its closer.
  struct OpenBracket {
    char ch;
    Location loc;
  };

  DiagnosticEngine &diags;
  const char *bufStart;
  const char *bufEnd;
  const char *cur;
  /// Line number of `cur` and the first byte of that line.
  unsigned line = 1;
  const char *lineStart;
  /// Indentation widths of the open blocks; always starts with 0.
  llvm::SmallVector<unsigned, 16> indentStack;
  /// >0: INDENTs to emit, <0: DEDENTs to emit (at indentTokPtr).
  int pendingIndents = 0;
  const char *indentTokPtr = nullptr;
  llvm::SmallVector<OpenBracket, 16> bracketStack;
  /// At the start of a logical line (indentation not yet measured).
  bool atLineStart = true;
  /// The last token was a NEWLINE (or nothing was emitted yet).
  bool lastWasNewline = true;
  /// An error was reported; only Eof follows.
  bool failed = false;

  Location getLoc(const char *p) const;
  void startNewLine(const char *next);
  Token makeToken(TokenKind kind, const char *start);
  Token makeToken(TokenKind kind, const char *start, Location loc);
  Token errorAt(const char *p, const llvm::Twine &message);
  Token errorAt(Location loc, const llvm::Twine &message);
  bool handleLineStart(Token &out);
  Token handleEof();
  Token lexIdentifierOrKeyword(const char *start);
  Token lexNumber(const char *start);
  Token lexString(const char *start, const char *quote);
  Token lexPunct(const char *start);
  bool decodeEscape(const char *&p, std::string &text, Token &err);
};

/// Prints `tokens` one per line as `line:col KIND 'spelling'` (the format of
/// `py2triton --emit=tokens`).
void dumpTokens(llvm::ArrayRef<Token> tokens, llvm::raw_ostream &os);

} // namespace py2triton

#endif // PY2TRITON_FRONTEND_LEXER_H
