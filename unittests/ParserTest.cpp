//===- ParserTest.cpp - Unit tests for the Python parser ------------------===//

#include "py2triton/Frontend/Parser.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include "gtest/gtest.h"

#include <random>
#include <string>
#include <vector>

using namespace py2triton;
using namespace py2triton::ast;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

namespace {

/// Parses `source`, recording diagnostics as "line:col: message".
struct ParseResult {
  std::unique_ptr<llvm::SourceMgr> sourceMgr;
  std::unique_ptr<Module> module;
  std::vector<std::string> errors;

  std::string firstError() const {
    return errors.empty() ? std::string() : errors.front();
  }
  std::string dump() const {
    std::string out;
    llvm::raw_string_ostream os(out);
    if (module)
      ast::dump(*module, os);
    return out;
  }
};

ParseResult parse(llvm::StringRef source) {
  ParseResult result;
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
  result.module = parseModule(diags);
  return result;
}

/// Parses `source` as a single expression statement and returns its dump.
std::string dumpExpr(llvm::StringRef source) {
  ParseResult r = parse(source);
  if (!r.module || r.module->getBody().size() != 1)
    return "<error: " + r.firstError() + ">";
  const auto *stmt = dyn_cast<ExprStmt>(r.module->getBody().front().get());
  if (!stmt)
    return "<not an expression>";
  std::string out;
  llvm::raw_string_ostream os(out);
  ast::dump(*stmt->getValue(), os);
  return out;
}

const Expr *getOnlyExpr(const ParseResult &r) {
  return cast<ExprStmt>(r.module->getBody().front().get())->getValue();
}

TEST(ParserTest, PowerBindsTighterThanUnaryMinus) {
  EXPECT_EQ(dumpExpr("-2**2\n"), "UnaryOp - 1:1\n"
                                 "  BinOp ** 1:3\n"
                                 "    Int 2 1:2\n"
                                 "    Int 2 1:5\n");
  // Right-associative, and the exponent may carry a unary operator.
  EXPECT_EQ(dumpExpr("a**-b**c\n"), "BinOp ** 1:2\n"
                                    "  Name a 1:1\n"
                                    "  UnaryOp - 1:4\n"
                                    "    BinOp ** 1:6\n"
                                    "      Name b 1:5\n"
                                    "      Name c 1:8\n");
}

TEST(ParserTest, ArithmeticPrecedenceAndAssociativity) {
  EXPECT_EQ(dumpExpr("a - b - c * d @ e | f ^ g & h << i\n"),
            "BinOp | 1:19\n"
            "  BinOp - 1:7\n"
            "    BinOp - 1:3\n"
            "      Name a 1:1\n"
            "      Name b 1:5\n"
            "    BinOp @ 1:15\n"
            "      BinOp * 1:11\n"
            "        Name c 1:9\n"
            "        Name d 1:13\n"
            "      Name e 1:17\n"
            "  BinOp ^ 1:23\n"
            "    Name f 1:21\n"
            "    BinOp & 1:27\n"
            "      Name g 1:25\n"
            "      BinOp << 1:31\n"
            "        Name h 1:29\n"
            "        Name i 1:34\n");
}

TEST(ParserTest, BooleanOperatorsFlattenAndNest) {
  EXPECT_EQ(dumpExpr("a or b and not c or d\n"), "BoolOp or 1:3\n"
                                                 "  Name a 1:1\n"
                                                 "  BoolOp and 1:8\n"
                                                 "    Name b 1:6\n"
                                                 "    UnaryOp not 1:12\n"
                                                 "      Name c 1:16\n"
                                                 "  Name d 1:21\n");
}

TEST(ParserTest, ChainedComparison) {
  ParseResult r = parse("a < b <= c is not d not in e == f\n");
  ASSERT_TRUE(r.module) << r.firstError();
  const auto *cmp = dyn_cast<CompareExpr>(getOnlyExpr(r));
  ASSERT_TRUE(cmp);
  EXPECT_EQ(cmp->getOps(),
            std::vector<CompareOpKind>(
                {CompareOpKind::Lt, CompareOpKind::LtE, CompareOpKind::IsNot,
                 CompareOpKind::NotIn, CompareOpKind::Eq}));
  EXPECT_EQ(cmp->getComparators().size(), 5u);
  EXPECT_EQ(cast<NameExpr>(cmp->getLeft())->getName(), "a");
}

TEST(ParserTest, ConditionalExpressionIsRightNested) {
  EXPECT_EQ(dumpExpr("a if b else c if d else e\n"),
            "IfExp 1:3\n"
            "  test: Name b 1:6\n"
            "  body: Name a 1:1\n"
            "  orelse: IfExp 1:15\n"
            "    test: Name d 1:18\n"
            "    body: Name c 1:13\n"
            "    orelse: Name e 1:25\n");
}

TEST(ParserTest, MultiDimensionalSubscript) {
  EXPECT_EQ(dumpExpr("x[:, 1:3, ..., None, ::2]\n"),
            "Subscript 1:2\n"
            "  value: Name x 1:1\n"
            "  index: Tuple 1:3\n"
            "    Slice 1:3\n"
            "    Slice 1:6\n"
            "      lower: Int 1 1:6\n"
            "      upper: Int 3 1:8\n"
            "    Ellipsis 1:11\n"
            "    None 1:16\n"
            "    Slice 1:22\n"
            "      step: Int 2 1:24\n");
}

TEST(ParserTest, CallsWithKeywords) {
  EXPECT_EQ(dumpExpr("torch.sum(x, dim=-1, keepdim=True)\n"),
            "Call 1:10\n"
            "  func: Attribute sum 1:7\n"
            "    Name torch 1:1\n"
            "  Name x 1:11\n"
            "  Keyword dim 1:14\n"
            "    UnaryOp - 1:18\n"
            "      Int 1 1:19\n"
            "  Keyword keepdim 1:22\n"
            "    Bool True 1:30\n");
}

TEST(ParserTest, TuplesAndLists) {
  EXPECT_EQ(dumpExpr("()\n"), "Tuple 1:1\n");
  EXPECT_EQ(dumpExpr("(a,)\n"), "Tuple 1:1\n  Name a 1:2\n");
  EXPECT_EQ(dumpExpr("a, b,\n"), "Tuple 1:1\n  Name a 1:1\n  Name b 1:4\n");
  EXPECT_EQ(dumpExpr("[]\n"), "List 1:1\n");
  EXPECT_EQ(dumpExpr("[1, [2],]\n"),
            "List 1:1\n  Int 1 1:2\n  List 1:5\n    Int 2 1:6\n");
  // A parenthesised expression is just the expression.
  EXPECT_EQ(dumpExpr("(a)\n"), "Name a 1:2\n");
}

TEST(ParserTest, NumberValues) {
  ParseResult r = parse("x = 0x7fff_ffff_ffff_ffff\n"
                        "y = 1_000.5e-3\n"
                        "z = 0b101 + 0o17 + .5 + 1.\n");
  ASSERT_TRUE(r.module) << r.firstError();
  const auto *x = cast<AssignStmt>(r.module->getBody()[0].get());
  EXPECT_EQ(cast<IntExpr>(x->getValue())->getValue(), INT64_MAX);
  const auto *y = cast<AssignStmt>(r.module->getBody()[1].get());
  EXPECT_DOUBLE_EQ(cast<FloatExpr>(y->getValue())->getValue(), 1.0005);
  EXPECT_EQ(parse("x = 9223372036854775808\n").firstError(),
            "1:5: integer literal too large");
  EXPECT_EQ(parse("x = 0x1_0000_0000_0000_0000\n").firstError(),
            "1:5: integer literal too large");
  EXPECT_EQ(dumpExpr("0.1 + 1e-05 + 2.5e+20 + 3.0 + 1e16\n"),
            "BinOp + 1:29\n"
            "  BinOp + 1:23\n"
            "    BinOp + 1:13\n"
            "      BinOp + 1:5\n"
            "        Float 0.1 1:1\n"
            "        Float 1e-05 1:7\n"
            "      Float 2.5e+20 1:15\n"
            "    Float 3.0 1:25\n"
            "  Float 1e+16 1:31\n");
}

TEST(ParserTest, AdjacentStringsConcatenate) {
  ParseResult r = parse("s = 'a' \"b\" r'\\c' '''d'''\n");
  ASSERT_TRUE(r.module) << r.firstError();
  const auto *s = cast<AssignStmt>(r.module->getBody()[0].get());
  EXPECT_EQ(cast<StringExpr>(s->getValue())->getValue(), "ab\\cd");
  EXPECT_EQ(parse("s = 'a' b'b'\n").firstError(),
            "1:9: cannot mix bytes and nonbytes literals");
}

TEST(ParserTest, DocstringsAndLookup) {
  ParseResult r = parse("\"\"\"Module doc.\"\"\"\n"
                        "import torch\n"
                        "def softmax(x):\n"
                        "    '''Row softmax.'''\n"
                        "    return x\n"
                        "def nodoc(x):\n"
                        "    x = 1\n"
                        "    'not a docstring'\n"
                        "class Model(torch.nn.Module):\n"
                        "    'Model doc.'\n"
                        "    def forward(self, x):\n"
                        "        return x\n");
  ASSERT_TRUE(r.module) << r.firstError();
  const Module &m = *r.module;
  ASSERT_TRUE(m.getDocstring());
  EXPECT_EQ(m.getDocstring()->getValue(), "Module doc.");
  const FunctionDef *fn = m.findFunction("softmax");
  ASSERT_TRUE(fn);
  ASSERT_TRUE(fn->getDocstring());
  EXPECT_EQ(fn->getDocstring()->getValue(), "Row softmax.");
  // The docstring stays in the body.
  EXPECT_EQ(fn->getBody().size(), 2u);
  ASSERT_TRUE(m.findFunction("nodoc"));
  EXPECT_FALSE(m.findFunction("nodoc")->getDocstring());
  EXPECT_FALSE(m.findFunction("forward"));
  EXPECT_FALSE(m.findFunction("Model"));
  const ClassDef *cls = m.findClass("Model");
  ASSERT_TRUE(cls);
  EXPECT_EQ(cls->getDocstring()->getValue(), "Model doc.");
  ASSERT_TRUE(cls->findMethod("forward"));
  EXPECT_EQ(cls->findMethod("forward")->getParams().size(), 2u);
  EXPECT_FALSE(cls->findMethod("backward"));
  EXPECT_FALSE(m.findClass("softmax"));
}

TEST(ParserTest, ElifChainNests) {
  ParseResult r = parse("if a:\n  x = 1\nelif b:\n  x = 2\nelif c:\n  x = 3\n"
                        "else:\n  x = 4\n");
  ASSERT_TRUE(r.module) << r.firstError();
  const auto *outer = cast<IfStmt>(r.module->getBody()[0].get());
  ASSERT_EQ(outer->getOrElse().size(), 1u);
  const auto *mid = cast<IfStmt>(outer->getOrElse()[0].get());
  EXPECT_EQ(mid->getLoc().line, 3u);
  const auto *inner = cast<IfStmt>(mid->getOrElse()[0].get());
  EXPECT_EQ(inner->getLoc().line, 5u);
  ASSERT_EQ(inner->getOrElse().size(), 1u);
  EXPECT_TRUE(isa<AssignStmt>(inner->getOrElse()[0].get()));
}

TEST(ParserTest, AssignmentForms) {
  ParseResult r = parse("a = b = c\n"
                        "x, (y, z), [w] = t\n"
                        "m.n[0] += 1\n"
                        "k: int = 3\n"
                        "j: float\n");
  ASSERT_TRUE(r.module) << r.firstError();
  const StmtList &body = r.module->getBody();
  EXPECT_EQ(cast<AssignStmt>(body[0].get())->getTargets().size(), 2u);
  const auto *unpack = cast<AssignStmt>(body[1].get());
  EXPECT_EQ(cast<TupleExpr>(unpack->getTargets()[0].get())->getElts().size(),
            3u);
  const auto *aug = cast<AugAssignStmt>(body[2].get());
  EXPECT_EQ(aug->getOp(), BinaryOpKind::Add);
  EXPECT_TRUE(isa<SubscriptExpr>(aug->getTarget()));
  EXPECT_TRUE(cast<AnnAssignStmt>(body[3].get())->getValue());
  EXPECT_FALSE(cast<AnnAssignStmt>(body[4].get())->getValue());
}

TEST(ParserTest, SemicolonsAndOneLineSuites) {
  ParseResult r = parse("def f(x): return x\n"
                        "a = 1; b = 2;\n"
                        "if a: b = 3; c = 4\n");
  ASSERT_TRUE(r.module) << r.firstError();
  EXPECT_EQ(r.module->getBody().size(), 4u);
  const auto *ifStmt = cast<IfStmt>(r.module->getBody()[3].get());
  EXPECT_EQ(ifStmt->getBody().size(), 2u);
}

TEST(ParserTest, UnsupportedConstructs) {
  struct Case {
    const char *source;
    const char *error;
  };
  const Case cases[] = {
      {"f = lambda x: x\n", "1:5: lambda expressions"},
      {"y = [i for i in x]\n", "1:5: list comprehensions"},
      {"y = {i for i in x}\n", "1:5: set comprehensions"},
      {"y = {k: v for k in x}\n", "1:5: dict comprehensions"},
      {"y = (i for i in x)\n", "1:5: generator expressions"},
      {"y = sum(i for i in x)\n", "1:9: generator expressions"},
      {"y = {}\n", "1:5: dict displays"},
      {"y = {'a': 1}\n", "1:5: dict displays"},
      {"y = {1, 2}\n", "1:5: set displays"},
      {"while x:\n  pass\n", "1:1: while loops"},
      {"try:\n  pass\nexcept E:\n  pass\n", "1:1: try statements"},
      {"with f() as g:\n  pass\n", "1:1: with statements"},
      {"def f():\n  global x\n", "2:3: global statements"},
      {"def f():\n  nonlocal x\n", "2:3: nonlocal statements"},
      {"def f():\n  yield 1\n", "2:3: yield expressions"},
      {"async def f():\n  pass\n", "1:1: async functions"},
      {"async for x in y:\n  pass\n", "1:1: async for loops"},
      {"async with a:\n  pass\n", "1:1: async with statements"},
      {"def f():\n  await g()\n", "2:3: await expressions"},
      {"if (n := 10) > 5:\n  pass\n", "1:5: assignment expressions (':=')"},
      {"f(*args)\n", "1:3: starred expressions"},
      {"a, *b = c\n", "1:4: starred expressions"},
      {"f(**kw)\n", "1:3: keyword argument unpacking ('**')"},
      {"def f(*args):\n  pass\n", "1:7: '*args' parameters"},
      {"def f(**kw):\n  pass\n", "1:7: '**kwargs' parameters"},
      {"def f(a, *, b):\n  pass\n", "1:10: keyword-only parameters"},
      {"def f(a, /, b):\n  pass\n", "1:10: positional-only parameters"},
      {"del x\n", "1:1: del statements"},
      {"raise E\n", "1:1: raise statements"},
      {"for i in x:\n  break\n", "2:3: break statements"},
      {"for i in x:\n  continue\n", "2:3: continue statements"},
      {"for i in x:\n  pass\nelse:\n  pass\n", "3:1: for-else clauses"},
      {"s = f'{x}'\n", "1:5: f-strings"},
      {"c = 1j\n", "1:5: imaginary literals"},
      {"b = b'x'\n", "1:5: bytes literals"},
      {"from . import x\n", "1:6: relative imports"},
      {"from ..a import x\n", "1:6: relative imports"},
      {"from a import *\n", "1:15: wildcard imports ('from ... import *')"},
      {"class A(B, metaclass=M):\n  pass\n",
       "1:12: keyword arguments in class definitions"},
  };
  for (const Case &c : cases) {
    ParseResult r = parse(c.source);
    EXPECT_FALSE(r.module) << c.source;
    ASSERT_EQ(r.errors.size(), 1u) << c.source;
    std::string expected = c.error;
    bool plural = expected.find("unpacking") == std::string::npos;
    expected += plural ? " are not supported by py2triton"
                       : " is not supported by py2triton";
    EXPECT_EQ(r.firstError(), expected) << c.source;
  }
}

TEST(ParserTest, MalformedInput) {
  struct Case {
    const char *source;
    const char *error;
  };
  const Case cases[] = {
      {"if x\n  pass\n", "1:5: expected ':'"},
      {"def f()\n  pass\n", "1:8: expected ':'"},
      {"if x:\npass\n", "2:1: expected an indented block"},
      {"x = 1\n  y = 2\n", "2:3: unexpected indent"},
      {"x = 1 2\n", "1:7: invalid syntax"},
      {"x = \n", "1:5: expected expression"},
      {"x = (1 2)\n", "1:8: invalid syntax. Perhaps you forgot a comma?"},
      {"f() = 1\n", "1:1: cannot assign to function call"},
      {"1 = x\n", "1:1: cannot assign to literal"},
      {"a + b = c\n", "1:1: cannot assign to expression"},
      {"a, f() = c\n", "1:4: cannot assign to function call"},
      {"None = 1\n", "1:1: cannot assign to None"},
      {"a < b = c\n", "1:1: cannot assign to comparison"},
      {"for f() in x:\n  pass\n", "1:5: cannot assign to function call"},
      {"a, b += 1\n", "1:1: 'tuple' is an illegal expression for augmented "
                      "assignment"},
      {"a, b: int = 1\n", "1:1: only single target (not tuple) can be "
                          "annotated"},
      {"f(a=1, b)\n", "1:8: positional argument follows keyword argument"},
      {"f(a=1, a=2)\n", "1:8: keyword argument repeated: a"},
      {"f(a.b=1)\n", "1:3: expression cannot contain assignment, perhaps you "
                     "meant \"==\"?"},
      {"def f(a=1, b):\n  pass\n", "1:12: parameter without a default follows "
                                   "parameter with a default"},
      {"def f(a, a):\n  pass\n", "1:10: duplicate argument 'a' in function "
                                 "definition"},
      {"return 1\n", "1:1: 'return' outside function"},
      {"x = a if b\n", "1:11: expected 'else' after 'if' expression"},
      {"for x y:\n  pass\n", "1:7: expected 'in'"},
      {"x = a.1\n", "1:6: invalid syntax"},
      {"x = a.\n", "1:7: expected attribute name after '.'"},
      {"else:\n  pass\n", "1:1: invalid syntax"},
      {"from a import b,\n", "1:17: trailing comma not allowed without "
                             "surrounding parentheses"},
      {"@dec\nx = 1\n", "2:1: expected 'def' or 'class' after decorator"},
      {"x[]\n", "1:3: expected expression"},
      {"a not b\n", "1:7: invalid syntax"},
  };
  for (const Case &c : cases) {
    ParseResult r = parse(c.source);
    EXPECT_FALSE(r.module) << c.source;
    EXPECT_EQ(r.errors.size(), 1u) << c.source;
    EXPECT_EQ(r.firstError(), c.error) << c.source;
  }
}

TEST(ParserTest, LexerErrorsAreReportedOnce) {
  ParseResult r = parse("x = (1,\n     'abc\n");
  EXPECT_FALSE(r.module);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.firstError(), "2:6: unterminated string literal");
  // A syntax error before a lexical error wins (the lexer is lazy).
  r = parse("x = = 1\ny = $\n");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.firstError(), "1:5: expected expression");
}

