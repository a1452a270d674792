//===- LexerTest.cpp - Unit tests for the Python lexer --------------------===//

#include "py2triton/Frontend/Lexer.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include "gtest/gtest.h"

#include <random>
#include <string>
#include <vector>

using namespace py2triton;

namespace {

/// Lexes `source` and records the diagnostics instead of printing them.
struct LexResult {
  std::vector<Token> tokens;
  std::vector<std::string> errors; // "line:col: message"
  std::unique_ptr<llvm::SourceMgr> sourceMgr;

  std::vector<TokenKind> kinds() const {
    std::vector<TokenKind> result;
    for (const Token &tok : tokens)
      result.push_back(tok.kind);
    return result;
  }
  std::string firstError() const {
    return errors.empty() ? std::string() : errors.front();
  }
};

LexResult lex(llvm::StringRef source) {
  LexResult result;
  result.sourceMgr = std::make_unique<llvm::SourceMgr>();
  result.sourceMgr->AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBufferCopy(source, "test.py"), llvm::SMLoc());
  result.sourceMgr->setDiagHandler(
      [](const llvm::SMDiagnostic &diag, void *ctx) {
        auto *errors = static_cast<std::vector<std::string> *>(ctx);
        errors->push_back(std::to_string(diag.getLineNo()) + ":" +
                          std::to_string(diag.getColumnNo() + 1) + ": " +
                          diag.getMessage().str());
      },
      &result.errors);
  DiagnosticEngine diags(*result.sourceMgr);
  Lexer lexer(diags);
  result.tokens = lexer.tokenize();
  return result;
}

using K = TokenKind;

TEST(LexerTest, EmptyFileIsJustEof) {
  EXPECT_EQ(lex("").kinds(), std::vector<K>({K::Eof}));
  EXPECT_EQ(lex("\n\n  \n# only a comment\n").kinds(),
            std::vector<K>({K::Eof}));
}

TEST(LexerTest, SimpleAssignment) {
  LexResult r = lex("x = 1\n");
  EXPECT_EQ(r.kinds(), std::vector<K>({K::Identifier, K::Equal, K::Integer,
                                       K::Newline, K::Eof}));
  EXPECT_EQ(r.tokens[0].spelling, "x");
  EXPECT_EQ(r.tokens[2].spelling, "1");
  EXPECT_TRUE(r.errors.empty());
}

TEST(LexerTest, MissingFinalNewlineIsSynthesized) {
  EXPECT_EQ(lex("x").kinds(),
            std::vector<K>({K::Identifier, K::Newline, K::Eof}));
}

TEST(LexerTest, IndentAndDedent) {
  LexResult r = lex("if a:\n    b\n    if c:\n        d\ne\n");
  EXPECT_EQ(r.kinds(),
            std::vector<K>({K::Kw_if, K::Identifier, K::Colon, K::Newline,
                            K::Indent, K::Identifier, K::Newline, K::Kw_if,
                            K::Identifier, K::Colon, K::Newline, K::Indent,
                            K::Identifier, K::Newline, K::Dedent, K::Dedent,
                            K::Identifier, K::Newline, K::Eof}));
  // INDENT/DEDENT sit at the first token of their line.
  EXPECT_EQ(r.tokens[4].loc.line, 2u);
  EXPECT_EQ(r.tokens[4].loc.col, 5u);
  EXPECT_EQ(r.tokens[14].loc.line, 5u);
  EXPECT_EQ(r.tokens[14].loc.col, 1u);
}

TEST(LexerTest, DedentsAtEndOfFile) {
  EXPECT_EQ(
      lex("def f():\n  if x:\n    y").kinds(),
      std::vector<K>({K::Kw_def, K::Identifier, K::LParen, K::RParen, K::Colon,
                      K::Newline, K::Indent, K::Kw_if, K::Identifier, K::Colon,
                      K::Newline, K::Indent, K::Identifier, K::Newline,
                      K::Dedent, K::Dedent, K::Eof}));
}

