//===- Token.h - Python tokens ----------------------------------*- C++ -*-===//

#ifndef PY2TRITON_FRONTEND_TOKEN_H
#define PY2TRITON_FRONTEND_TOKEN_H

#include "py2triton/Frontend/Diagnostics.h"

#include "llvm/ADT/StringRef.h"

#include <string>

namespace py2triton {

/// Token kinds. Keywords and operators each have their own kind so the parser
/// can switch on them.
enum class TokenKind {
  // Structure.
  Eof,
  Newline,
  Indent,
  Dedent,
  Error, // the lexer already reported a diagnostic

  // Atoms.
  Identifier,
  Integer, // decimal, 0x, 0o, 0b, with '_' separators
  Float,   // 1.0, 1e-5, .5, 1_000.0
  Imaginary,
  String, // any prefix/quote form; `text` holds the decoded value

  // Keywords.
#define PY_KEYWORD(NAME, SPELLING) Kw_##NAME,
#include "py2triton/Frontend/TokenKinds.def"

  // Operators and delimiters.
#define PY_PUNCT(NAME, SPELLING) NAME,
#include "py2triton/Frontend/TokenKinds.def"
};

/// Returns a printable name for `kind` (the spelling for keywords and
/// punctuation, e.g. "'+='", or a description such as "identifier").
llvm::StringRef getTokenKindName(TokenKind kind);

/// One token. `spelling` is the exact source text; for strings `text` holds
/// the value after removing quotes/prefixes and processing escapes (bytes and
/// raw strings keep their content as written).
struct Token {
  TokenKind kind = TokenKind::Eof;
  Location loc;
  llvm::StringRef spelling;
  std::string text;

  bool is(TokenKind k) const { return kind == k; }
  bool isNot(TokenKind k) const { return kind != k; }
};

} // namespace py2triton

#endif // PY2TRITON_FRONTEND_TOKEN_H