TEST(ParserTest, DeepNestingIsAnErrorNotACrash) {
  for (const char *open :
       {"(", "[", "-", "not ", "a**", "f(", "x[", "a if b else "}) {
    std::string source = "y = ";
    for (int i = 0; i != 100000; ++i)
      source += open;
    source += "1\n";
    ParseResult r = parse(source);
    EXPECT_FALSE(r.module) << open;
    ASSERT_EQ(r.errors.size(), 1u) << open;
    EXPECT_NE(r.firstError().find("expression nested too deeply"),
              std::string::npos)
        << open << ": " << r.firstError();
  }
  // Moderate nesting is fine.
  std::string source =
      "y = " + std::string(150, '(') + "1" + std::string(150, ')') + "\n";
  EXPECT_TRUE(parse(source).module);
}

TEST(ParserTest, LongOperatorChainsAreBounded) {
  std::string source = "y = a";
  for (int i = 0; i != 50000; ++i)
    source += "+a";
  source += "\n";
  ParseResult r = parse(source);
  EXPECT_FALSE(r.module);
  EXPECT_NE(r.firstError().find("expression nested too deeply"),
            std::string::npos);
  // A long but reasonable chain parses.
  std::string ok = "y = a";
  for (int i = 0; i != 2000; ++i)
    ok += ".b";
  ok += "\n";
  EXPECT_TRUE(parse(ok).module);
}