TEST(LexerTest, BlankAndCommentLinesDoNotAffectIndentation) {
  LexResult r =
      lex("if a:\n\n    # comment at another depth\n  \n    b  # trailing\n");
  EXPECT_EQ(r.kinds(), std::vector<K>({K::Kw_if, K::Identifier, K::Colon,
                                       K::Newline, K::Indent, K::Identifier,
                                       K::Newline, K::Dedent, K::Eof}));
  EXPECT_EQ(r.tokens[5].loc.line, 5u);
}

TEST(LexerTest, TabsIndentToMultiplesOfEight) {
  // A tab and eight spaces are the same indentation level.
  LexResult r = lex("if a:\n\tb\n        c\n");
  EXPECT_TRUE(r.errors.empty()) << r.firstError();
  EXPECT_EQ(r.kinds(),
            std::vector<K>({K::Kw_if, K::Identifier, K::Colon, K::Newline,
                            K::Indent, K::Identifier, K::Newline, K::Identifier,
                            K::Newline, K::Dedent, K::Eof}));
}

TEST(LexerTest, InconsistentDedent) {
  LexResult r = lex("if a:\n    b\n  c\n");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.firstError(),
            "3:3: unindent does not match any outer indentation level");
  EXPECT_EQ(r.tokens.back().kind, K::Error);
}

TEST(LexerTest, ImplicitLineJoiningInsideBrackets) {
  LexResult r = lex("x = (1,\n     2)\ny = [\n  3\n]\n");
  EXPECT_EQ(r.kinds(),
            std::vector<K>({K::Identifier, K::Equal, K::LParen, K::Integer,
                            K::Comma, K::Integer, K::RParen, K::Newline,
                            K::Identifier, K::Equal, K::LSquare, K::Integer,
                            K::RSquare, K::Newline, K::Eof}));
  EXPECT_EQ(r.tokens[5].loc.line, 2u);
  EXPECT_EQ(r.tokens[5].loc.col, 6u);
}

TEST(LexerTest, BackslashContinuation) {
  LexResult r = lex("x = 1 + \\\n    2\n");
  EXPECT_EQ(r.kinds(),
            std::vector<K>({K::Identifier, K::Equal, K::Integer, K::Plus,
                            K::Integer, K::Newline, K::Eof}));
  EXPECT_EQ(r.tokens[4].loc.line, 2u);
  EXPECT_EQ(r.tokens[4].loc.col, 5u);
  EXPECT_EQ(lex("x = \\ y\n").firstError(),
            "1:5: unexpected character after line continuation character");
}

TEST(LexerTest, CRLFLineEndings) {
  LexResult r = lex("if a:\r\n  b\r\n");
  EXPECT_TRUE(r.errors.empty());
  EXPECT_EQ(r.kinds(), std::vector<K>({K::Kw_if, K::Identifier, K::Colon,
                                       K::Newline, K::Indent, K::Identifier,
                                       K::Newline, K::Dedent, K::Eof}));
}

TEST(LexerTest, KeywordsAndIdentifiers) {
  std::string source;
#define PY_KEYWORD(NAME, SPELLING) source += SPELLING " ";
#include "py2triton/Frontend/TokenKinds.def"
  source += "defx _private __init__ True_ match case type\n";
  LexResult r = lex(source);
  std::vector<K> expected;
#define PY_KEYWORD(NAME, SPELLING) expected.push_back(K::Kw_##NAME);
#include "py2triton/Frontend/TokenKinds.def"
  for (int i = 0; i != 7; ++i)
    expected.push_back(K::Identifier);
  expected.push_back(K::Newline);
  expected.push_back(K::Eof);
  EXPECT_EQ(r.kinds(), expected);
}

TEST(LexerTest, Utf8Identifiers) {
  LexResult r = lex("\xCE\xB1\xCE\xB2 = caf\xC3\xA9\n");
  EXPECT_TRUE(r.errors.empty());
  ASSERT_EQ(r.tokens.size(), 5u);
  EXPECT_EQ(r.tokens[0].kind, K::Identifier);
  EXPECT_EQ(r.tokens[0].spelling, "\xCE\xB1\xCE\xB2");
  EXPECT_EQ(r.tokens[2].spelling, "caf\xC3\xA9");
}

