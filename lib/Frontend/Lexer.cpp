//===- Lexer.cpp - Python lexer -------------------------------------------===//
//
// A single forward pass over the buffer. Locations are computed from the
// current line number and the start of the current line, so producing a token
// is O(length of the token). Identifiers and keywords reference the buffer
// (Token::spelling); only string literals fill Token::text.
//
//===----------------------------------------------------------------------===//

#include "py2triton/Frontend/Lexer.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"

#include <cstring>

using namespace py2triton;

/// Python 3 caps indentation depth the same way ("too many levels of
/// indentation").
static constexpr unsigned kMaxIndentLevels = 100;

//===----------------------------------------------------------------------===//
// Token kind names
//===----------------------------------------------------------------------===//

llvm::StringRef py2triton::getTokenKindName(TokenKind kind) {
  switch (kind) {
  case TokenKind::Eof:
    return "end of file";
  case TokenKind::Newline:
    return "newline";
  case TokenKind::Indent:
    return "indent";
  case TokenKind::Dedent:
    return "dedent";
  case TokenKind::Error:
    return "error";
  case TokenKind::Identifier:
    return "identifier";
  case TokenKind::Integer:
    return "integer literal";
  case TokenKind::Float:
    return "floating-point literal";
  case TokenKind::Imaginary:
    return "imaginary literal";
  case TokenKind::String:
    return "string literal";
#define PY_KEYWORD(NAME, SPELLING)                                             \
  case TokenKind::Kw_##NAME:                                                   \
    return "'" SPELLING "'";
#define PY_PUNCT(NAME, SPELLING)                                               \
  case TokenKind::NAME:                                                        \
    return "'" SPELLING "'";
#include "py2triton/Frontend/TokenKinds.def"
  }
  llvm_unreachable("unknown token kind");
}

/// Returns the enumerator name of `kind` (`Identifier`, `Kw_def`, `LParen`),
/// as printed by dumpTokens.
static llvm::StringRef getTokenKindEnumName(TokenKind kind) {
  switch (kind) {
  case TokenKind::Eof:
    return "Eof";
  case TokenKind::Newline:
    return "Newline";
  case TokenKind::Indent:
    return "Indent";
  case TokenKind::Dedent:
    return "Dedent";
  case TokenKind::Error:
    return "Error";
  case TokenKind::Identifier:
    return "Identifier";
  case TokenKind::Integer:
    return "Integer";
  case TokenKind::Float:
    return "Float";
  case TokenKind::Imaginary:
    return "Imaginary";
  case TokenKind::String:
    return "String";
#define PY_KEYWORD(NAME, SPELLING)                                             \
  case TokenKind::Kw_##NAME:                                                   \
    return "Kw_" #NAME;
#define PY_PUNCT(NAME, SPELLING)                                               \
  case TokenKind::NAME:                                                        \
    return #NAME;
#include "py2triton/Frontend/TokenKinds.def"
  }
  llvm_unreachable("unknown token kind");
}

//===----------------------------------------------------------------------===//
// Character classes
//===----------------------------------------------------------------------===//

static bool isIdentStart(unsigned char c) {
  return llvm::isAlpha(c) || c == '_' || c >= 0x80;
}

static bool isIdentChar(unsigned char c) {
  return llvm::isAlnum(c) || c == '_' || c >= 0x80;
}

static bool isOctDigit(char c) { return c >= '0' && c <= '7'; }
static bool isBinDigit(char c) { return c == '0' || c == '1'; }