TEST(ParserTest, DumpOfStatements) {
  ParseResult r = parse("import torch.nn as nn, math\n"
                        "from triton import language as tl, jit\n"
                        "@triton.jit\n"
                        "def k(x: int, y=2) -> int:\n"
                        "    for i in range(x):\n"
                        "        assert i, 'msg'\n"
                        "    return\n");
  ASSERT_TRUE(r.module) << r.firstError();
  EXPECT_EQ(r.dump(), "Module \"test.py\"\n"
                      "  Import 1:1\n"
                      "    Alias torch.nn as nn 1:8\n"
                      "    Alias math 1:24\n"
                      "  ImportFrom triton 2:1\n"
                      "    Alias language as tl 2:20\n"
                      "    Alias jit 2:36\n"
                      "  FunctionDef k 4:1\n"
                      "    decorator: Attribute jit 3:9\n"
                      "      Name triton 3:2\n"
                      "    Param x 4:7\n"
                      "      annotation: Name int 4:10\n"
                      "    Param y 4:15\n"
                      "      default: Int 2 4:17\n"
                      "    returns: Name int 4:23\n"
                      "    body:\n"
                      "      For 5:5\n"
                      "        target: Name i 5:9\n"
                      "        iter: Call 5:19\n"
                      "          func: Name range 5:14\n"
                      "          Name x 5:20\n"
                      "        body:\n"
                      "          Assert 6:9\n"
                      "            test: Name i 6:16\n"
                      "            msg: String \"msg\" 6:19\n"
                      "      Return 7:5\n");
}