TEST(LexerTest, EveryOperatorAndDelimiter) {
  struct Punct {
    K kind;
    const char *spelling;
  };
  const Punct puncts[] = {
#define PY_PUNCT(NAME, SPELLING) {K::NAME, SPELLING},
#include "py2triton/Frontend/TokenKinds.def"
  };
  for (const Punct &p : puncts) {
    // Brackets must balance, so lex each one inside a matching pair.
    std::string source = std::string("a ") + p.spelling + " b\n";
    llvm::StringRef s(p.spelling);
    if (s == "(" || s == "[" || s == "{")
      source = std::string(p.spelling) + (s == "("   ? ")"
                                          : s == "[" ? "]"
                                                     : "}");
    if (s == ")" || s == "]" || s == "}")
      source = std::string(s == ")" ? "(" : s == "]" ? "[" : "{") + p.spelling;
    LexResult r = lex(source);
    EXPECT_TRUE(r.errors.empty()) << p.spelling << ": " << r.firstError();
    bool found = false;
    for (const Token &tok : r.tokens)
      if (tok.kind == p.kind && tok.spelling == p.spelling)
        found = true;
    EXPECT_TRUE(found) << p.spelling;
  }
  // Longest match.
  EXPECT_EQ(lex("a**=b//=c>>=d<<=e...f->g\n").kinds(),
            std::vector<K>(
                {K::Identifier, K::DoubleStarEqual, K::Identifier,
                 K::DoubleSlashEqual, K::Identifier, K::RightShiftEqual,
                 K::Identifier, K::LeftShiftEqual, K::Identifier, K::Ellipsis,
                 K::Identifier, K::Arrow, K::Identifier, K::Newline, K::Eof}));
}

TEST(LexerTest, NumberForms) {
  struct Case {
    const char *text;
    K kind;
  };
  const Case cases[] = {
      {"0", K::Integer},      {"00", K::Integer},
      {"123", K::Integer},    {"1_000_000", K::Integer},
      {"0x1F", K::Integer},   {"0Xdead_BEEF", K::Integer},
      {"0o17", K::Integer},   {"0O7_7", K::Integer},
      {"0b1010", K::Integer}, {"0B_1", K::Integer},
      {"1.0", K::Float},      {"1.", K::Float},
      {".5", K::Float},       {"1e-5", K::Float},
      {"1E+3", K::Float},     {"1_000.5e+3", K::Float},
      {"012.5", K::Float},    {"0e0", K::Float},
      {"1j", K::Imaginary},   {"1.5J", K::Imaginary},
      {"1e3j", K::Imaginary},
  };
  for (const Case &c : cases) {
    LexResult r = lex(std::string(c.text) + "\n");
    EXPECT_TRUE(r.errors.empty()) << c.text << ": " << r.firstError();
    ASSERT_GE(r.tokens.size(), 1u);
    EXPECT_EQ(r.tokens[0].kind, c.kind) << c.text;
    EXPECT_EQ(r.tokens[0].spelling, c.text);
  }
}

TEST(LexerTest, BadNumbers) {
  struct Case {
    const char *text;
    const char *error;
  };
  const Case cases[] = {
      {"012", "1:1: leading zeros in decimal integer literals are not "
              "permitted; use an 0o prefix for octal integers"},
      {"1__0", "1:1: invalid decimal literal"},
      {"1_", "1:1: invalid decimal literal"},
      {"1e", "1:1: invalid decimal literal"},
      {"1e+", "1:1: invalid decimal literal"},
      {"12abc", "1:1: invalid decimal literal"},
      {"0x", "1:1: invalid hexadecimal literal"},
      {"0xg", "1:1: invalid hexadecimal literal"},
      {"0b102", "1:5: invalid digit '2' in binary literal"},
      {"0o8", "1:3: invalid digit '8' in octal literal"},
      {"0b", "1:1: invalid binary literal"},
      {"1jk", "1:1: invalid imaginary literal"},
  };
  for (const Case &c : cases) {
    LexResult r = lex(std::string(c.text) + "\n");
    EXPECT_EQ(r.firstError(), c.error) << c.text;
    EXPECT_EQ(r.tokens.back().kind, K::Error) << c.text;
  }
}