/// Appends code point `cp` to `out` as UTF-8 (surrogates included, as
/// CPython's internal representation allows them).
static void appendUTF8(uint32_t cp, std::string &out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

//===----------------------------------------------------------------------===//
// Lexer
//===----------------------------------------------------------------------===//

Lexer::Lexer(DiagnosticEngine &diags) : diags(diags) {
  llvm::SourceMgr &sm = diags.getSourceMgr();
  const llvm::MemoryBuffer *buf = sm.getMemoryBuffer(sm.getMainFileID());
  bufStart = buf->getBufferStart();
  bufEnd = buf->getBufferEnd();
  cur = bufStart;
  lineStart = bufStart;
  // Skip a UTF-8 byte order mark.
  if (bufEnd - cur >= 3 && std::memcmp(cur, "\xEF\xBB\xBF", 3) == 0)
    cur += 3;
  indentStack.push_back(0);
}

Location Lexer::getLoc(const char *p) const {
  Location loc;
  loc.ptr = llvm::SMLoc::getFromPointer(p);
  loc.line = line;
  loc.col = static_cast<unsigned>(p - lineStart) + 1;
  return loc;
}

void Lexer::startNewLine(const char *next) {
  ++line;
  lineStart = next;
}

Token Lexer::makeToken(TokenKind kind, const char *start) {
  return makeToken(kind, start, getLoc(start));
}

Token Lexer::makeToken(TokenKind kind, const char *start, Location loc) {
  Token tok;
  tok.kind = kind;
  tok.loc = loc;
  tok.spelling = llvm::StringRef(start, cur - start);
  lastWasNewline = kind == TokenKind::Newline || kind == TokenKind::Indent ||
                   kind == TokenKind::Dedent;
  return tok;
}

Token Lexer::errorAt(const char *p, const llvm::Twine &message) {
  return errorAt(getLoc(p), message);
}

Token Lexer::errorAt(Location loc, const llvm::Twine &message) {
  diags.error(loc, message);
  failed = true;
  Token tok;
  tok.kind = TokenKind::Error;
  tok.loc = loc;
  const char *p = loc.ptr.getPointer();
  tok.spelling = llvm::StringRef(p, p < bufEnd ? 1 : 0);
  // Everything after an error is Eof.
  cur = bufEnd;
  return tok;
}

/// Measures the indentation of the line at `cur`, skipping blank and
/// comment-only lines. Sets pendingIndents for the INDENT/DEDENT tokens to
/// emit. Returns true (with `out` set) only on error.
bool Lexer::handleLineStart(Token &out) {
  for (;;) {
    unsigned col = 0;
    const char *p = cur;
    for (; p != bufEnd; ++p) {
      if (*p == ' ')
        ++col;
      else if (*p == '\t')
        col = (col / 8 + 1) * 8;
      else if (*p == '\f')
        col = 0;
      else
        break;
    }
    cur = p;
    if (p == bufEnd)
      return false; // EOF: handled by the caller.
    if (*p == '#') {
      while (p != bufEnd && *p != '\n' && *p != '\r')
        ++p;
      cur = p;
      if (p == bufEnd)
        return false;
    }
    if (*p == '\n' || *p == '\r') {
      // Blank or comment-only line: produces nothing.
      if (*p == '\r' && bufEnd - p > 1 && p[1] == '\n')
        ++p;
      ++p;
      cur = p;
      startNewLine(p);
      continue;
    }

    indentTokPtr = p;
    unsigned top = indentStack.back();
    if (col > top) {
      if (indentStack.size() > kMaxIndentLevels) {
        out = errorAt(p, "too many levels of indentation");
        return true;
      }
      indentStack.push_back(col);
      pendingIndents = 1;
      return false;
    }
    int dedents = 0;
    while (col < indentStack.back()) {
      indentStack.pop_back();
      --dedents;
    }
    if (col != indentStack.back()) {
      out = errorAt(p, "unindent does not match any outer indentation level");
      return true;
    }
    pendingIndents = dedents;
    return false;
  }
}

Token Lexer::handleEof() {
  if (!bracketStack.empty()) {
    const OpenBracket &open = bracketStack.back();
    return errorAt(open.loc, llvm::Twine("'") + llvm::Twine(open.ch) +
                                 "' was never closed");
  }
  if (!lastWasNewline) {
    Token tok = makeToken(TokenKind::Newline, cur);
    return tok;
  }
  if (indentStack.size() > 1) {
    indentStack.pop_back();
    return makeToken(TokenKind::Dedent, cur);
  }
  return makeToken(TokenKind::Eof, cur);
}

Token Lexer::next() {
  if (failed) {
    Token tok;
    tok.kind = TokenKind::Eof;
    tok.loc = getLoc(bufEnd);
    tok.spelling = llvm::StringRef(bufEnd, 0);
    return tok;
  }

  for (;;) {
    if (pendingIndents > 0) {
      --pendingIndents;
      Token tok = makeToken(TokenKind::Indent, indentTokPtr);
      tok.spelling = llvm::StringRef(indentTokPtr, 0);
      return tok;
    }
    if (pendingIndents < 0) {
      ++pendingIndents;
      Token tok = makeToken(TokenKind::Dedent, indentTokPtr);
      tok.spelling = llvm::StringRef(indentTokPtr, 0);
      return tok;
    }
    if (atLineStart) {
      atLineStart = false;
      Token err;
      if (handleLineStart(err))
        return err;
      continue;
    }

    // Skip horizontal whitespace.
    while (cur != bufEnd && (*cur == ' ' || *cur == '\t' || *cur == '\f'))
      ++cur;
    if (cur == bufEnd)
      return handleEof();

    const char *start = cur;
    unsigned char c = static_cast<unsigned char>(*cur);
    switch (c) {
    case '#':
      while (cur != bufEnd && *cur != '\n' && *cur != '\r')
        ++cur;
      continue;

    case '\\': {
      // Explicit line joining.
      const char *p = cur + 1;
      if (p != bufEnd && *p == '\r' && bufEnd - p > 1 && p[1] == '\n')
        ++p;
      if (p == bufEnd)
        return errorAt(start, "unexpected end of file after line "
                              "continuation character");
      if (*p != '\n' && *p != '\r')
        return errorAt(start, "unexpected character after line continuation "
                              "character");
      cur = p + 1;
      startNewLine(cur);
      continue;
    }

    case '\r':
    case '\n': {
      if (c == '\r' && bufEnd - cur > 1 && cur[1] == '\n')
        ++cur;
      ++cur;
      if (!bracketStack.empty()) {
        // Implicit line joining inside brackets.
        startNewLine(cur);
        continue;
      }
      Token tok = makeToken(TokenKind::Newline, start);
      startNewLine(cur);
      atLineStart = true;
      return tok;
    }

    case '\0':
      return errorAt(start, "source code cannot contain null bytes");

    case '\'':
    case '"':
      return lexString(start, start);

    case '.':
      if (bufEnd - cur > 1 && llvm::isDigit(cur[1]))
        return lexNumber(start);
      return lexPunct(start);

    default:
      break;
    }

    if (llvm::isDigit(c))
      return lexNumber(start);
    if (isIdentStart(c))
      return lexIdentifierOrKeyword(start);
    return lexPunct(start);
  }
}

std::vector<Token> Lexer::tokenize() {
  std::vector<Token> tokens;
  tokens.reserve(static_cast<size_t>(bufEnd - bufStart) / 4 + 8);
  for (;;) {
    tokens.push_back(next());
    TokenKind kind = tokens.back().kind;
    if (kind == TokenKind::Eof || kind == TokenKind::Error)
      return tokens;
  }
}

/// identifier ::= (letter | '_' | byte >= 0x80) (letter | digit | '_' |
///                byte >= 0x80)*
/// A string prefix (r, b, u, f, rb, br, fr, rf in any case) directly followed
/// by a quote starts a string literal instead.
Token Lexer::lexIdentifierOrKeyword(const char *start) {
  while (cur != bufEnd && isIdentChar(static_cast<unsigned char>(*cur)))
    ++cur;
  llvm::StringRef name(start, cur - start);

  if (name.size() <= 2 && cur != bufEnd && (*cur == '\'' || *cur == '"')) {
    std::string lower = name.lower();
    if (lower == "r" || lower == "b" || lower == "u" || lower == "f" ||
        lower == "rb" || lower == "br" || lower == "fr" || lower == "rf")
      return lexString(start, cur);
  }

  TokenKind kind = llvm::StringSwitch<TokenKind>(name)
#define PY_KEYWORD(NAME, SPELLING) .Case(SPELLING, TokenKind::Kw_##NAME)
#include "py2triton/Frontend/TokenKinds.def"
                       .Default(TokenKind::Identifier);
  return makeToken(kind, start);
}

/// number ::= decinteger | hexinteger | octinteger | bininteger
///          | floatnumber | imagnumber
/// Digits may be separated by single underscores. The value is computed by
/// the parser from the spelling.
Token Lexer::lexNumber(const char *start) {
  auto peekIs = [&](auto pred) {
    return cur != bufEnd && pred(static_cast<unsigned char>(*cur));
  };

  // Non-decimal integers.
  if (*cur == '0' && bufEnd - cur > 1) {
    char b = static_cast<char>(llvm::toLower(cur[1]));
    if (b == 'x' || b == 'o' || b == 'b') {
      const char *what = b == 'x'   ? "hexadecimal"
                         : b == 'o' ? "octal"
                                    : "binary";
      auto isDigitOf = [b](unsigned char ch) {
        return b == 'x'   ? llvm::isHexDigit(ch)
               : b == 'o' ? isOctDigit(ch)
                          : isBinDigit(ch);
      };
      cur += 2;
      bool any = false;
      for (;;) {
        if (peekIs([](unsigned char ch) { return ch == '_'; })) {
          ++cur;
          if (!peekIs(isDigitOf))
            return errorAt(start, llvm::Twine("invalid ") + what + " literal");
        }
        if (!peekIs(isDigitOf))
          break;
        any = true;
        ++cur;
      }
      if (cur != bufEnd && b != 'x' && llvm::isDigit(*cur))
        return errorAt(cur, llvm::Twine("invalid digit '") + llvm::Twine(*cur) +
                                "' in " + what + " literal");
      if (!any || peekIs(isIdentChar))
        return errorAt(start, llvm::Twine("invalid ") + what + " literal");
      return makeToken(TokenKind::Integer, start);
    }
  }

  // Scans `digit (['_'] digit)*`; returns false on a misplaced underscore.
  auto scanDigits = [&]() {
    while (cur != bufEnd) {
      if (*cur == '_') {
        ++cur;
        if (!peekIs(llvm::isDigit))
          return false;
      }
      if (!peekIs(llvm::isDigit))
        break;
      ++cur;
    }
    return true;
  };

  bool isFloat = false;
  if (*cur != '.') {
    if (!scanDigits())
      return errorAt(start, "invalid decimal literal");
  }
  if (cur != bufEnd && *cur == '.') {
    isFloat = true;
    ++cur;
    if (peekIs(llvm::isDigit) && !scanDigits())
      return errorAt(start, "invalid decimal literal");
  }
  if (cur != bufEnd && (*cur == 'e' || *cur == 'E')) {
    const char *p = cur + 1;
    if (p != bufEnd && (*p == '+' || *p == '-'))
      ++p;
    if (p == bufEnd || !llvm::isDigit(*p))
      return errorAt(start, "invalid decimal literal");
    cur = p;
    if (!scanDigits())
      return errorAt(start, "invalid decimal literal");
    isFloat = true;
  }
  if (cur != bufEnd && (*cur == 'j' || *cur == 'J')) {
    ++cur;
    if (peekIs(isIdentChar))
      return errorAt(start, "invalid imaginary literal");
    return makeToken(TokenKind::Imaginary, start);
  }
  if (peekIs(isIdentChar))
    return errorAt(start, "invalid decimal literal");
  if (!isFloat && *start == '0') {
    for (const char *p = start; p != cur; ++p)
      if (*p != '0' && *p != '_')
        return errorAt(start, "leading zeros in decimal integer literals are "
                              "not permitted; use an 0o prefix for octal "
                              "integers");
  }
  return makeToken(isFloat ? TokenKind::Float : TokenKind::Integer, start);
}

/// Decodes the escape sequence at `p` (pointing at the backslash) of a
/// non-raw string into `text` and advances `p`. Returns false after reporting
/// an error.
bool Lexer::decodeEscape(const char *&p, std::string &text, Token &err) {
  const char *backslash = p;
  ++p; // the backslash; the caller guarantees a following byte
  char c = *p++;
  auto readHex = [&](unsigned count, uint32_t &value) {
    value = 0;
    for (unsigned i = 0; i != count; ++i) {
      if (p == bufEnd || !llvm::isHexDigit(*p))
        return false;
      value = value * 16 + llvm::hexDigitValue(*p);
      ++p;
    }
    return true;
  };
  uint32_t value;
  switch (c) {
  case '\r':
    if (p != bufEnd && *p == '\n')
      ++p;
    startNewLine(p);
    return true; // line continuation: nothing
  case '\n':
    startNewLine(p);
    return true;
  case '\\':
  case '\'':
  case '"':
    text += c;
    return true;
  case 'a':
    text += '\a';
    return true;
  case 'b':
    text += '\b';
    return true;
  case 'f':
    text += '\f';
    return true;
  case 'n':
    text += '\n';
    return true;
  case 'r':
    text += '\r';
    return true;
  case 't':
    text += '\t';
    return true;
  case 'v':
    text += '\v';
    return true;
  case 'x':
    if (!readHex(2, value)) {
      err = errorAt(backslash, "truncated \\xXX escape");
      return false;
    }
    appendUTF8(value, text);
    return true;
  case 'u':
    if (!readHex(4, value)) {
      err = errorAt(backslash, "truncated \\uXXXX escape");
      return false;
    }
    appendUTF8(value, text);
    return true;
  case 'U':
    if (!readHex(8, value)) {
      err = errorAt(backslash, "truncated \\UXXXXXXXX escape");
      return false;
    }
    if (value > 0x10FFFF) {
      err = errorAt(backslash, "illegal Unicode character");
      return false;
    }
    appendUTF8(value, text);
    return true;
  case 'N':
    err = errorAt(backslash, "\\N{...} escapes are not supported by py2triton");
    return false;
  default:
    break;
  }
  if (isOctDigit(c)) {
    value = c - '0';
    for (unsigned i = 0; i != 2 && p != bufEnd && isOctDigit(*p); ++i)
      value = value * 8 + (*p++ - '0');
    appendUTF8(value, text);
    return true;
  }
  // Unknown escapes keep the backslash (CPython warns, we accept).
  text += '\\';
  text += c;
  return true;
}

/// string ::= [prefix] (shortstring | longstring)
/// `start` is the first byte of the token (the prefix or the quote), `quote`
/// the opening quote.
Token Lexer::lexString(const char *start, const char *quote) {
  Location startLoc = getLoc(start);
  bool raw = false, bytes = false;
  for (const char *p = start; p != quote; ++p) {
    char lc = static_cast<char>(llvm::toLower(*p));
    raw |= lc == 'r';
    bytes |= lc == 'b';
  }
  const bool keepAsWritten = raw || bytes;
  const char q = *quote;
  const bool triple = bufEnd - quote >= 3 && quote[1] == q && quote[2] == q;
  const char *p = quote + (triple ? 3 : 1);
  std::string text;

  for (;;) {
    if (p == bufEnd)
      return errorAt(startLoc, triple
                                   ? "unterminated triple-quoted string literal"
                                   : "unterminated string literal");
    char c = *p;
    if (c == q) {
      if (!triple) {
        ++p;
        break;
      }
      if (bufEnd - p >= 3 && p[1] == q && p[2] == q) {
        p += 3;
        break;
      }
      text += c;
      ++p;
      continue;
    }
    if (c == '\n' || c == '\r') {
      if (!triple)
        return errorAt(startLoc, "unterminated string literal");
      if (c == '\r' && bufEnd - p > 1 && p[1] == '\n')
        ++p;
      ++p;
      text += '\n';
      startNewLine(p);
      continue;
    }
    if (c == '\0')
      return errorAt(p, "source code cannot contain null bytes");
    if (c == '\\') {
      if (bufEnd - p < 2) {
        ++p; // unterminated; reported above on the next iteration
        continue;
      }
      if (keepAsWritten) {
        // The backslash still protects the next character (a quote or a
        // newline) from ending the literal.
        char n = p[1];
        text += '\\';
        p += 2;
        if (n == '\0')
          return errorAt(p - 1, "source code cannot contain null bytes");
        if (n == '\r' && p != bufEnd && *p == '\n') {
          ++p;
          text += '\n';
          startNewLine(p);
        } else if (n == '\n' || n == '\r') {
          text += '\n';
          startNewLine(p);
        } else {
          text += n;
        }
        continue;
      }
      Token err;
      if (!decodeEscape(p, text, err))
        return err;
      continue;
    }
    // Copy a run of ordinary characters at once.
    const char *run = p;
    while (p != bufEnd && *p != q && *p != '\\' && *p != '\n' && *p != '\r' &&
           *p != '\0')
      ++p;
    text.append(run, p);
  }

  cur = p;
  Token tok = makeToken(TokenKind::String, start, startLoc);
  tok.text = std::move(text);
  return tok;
}

/// Operators and delimiters (longest match).
Token Lexer::lexPunct(const char *start) {
  auto at = [&](size_t i) -> char {
    return static_cast<size_t>(bufEnd - cur) > i ? cur[i] : '\0';
  };
  auto tok = [&](TokenKind kind, unsigned len) {
    cur += len;
    return makeToken(kind, start);
  };
  char c = *cur;
  switch (c) {
  case '+':
    return at(1) == '=' ? tok(TokenKind::PlusEqual, 2)
                        : tok(TokenKind::Plus, 1);
  case '-':
    if (at(1) == '=')
      return tok(TokenKind::MinusEqual, 2);
    if (at(1) == '>')
      return tok(TokenKind::Arrow, 2);
    return tok(TokenKind::Minus, 1);
  case '*':
    if (at(1) == '*')
      return at(2) == '=' ? tok(TokenKind::DoubleStarEqual, 3)
                          : tok(TokenKind::DoubleStar, 2);
    return at(1) == '=' ? tok(TokenKind::StarEqual, 2)
                        : tok(TokenKind::Star, 1);
  case '/':
    if (at(1) == '/')
      return at(2) == '=' ? tok(TokenKind::DoubleSlashEqual, 3)
                          : tok(TokenKind::DoubleSlash, 2);
    return at(1) == '=' ? tok(TokenKind::SlashEqual, 2)
                        : tok(TokenKind::Slash, 1);
  case '%':
    return at(1) == '=' ? tok(TokenKind::PercentEqual, 2)
                        : tok(TokenKind::Percent, 1);
  case '@':
    return at(1) == '=' ? tok(TokenKind::AtEqual, 2) : tok(TokenKind::At, 1);
  case '&':
    return at(1) == '=' ? tok(TokenKind::AmpEqual, 2) : tok(TokenKind::Amp, 1);
  case '|':
    return at(1) == '=' ? tok(TokenKind::PipeEqual, 2)
                        : tok(TokenKind::Pipe, 1);
  case '^':
    return at(1) == '=' ? tok(TokenKind::CaretEqual, 2)
                        : tok(TokenKind::Caret, 1);
  case '~':
    return tok(TokenKind::Tilde, 1);
  case '<':
    if (at(1) == '<')
      return at(2) == '=' ? tok(TokenKind::LeftShiftEqual, 3)
                          : tok(TokenKind::LeftShift, 2);
    return at(1) == '=' ? tok(TokenKind::LessEqual, 2)
                        : tok(TokenKind::Less, 1);
  case '>':
    if (at(1) == '>')
      return at(2) == '=' ? tok(TokenKind::RightShiftEqual, 3)
                          : tok(TokenKind::RightShift, 2);
    return at(1) == '=' ? tok(TokenKind::GreaterEqual, 2)
                        : tok(TokenKind::Greater, 1);
  case '=':
    return at(1) == '=' ? tok(TokenKind::EqualEqual, 2)
                        : tok(TokenKind::Equal, 1);
  case '!':
    if (at(1) == '=')
      return tok(TokenKind::NotEqual, 2);
    break;
  case ':':
    return at(1) == '=' ? tok(TokenKind::ColonEqual, 2)
                        : tok(TokenKind::Colon, 1);
  case ',':
    return tok(TokenKind::Comma, 1);
  case ';':
    return tok(TokenKind::Semicolon, 1);
  case '.':
    if (at(1) == '.' && at(2) == '.')
      return tok(TokenKind::Ellipsis, 3);
    return tok(TokenKind::Dot, 1);
  case '(':
  case '[':
  case '{': {
    bracketStack.push_back({c, getLoc(start)});
    TokenKind kind = c == '('   ? TokenKind::LParen
                     : c == '[' ? TokenKind::LSquare
                                : TokenKind::LBrace;
    return tok(kind, 1);
  }
  case ')':
  case ']':
  case '}': {
    if (bracketStack.empty())
      return errorAt(start, llvm::Twine("unmatched '") + llvm::Twine(c) + "'");
    char open = bracketStack.back().ch;
    char expected = open == '(' ? ')' : open == '[' ? ']' : '}';
    if (c != expected)
      return errorAt(start, llvm::Twine("closing '") + llvm::Twine(c) +
                                "' does not match opening '" +
                                llvm::Twine(open) + "'");
    bracketStack.pop_back();
    TokenKind kind = c == ')'   ? TokenKind::RParen
                     : c == ']' ? TokenKind::RSquare
                                : TokenKind::RBrace;
    return tok(kind, 1);
  }
  default:
    break;
  }

  unsigned char uc = static_cast<unsigned char>(c);
  if (uc < 0x20 || uc == 0x7f) {
    std::string hex = llvm::utohexstr(uc, /*LowerCase=*/false, /*Width=*/4);
    return errorAt(start, "invalid non-printable character U+" + hex);
  }
  return errorAt(start,
                 llvm::Twine("invalid character '") + llvm::Twine(c) + "'");
}

//===----------------------------------------------------------------------===//
// Token dump
//===----------------------------------------------------------------------===//

/// Prints `s` between single quotes, escaping quotes, backslashes and
/// control characters (bytes >= 0x80 pass through, so UTF-8 stays readable).
static void printQuoted(llvm::StringRef s, llvm::raw_ostream &os) {
  os << '\'';
  for (unsigned char c : s) {
    switch (c) {
    case '\n':
      os << "\\n";
      break;
    case '\t':
      os << "\\t";
      break;
    case '\r':
      os << "\\r";
      break;
    case '\\':
      os << "\\\\";
      break;
    case '\'':
      os << "\\'";
      break;
    default:
      if (c < 0x20 || c == 0x7f)
        os << "\\x" << llvm::hexdigit(c >> 4, true)
           << llvm::hexdigit(c & 0xF, true);
      else
        os << c;
    }
  }
  os << '\'';
}

void py2triton::dumpTokens(llvm::ArrayRef<Token> tokens,
                           llvm::raw_ostream &os) {
  for (const Token &tok : tokens) {
    os << tok.loc.line << ':' << tok.loc.col << ' '
       << getTokenKindEnumName(tok.kind) << ' ';
    printQuoted(tok.spelling, os);
    if (tok.kind == TokenKind::String) {
      os << " text=";
      printQuoted(tok.text, os);
    }
    os << '\n';
  }
}