/// Random token soup from a Python-ish vocabulary exercises far more parser
/// paths than random bytes; neither may crash, hang or report != 1 error.
TEST(ParserTest, RandomInputNeverCrashes) {
  std::mt19937 rng(4242);
  const char *vocab[] = {
      "x",     "f",    "(",        ")",     "[",      "]",      "{",
      "}",     ",",    ":",        ";",     ".",      "=",      "+",
      "-",     "*",    "**",       "/",     "//",     "@",      "<",
      "==",    "not",  "in",       "is",    "and",    "or",     "if",
      "else",  "elif", "for",      "def",   "class",  "return", "lambda",
      "yield", "1",    "2.5",      "'s'",   "\"\"\"", "0x",     "1j",
      "\n",    "\n  ", "\n    ",   "\t",    "\\\n",   "#c\n",   "...",
      "None",  "True", "import",   "from",  "as",     "pass",   "assert",
      ":=",    "->",   "async",    "await", "while",  "with",   "f'",
      "b'x'",  "$",    "\xC3\xA9", "\r\n",  "  ",     "*=",     "~",
  };
  const size_t numVocab = sizeof(vocab) / sizeof(vocab[0]);
  for (int iter = 0; iter != 4000; ++iter) {
    std::string source;
    size_t len = rng() % 40;
    for (size_t i = 0; i != len; ++i) {
      if (iter % 3 == 0 && rng() % 8 == 0)
        source += static_cast<char>(rng() % 256);
      else
        source += vocab[rng() % numVocab];
      if (rng() % 2)
        source += ' ';
    }
    ParseResult r = parse(source);
    if (r.module) {
      ASSERT_TRUE(r.errors.empty()) << source;
      (void)r.dump();
    } else {
      ASSERT_EQ(r.errors.size(), 1u) << source;
    }
  }
}