TEST(LexerTest, StringEscapesAreDecoded) {
  LexResult r = lex(R"(s = "a\nb\tc\\d\'e\"f\x41\u00e9\101\0\
g\q"
)");
  ASSERT_TRUE(r.errors.empty()) << r.firstError();
  ASSERT_EQ(r.tokens[2].kind, K::String);
  EXPECT_EQ(r.tokens[2].text, std::string("a\nb\tc\\d'e\"fA\xC3\xA9"
                                          "A") +
                                  std::string(1, '\0') + "g\\q");
  // The continuation inside the string still counts the line.
  EXPECT_EQ(r.tokens[3].kind, K::Newline);
  EXPECT_EQ(r.tokens[3].loc.line, 2u);
}

TEST(LexerTest, StringPrefixesAndQuotes) {
  struct Case {
    const char *source;
    const char *text;
  };
  const Case cases[] = {
      {"'single'", "single"},
      {"\"double\"", "double"},
      {"r'\\n'", "\\n"},
      {"R\"\\d+\"", "\\d+"},
      {"b'\\x00'", "\\x00"},
      {"Br'x'", "x"},
      {"rb'\\\\'", "\\\\"},
      {"u'\\t'", "\t"},
      {"f'{x}'", "{x}"},
      {"Rf'\\n'", "\\n"},
      {"'it\\'s'", "it's"},
      {"r'\\''", "\\'"},
      {"'''a\nb'''", "a\nb"},
      {"\"\"\"q\"\"q\"\"\"", "q\"\"q"},
      {"''", ""},
      {"'\\U0001F600'", "\xF0\x9F\x98\x80"},
  };
  for (const Case &c : cases) {
    LexResult r = lex(std::string(c.source) + "\n");
    ASSERT_TRUE(r.errors.empty()) << c.source << ": " << r.firstError();
    EXPECT_EQ(r.tokens[0].kind, K::String) << c.source;
    EXPECT_EQ(r.tokens[0].text, c.text) << c.source;
    EXPECT_EQ(r.tokens[0].spelling, c.source);
    EXPECT_EQ(r.tokens[1].kind, K::Newline) << c.source;
  }
  // An identifier that is not a prefix is a separate token.
  EXPECT_EQ(lex("ub'x'\n").kinds(),
            std::vector<K>({K::Identifier, K::String, K::Newline, K::Eof}));
}

TEST(LexerTest, TripleQuotedStringSpansLines) {
  LexResult r = lex("x = \"\"\"one\ntwo\n\"\"\" + y\n");
  ASSERT_TRUE(r.errors.empty());
  EXPECT_EQ(r.tokens[2].text, "one\ntwo\n");
  EXPECT_EQ(r.tokens[2].loc.line, 1u);
  EXPECT_EQ(r.tokens[3].kind, K::Plus);
  EXPECT_EQ(r.tokens[3].loc.line, 3u);
  EXPECT_EQ(r.tokens[3].loc.col, 5u);
}

TEST(LexerTest, UnterminatedStrings) {
  EXPECT_EQ(lex("x = 'abc\ny = 1\n").firstError(),
            "1:5: unterminated string literal");
  EXPECT_EQ(lex("x = rb\"abc").firstError(),
            "1:5: unterminated string literal");
  EXPECT_EQ(lex("x = 1\ns = '''abc\n\ndef\n").firstError(),
            "2:5: unterminated triple-quoted string literal");
  EXPECT_EQ(lex("s = 'ab\\").firstError(), "1:5: unterminated string literal");
}

TEST(LexerTest, BadEscapes) {
  EXPECT_EQ(lex("s = 'a\\x4'\n").firstError(), "1:7: truncated \\xXX escape");
  EXPECT_EQ(lex("s = '\\u12'\n").firstError(), "1:6: truncated \\uXXXX escape");
  EXPECT_EQ(lex("s = '\\U00110000'\n").firstError(),
            "1:6: illegal Unicode character");
}

TEST(LexerTest, Brackets) {
  EXPECT_EQ(lex("x = (1]\n").firstError(),
            "1:7: closing ']' does not match opening '('");
  EXPECT_EQ(lex("x = 1)\n").firstError(), "1:6: unmatched ')'");
  EXPECT_EQ(lex("x = }\n").firstError(), "1:5: unmatched '}'");
  EXPECT_EQ(lex("f(a,\n  [b,\n").firstError(), "2:3: '[' was never closed");
  // Nested brackets of different kinds are fine.
  EXPECT_TRUE(lex("x = f([{(a)}])\n").errors.empty());
}

TEST(LexerTest, InvalidCharacters) {
  EXPECT_EQ(lex("x = $a\n").firstError(), "1:5: invalid character '$'");
  EXPECT_EQ(lex("x = a ? b\n").firstError(), "1:7: invalid character '?'");
  EXPECT_EQ(lex("x = !a\n").firstError(), "1:5: invalid character '!'");
  EXPECT_EQ(lex("x = `a`\n").firstError(), "1:5: invalid character '`'");
  EXPECT_EQ(lex(llvm::StringRef("x = \x01\n", 6)).firstError(),
            "1:5: invalid non-printable character U+0001");
  EXPECT_EQ(lex(llvm::StringRef("x = \0\n", 6)).firstError(),
            "1:5: source code cannot contain null bytes");
}

TEST(LexerTest, ErrorStopsTheStream) {
  Token after;
  llvm::SourceMgr sm;
  sm.AddNewSourceBuffer(llvm::MemoryBuffer::getMemBufferCopy("a $ b c\n", "t"),
                        llvm::SMLoc());
  sm.setDiagHandler([](const llvm::SMDiagnostic &, void *) {});
  DiagnosticEngine diags(sm);
  Lexer lexer(diags);
  EXPECT_EQ(lexer.next().kind, K::Identifier);
  EXPECT_EQ(lexer.next().kind, K::Error);
  EXPECT_EQ(lexer.next().kind, K::Eof);
  EXPECT_EQ(lexer.next().kind, K::Eof);
  EXPECT_EQ(diags.getNumErrors(), 1u);
}

TEST(LexerTest, TooManyIndentationLevels) {
  std::string source;
  for (int i = 0; i != 120; ++i)
    source += std::string(i, ' ') + "if x:\n";
  source += std::string(120, ' ') + "pass\n";
  EXPECT_EQ(lex(source).firstError(),
            "102:102: too many levels of indentation");
}

TEST(LexerTest, DumpTokensFormat) {
  LexResult r = lex("if x:\n  s = 'a\\n'  # c\n");
  std::string out;
  llvm::raw_string_ostream os(out);
  dumpTokens(r.tokens, os);
  EXPECT_EQ(out, "1:1 Kw_if 'if'\n"
                 "1:4 Identifier 'x'\n"
                 "1:5 Colon ':'\n"
                 "1:6 Newline '\\n'\n"
                 "2:3 Indent ''\n"
                 "2:3 Identifier 's'\n"
                 "2:5 Equal '='\n"
                 "2:7 String '\\'a\\\\n\\'' text='a\\n'\n"
                 "2:17 Newline '\\n'\n"
                 "3:1 Dedent ''\n"
                 "3:1 Eof ''\n");
}

TEST(LexerTest, TokenKindNames) {
  EXPECT_EQ(getTokenKindName(K::Identifier), "identifier");
  EXPECT_EQ(getTokenKindName(K::PlusEqual), "'+='");
  EXPECT_EQ(getTokenKindName(K::Kw_lambda), "'lambda'");
  EXPECT_EQ(getTokenKindName(K::Eof), "end of file");
}

TEST(LexerTest, RandomBytesNeverCrash) {
  std::mt19937 rng(12345);
  const char alphabet[] =
      "abc019_.eExXoObBjJ'\"\\\n\r\t ()[]{}:;,#=+-*/%@&|^~<>!"
      "\x80\xC3\xA9$?`\x01";
  for (int iter = 0; iter != 3000; ++iter) {
    std::string source;
    size_t len = rng() % 64;
    for (size_t i = 0; i != len; ++i) {
      if (rng() % 4 == 0)
        source += static_cast<char>(rng() % 256);
      else
        source += alphabet[rng() % (sizeof(alphabet) - 1)];
    }
    LexResult r = lex(source);
    ASSERT_FALSE(r.tokens.empty());
    K last = r.tokens.back().kind;
    ASSERT_TRUE(last == K::Eof || last == K::Error);
    ASSERT_EQ(last == K::Error, !r.errors.empty());
    ASSERT_LE(r.errors.size(), 1u);
  }
}

} // namespace