TEST(ParserTest, TwoThousandLineFileParses) {
  // Timing lives in bench/frontend_bench.py; this checks that a large file
  // parses completely.
  std::string source = "import torch\nimport torch.nn as nn\n\n";
  for (int i = 0; i != 110; ++i) {
    source += "@torch.jit.script\n"
              "def kernel" +
              std::to_string(i) +
              "(x: torch.Tensor, y: torch.Tensor, eps: float = 1e-5):\n"
              "    \"\"\"Fused op.\"\"\"\n"
              "    m = torch.max(x, dim=-1, keepdim=True)[0]\n"
              "    e = torch.exp(x - m)\n"
              "    s = e.sum(dim=-1, keepdim=True)\n"
              "    out = e / (s + eps)\n"
              "    if out.shape[0] > 1 and not y.is_contiguous():\n"
              "        out = out[:, 1:3, ..., None] * 2 ** -1\n"
              "    elif x.dim() == 2:\n"
              "        out += y @ x.T\n"
              "    else:\n"
              "        out = out.clamp(min=0.0, max=6.0)\n"
              "    for i in range(0, x.shape[1], 4):\n"
              "        a, b = out[i], out[i + 1]\n"
              "        out[i] = (a + b) / 2; out[i + 1] = a - b\n"
              "    assert out.ndim == x.ndim, 'shape mismatch'\n"
              "    return out.to(torch.float16)\n"
              "\n";
  }
  ASSERT_GE(std::count(source.begin(), source.end(), '\n'), 2000);
  ParseResult r = parse(source);
  ASSERT_TRUE(r.module) << r.firstError();
  size_t functions = 0;
  for (const ast::StmtPtr &stmt : r.module->getBody())
    functions += llvm::isa<ast::FunctionDef>(stmt.get());
  EXPECT_EQ(functions, 110u);
}

} // namespace
