//===- Parser.cpp - Recursive-descent Python parser -----------------------===//
//
// One method per grammar rule (the rule is in the method's doc comment), one
// token of lookahead pulled lazily from the Lexer, so the first error in
// source order is the one reported. Binary operators use precedence climbing
// (as in the Toy tutorial). Constructs outside the accepted subset are
// recognised at their first token and rejected with
// "<construct> is/are not supported by py2triton".
//
// Every method returns null (or false) after reporting an error; nothing is
// reported after the first error. Recursion is bounded by `kMaxDepth` and the
// number of left-nested operator/trailer nodes per statement by
// `kMaxChainNodes`, so no input can exhaust the stack (also when the AST is
// later dumped or destroyed).
//
//===----------------------------------------------------------------------===//

#include "py2triton/Frontend/Parser.h"
#include "py2triton/Frontend/Lexer.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"

#include <cstdlib>
#include <limits>

using namespace py2triton;
using namespace py2triton::ast;

namespace {

/// Maximum nesting of parenthesised/bracketed expressions, unary operators,
/// `**` and conditional expressions.
constexpr unsigned kMaxDepth = 200;
/// Maximum number of binary operators and trailers in one statement (each
/// nests the tree one level deeper on the left).
constexpr unsigned kMaxChainNodes = 10000;

class Parser {
public:
  explicit Parser(DiagnosticEngine &diags) : diags(diags), lexer(diags) {
    consume();
  }

  std::unique_ptr<Module> parseModule();

private:
  DiagnosticEngine &diags;
  Lexer lexer;
  Token tok;
  bool failed = false;
  unsigned depth = 0;
  unsigned chainNodes = 0;
  unsigned functionDepth = 0;

  /// Increments `depth` for the lifetime of the guard.
  struct DepthGuard {
    unsigned &depth;
    explicit DepthGuard(unsigned &depth) : depth(depth) { ++depth; }
    ~DepthGuard() { --depth; }
  };

  //===--------------------------------------------------------------------===//
  // Helpers
  //===--------------------------------------------------------------------===//

  void consume() { tok = lexer.next(); }

  bool consumeIf(TokenKind kind) {
    if (tok.isNot(kind))
      return false;
    consume();
    return true;
  }

  /// Reports `message` at `loc` unless an error was already reported (by the
  /// lexer through an Error token, or earlier by the parser).
  std::nullptr_t error(Location loc, const llvm::Twine &message) {
    if (!failed && tok.isNot(TokenKind::Error))
      diags.error(loc, message);
    failed = true;
    return nullptr;
  }

  /// Reports `message` at the current token.
  std::nullptr_t error(const llvm::Twine &message) {
    return error(tok.loc, message);
  }

  /// Reports an error and returns false (for bool-returning methods).
  bool fail(const llvm::Twine &message) {
    error(message);
    return false;
  }
  bool fail(Location loc, const llvm::Twine &message) {
    error(loc, message);
    return false;
  }

  bool expect(TokenKind kind, const llvm::Twine &message) {
    if (consumeIf(kind))
      return true;
    error(message);
    return false;
  }

  /// Reports "expected ':'" unless the current token is a colon.
  bool expectColon() { return expect(TokenKind::Colon, "expected ':'"); }

  /// Counts one more left-nested node of the current statement.
  bool countChainNode() {
    if (++chainNodes <= kMaxChainNodes)
      return true;
    error("expression nested too deeply");
    return false;
  }

  bool isStatementEnd() const {
    return tok.is(TokenKind::Newline) || tok.is(TokenKind::Semicolon);
  }

  static bool startsExpression(TokenKind kind);
  static Location getStartLoc(const Expr *expr);
  static const char *describeTarget(const Expr *expr);

  bool validateTarget(const Expr *target);
  std::nullptr_t reportBadClosing(llvm::StringRef spelling);

  //===--------------------------------------------------------------------===//
  // Statements
  //===--------------------------------------------------------------------===//

  bool parseStatement(StmtList &out);
  bool parseSimpleStatements(StmtList &out);
  StmtPtr parseSimpleStatement();
  StmtPtr parseExprStatement();
  StmtPtr parseReturn();
  StmtPtr parseAssert();
  StmtPtr parseImport();
  StmtPtr parseImportFrom();
  bool parseDottedName(std::string &name);
  bool parseImportAlias(Alias &alias, bool dotted);
  bool parseSuite(StmtList &body);
  StmtPtr parseIf();
  StmtPtr parseFor();
  StmtPtr parseDecorated();
  StmtPtr parseFunctionDef(ExprList decorators);
  bool parseParameters(std::vector<Param> &params);
  StmtPtr parseClassDef(ExprList decorators);
  StmtPtr parseAsync();

  //===--------------------------------------------------------------------===//
  // Expressions
  //===--------------------------------------------------------------------===//

  ExprPtr parseTestList();
  ExprPtr parseTargetList();
  ExprPtr parseTest();
  ExprPtr parseOrTest();
  ExprPtr parseAndTest();
  ExprPtr parseNotTest();
  ExprPtr parseComparison();
  ExprPtr parseBitOrExpr();
  ExprPtr parseBinOpRHS(int minPrec, ExprPtr lhs);
  ExprPtr parseFactor();
  ExprPtr parsePower();
  ExprPtr parsePrimary();
  ExprPtr parseAtom();
  ExprPtr parseNumber();
  ExprPtr parseStrings();
  ExprPtr parseParenthesized();
  ExprPtr parseList();
  ExprPtr parseBraces();
  bool parseArguments(ExprList &args, std::vector<Keyword> &keywords,
                      bool isClassDef);
  ExprPtr parseSubscriptList();
  ExprPtr parseSubscript();
};

} // namespace

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

bool Parser::startsExpression(TokenKind kind) {
  switch (kind) {
  case TokenKind::Identifier:
  case TokenKind::Integer:
  case TokenKind::Float:
  case TokenKind::Imaginary:
  case TokenKind::String:
  case TokenKind::Kw_True:
  case TokenKind::Kw_False:
  case TokenKind::Kw_None:
  case TokenKind::Kw_not:
  case TokenKind::Kw_lambda:
  case TokenKind::Kw_await:
  case TokenKind::Kw_yield:
  case TokenKind::LParen:
  case TokenKind::LSquare:
  case TokenKind::LBrace:
  case TokenKind::Minus:
  case TokenKind::Plus:
  case TokenKind::Tilde:
  case TokenKind::Star:
  case TokenKind::Ellipsis:
    return true;
  default:
    return false;
  }
}

/// Returns the location of the first token of `expr` (operators carry the
/// operator's location, so walk down their leftmost operand).
Location Parser::getStartLoc(const Expr *expr) {
  for (;;) {
    if (const auto *e = llvm::dyn_cast<BinaryExpr>(expr))
      expr = e->getLHS();
    else if (const auto *e = llvm::dyn_cast<BoolOpExpr>(expr))
      expr = e->getValues().front().get();
    else if (const auto *e = llvm::dyn_cast<CompareExpr>(expr))
      expr = e->getLeft();
    else if (const auto *e = llvm::dyn_cast<IfExpExpr>(expr))
      expr = e->getBody();
    else if (const auto *e = llvm::dyn_cast<CallExpr>(expr))
      expr = e->getCallee();
    else if (const auto *e = llvm::dyn_cast<AttributeExpr>(expr))
      expr = e->getValue();
    else if (const auto *e = llvm::dyn_cast<SubscriptExpr>(expr))
      expr = e->getValue();
    else
      return expr->getLoc();
  }
}

/// Describes an expression that cannot be assigned to, as CPython does
/// ("cannot assign to <what>"); null when `expr` is a valid single target.
const char *Parser::describeTarget(const Expr *expr) {
  switch (expr->getKind()) {
  case Expr::Expr_Name:
  case Expr::Expr_Attribute:
  case Expr::Expr_Subscript:
    return nullptr;
  case Expr::Expr_Call:
    return "function call";
  case Expr::Expr_Int:
  case Expr::Expr_Float:
  case Expr::Expr_String:
    return "literal";
  case Expr::Expr_Bool:
    return llvm::cast<BoolExpr>(expr)->getValue() ? "True" : "False";
  case Expr::Expr_None:
    return "None";
  case Expr::Expr_Ellipsis:
    return "ellipsis";
  case Expr::Expr_Compare:
    return "comparison";
  case Expr::Expr_IfExp:
    return "conditional expression";
  case Expr::Expr_Tuple:
    return "tuple";
  case Expr::Expr_List:
    return "list";
  case Expr::Expr_Binary:
  case Expr::Expr_Unary:
  case Expr::Expr_BoolOp:
  case Expr::Expr_Slice:
    return "expression";
  }
  llvm_unreachable("unknown expression kind");
}

/// Checks that `target` can be assigned to (`=` or a `for` target): a Name,
/// Attribute, Subscript, or a Tuple/List of targets.
bool Parser::validateTarget(const Expr *target) {
  const ExprList *elts = nullptr;
  if (const auto *t = llvm::dyn_cast<TupleExpr>(target))
    elts = &t->getElts();
  else if (const auto *l = llvm::dyn_cast<ListExpr>(target))
    elts = &l->getElts();
  if (elts) {
    for (const ExprPtr &elt : *elts)
      if (!validateTarget(elt.get()))
        return false;
    return true;
  }
  if (const char *what = describeTarget(target)) {
    error(getStartLoc(target), llvm::Twine("cannot assign to ") + what);
    return false;
  }
  return true;
}

/// Reports a missing closing bracket: "invalid syntax. Perhaps you forgot a
/// comma?" when the next token could continue a list, else "expected ')'".
std::nullptr_t Parser::reportBadClosing(llvm::StringRef spelling) {
  if (startsExpression(tok.kind) && tok.isNot(TokenKind::Star))
    return error("invalid syntax. Perhaps you forgot a comma?");
  return error(llvm::Twine("expected '") + spelling + "'");
}

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

/// file_input ::= (NEWLINE | statement)* ENDMARKER
std::unique_ptr<Module> Parser::parseModule() {
  StmtList body;
  while (tok.isNot(TokenKind::Eof)) {
    if (consumeIf(TokenKind::Newline))
      continue;
    if (!parseStatement(body))
      return nullptr;
  }
  if (failed || diags.hadError())
    return nullptr;
  return std::make_unique<Module>(diags.getFileName().str(), std::move(body));
}

/// statement ::= compound_stmt | simple_stmts
/// compound_stmt ::= if_stmt | for_stmt | funcdef | classdef | decorated
bool Parser::parseStatement(StmtList &out) {
  chainNodes = 0;
  StmtPtr stmt;
  switch (tok.kind) {
  case TokenKind::Kw_if:
    stmt = parseIf();
    break;
  case TokenKind::Kw_for:
    stmt = parseFor();
    break;
  case TokenKind::Kw_def:
    stmt = parseFunctionDef({});
    break;
  case TokenKind::Kw_class:
    stmt = parseClassDef({});
    break;
  case TokenKind::At:
    stmt = parseDecorated();
    break;
  case TokenKind::Kw_async:
    stmt = parseAsync();
    break;
  case TokenKind::Kw_while:
    return fail("while loops are not supported by py2triton");
  case TokenKind::Kw_try:
    return fail("try statements are not supported by py2triton");
  case TokenKind::Kw_with:
    return fail("with statements are not supported by py2triton");
  case TokenKind::Indent:
    return fail("unexpected indent");
  default:
    return parseSimpleStatements(out);
  }
  if (!stmt)
    return false;
  out.push_back(std::move(stmt));
  return true;
}

/// simple_stmts ::= simple_stmt (';' simple_stmt)* [';'] NEWLINE
bool Parser::parseSimpleStatements(StmtList &out) {
  for (;;) {
    StmtPtr stmt = parseSimpleStatement();
    if (!stmt)
      return false;
    out.push_back(std::move(stmt));
    if (!consumeIf(TokenKind::Semicolon) || tok.is(TokenKind::Newline))
      break;
    chainNodes = 0;
  }
  if (tok.isNot(TokenKind::Newline))
    return fail("invalid syntax");
  consume();
  return true;
}

/// simple_stmt ::= 'pass' | return_stmt | assert_stmt | import_stmt
///               | import_from | expr_stmt
StmtPtr Parser::parseSimpleStatement() {
  switch (tok.kind) {
  case TokenKind::Kw_pass: {
    Location loc = tok.loc;
    consume();
    return std::make_unique<PassStmt>(loc);
  }
  case TokenKind::Kw_return:
    return parseReturn();
  case TokenKind::Kw_assert:
    return parseAssert();
  case TokenKind::Kw_import:
    return parseImport();
  case TokenKind::Kw_from:
    return parseImportFrom();
  case TokenKind::Kw_del:
    return error("del statements are not supported by py2triton");
  case TokenKind::Kw_raise:
    return error("raise statements are not supported by py2triton");
  case TokenKind::Kw_break:
    return error("break statements are not supported by py2triton");
  case TokenKind::Kw_continue:
    return error("continue statements are not supported by py2triton");
  case TokenKind::Kw_global:
    return error("global statements are not supported by py2triton");
  case TokenKind::Kw_nonlocal:
    return error("nonlocal statements are not supported by py2triton");
  default:
    if (!startsExpression(tok.kind))
      return error("invalid syntax");
    return parseExprStatement();
  }
}

/// expr_stmt ::= testlist_star_expr
///                 ( ':' test ['=' testlist_star_expr]
///                 | augassign testlist
///                 | ('=' testlist_star_expr)* )
/// augassign ::= '+=' | '-=' | '*=' | '@=' | '/=' | '//=' | '%=' | '&='
///             | '|=' | '^=' | '<<=' | '>>=' | '**='
StmtPtr Parser::parseExprStatement() {
  Location loc = tok.loc;
  ExprPtr first = parseTestList();
  if (!first)
    return nullptr;

  // Annotated assignment.
  if (tok.is(TokenKind::Colon)) {
    if (llvm::isa<TupleExpr>(first.get()))
      return error(getStartLoc(first.get()),
                   "only single target (not tuple) can be annotated");
    if (llvm::isa<ListExpr>(first.get()))
      return error(getStartLoc(first.get()),
                   "only single target (not list) can be annotated");
    if (describeTarget(first.get()))
      return error(getStartLoc(first.get()), "illegal target for annotation");
    consume();
    ExprPtr annotation = parseTest();
    if (!annotation)
      return nullptr;
    ExprPtr value;
    if (consumeIf(TokenKind::Equal)) {
      value = parseTestList();
      if (!value)
        return nullptr;
    }
    return std::make_unique<AnnAssignStmt>(
        loc, std::move(first), std::move(annotation), std::move(value));
  }

  // Augmented assignment.
  BinaryOpKind augOp;
  bool isAug = true;
  switch (tok.kind) {
  case TokenKind::PlusEqual:
    augOp = BinaryOpKind::Add;
    break;
  case TokenKind::MinusEqual:
    augOp = BinaryOpKind::Sub;
    break;
  case TokenKind::StarEqual:
    augOp = BinaryOpKind::Mul;
    break;
  case TokenKind::AtEqual:
    augOp = BinaryOpKind::MatMul;
    break;
  case TokenKind::SlashEqual:
    augOp = BinaryOpKind::Div;
    break;
  case TokenKind::DoubleSlashEqual:
    augOp = BinaryOpKind::FloorDiv;
    break;
  case TokenKind::PercentEqual:
    augOp = BinaryOpKind::Mod;
    break;
  case TokenKind::AmpEqual:
    augOp = BinaryOpKind::BitAnd;
    break;
  case TokenKind::PipeEqual:
    augOp = BinaryOpKind::BitOr;
    break;
  case TokenKind::CaretEqual:
    augOp = BinaryOpKind::BitXor;
    break;
  case TokenKind::LeftShiftEqual:
    augOp = BinaryOpKind::LShift;
    break;
  case TokenKind::RightShiftEqual:
    augOp = BinaryOpKind::RShift;
    break;
  case TokenKind::DoubleStarEqual:
    augOp = BinaryOpKind::Pow;
    break;
  default:
    isAug = false;
    augOp = BinaryOpKind::Add;
    break;
  }
  if (isAug) {
    if (const char *what = describeTarget(first.get()))
      return error(getStartLoc(first.get()),
                   llvm::Twine("'") + what +
                       "' is an illegal expression for augmented assignment");
    consume();
    ExprPtr value = parseTestList();
    if (!value)
      return nullptr;
    return std::make_unique<AugAssignStmt>(loc, std::move(first), augOp,
                                           std::move(value));
  }

  // (Chained) assignment.
  if (tok.is(TokenKind::Equal)) {
    ExprList targets;
    ExprPtr current = std::move(first);
    while (tok.is(TokenKind::Equal)) {
      if (!validateTarget(current.get()))
        return nullptr;
      consume();
      targets.push_back(std::move(current));
      current = parseTestList();
      if (!current)
        return nullptr;
    }
    return std::make_unique<AssignStmt>(loc, std::move(targets),
                                        std::move(current));
  }

  return std::make_unique<ExprStmt>(loc, std::move(first));
}

/// return_stmt ::= 'return' [testlist_star_expr]
StmtPtr Parser::parseReturn() {
  Location loc = tok.loc;
  if (functionDepth == 0)
    return error("'return' outside function");
  consume();
  ExprPtr value;
  if (!isStatementEnd()) {
    value = parseTestList();
    if (!value)
      return nullptr;
  }
  return std::make_unique<ReturnStmt>(loc, std::move(value));
}

/// assert_stmt ::= 'assert' test [',' test]
StmtPtr Parser::parseAssert() {
  Location loc = tok.loc;
  consume();
  ExprPtr test = parseTest();
  if (!test)
    return nullptr;
  ExprPtr msg;
  if (consumeIf(TokenKind::Comma)) {
    msg = parseTest();
    if (!msg)
      return nullptr;
  }
  return std::make_unique<AssertStmt>(loc, std::move(test), std::move(msg));
}

/// dotted_name ::= NAME ('.' NAME)*
bool Parser::parseDottedName(std::string &name) {
  if (tok.isNot(TokenKind::Identifier))
    return fail("invalid syntax");
  name = tok.spelling.str();
  consume();
  while (consumeIf(TokenKind::Dot)) {
    if (tok.isNot(TokenKind::Identifier))
      return fail("invalid syntax");
    name += '.';
    name += tok.spelling;
    consume();
  }
  return true;
}

/// dotted_as_name ::= dotted_name ['as' NAME]
/// import_as_name ::= NAME ['as' NAME]
bool Parser::parseImportAlias(Alias &alias, bool dotted) {
  alias.loc = tok.loc;
  if (dotted) {
    if (!parseDottedName(alias.name))
      return false;
  } else {
    if (tok.isNot(TokenKind::Identifier))
      return fail("invalid syntax");
    alias.name = tok.spelling.str();
    consume();
  }
  if (consumeIf(TokenKind::Kw_as)) {
    if (tok.isNot(TokenKind::Identifier))
      return fail("invalid syntax");
    alias.asname = tok.spelling.str();
    consume();
  }
  return true;
}

/// import_stmt ::= 'import' dotted_as_name (',' dotted_as_name)*
StmtPtr Parser::parseImport() {
  Location loc = tok.loc;
  consume();
  std::vector<Alias> names;
  do {
    Alias alias;
    if (!parseImportAlias(alias, /*dotted=*/true))
      return nullptr;
    names.push_back(std::move(alias));
  } while (consumeIf(TokenKind::Comma));
  return std::make_unique<ImportStmt>(loc, std::move(names));
}

/// import_from ::= 'from' dotted_name 'import'
///                 ('(' import_as_names [','] ')' | import_as_names)
/// import_as_names ::= import_as_name (',' import_as_name)*
StmtPtr Parser::parseImportFrom() {
  Location loc = tok.loc;
  consume();
  if (tok.is(TokenKind::Dot) || tok.is(TokenKind::Ellipsis))
    return error("relative imports are not supported by py2triton");
  std::string module;
  if (!parseDottedName(module))
    return nullptr;
  if (!expect(TokenKind::Kw_import, "expected 'import'"))
    return nullptr;
  if (tok.is(TokenKind::Star))
    return error("wildcard imports ('from ... import *') are not supported "
                 "by py2triton");

  std::vector<Alias> names;
  bool parenthesized = consumeIf(TokenKind::LParen);
  for (;;) {
    Alias alias;
    if (!parseImportAlias(alias, /*dotted=*/false))
      return nullptr;
    names.push_back(std::move(alias));
    if (!consumeIf(TokenKind::Comma))
      break;
    if (parenthesized && tok.is(TokenKind::RParen))
      break;
    if (!parenthesized && isStatementEnd())
      return error("trailing comma not allowed without surrounding "
                   "parentheses");
  }
  if (parenthesized && !expect(TokenKind::RParen, "expected ')'"))
    return nullptr;
  return std::make_unique<ImportFromStmt>(loc, std::move(module),
                                          std::move(names));
}

/// suite ::= simple_stmts | NEWLINE INDENT statement+ DEDENT
bool Parser::parseSuite(StmtList &body) {
  if (tok.isNot(TokenKind::Newline))
    return parseSimpleStatements(body);
  consume();
  if (tok.isNot(TokenKind::Indent))
    return fail("expected an indented block");
  consume();
  while (!consumeIf(TokenKind::Dedent)) {
    if (tok.is(TokenKind::Eof))
      return fail("expected an indented block");
    if (!parseStatement(body))
      return false;
  }
  return true;
}

/// if_stmt ::= 'if' test ':' suite ('elif' test ':' suite)* ['else' ':' suite]
/// Each `elif` becomes an IfStmt nested as the only statement of the previous
/// `orelse`. The chain is parsed iteratively.
StmtPtr Parser::parseIf() {
  struct Clause {
    Location loc;
    ExprPtr test;
    StmtList body;
  };
  llvm::SmallVector<Clause, 4> clauses;
  do {
    Clause clause;
    clause.loc = tok.loc;
    consume(); // 'if' or 'elif'
    clause.test = parseTest();
    if (!clause.test || !expectColon() || !parseSuite(clause.body))
      return nullptr;
    clauses.push_back(std::move(clause));
    chainNodes = 0;
  } while (tok.is(TokenKind::Kw_elif));

  StmtList orelse;
  if (consumeIf(TokenKind::Kw_else)) {
    if (!expectColon() || !parseSuite(orelse))
      return nullptr;
  }
  for (auto it = clauses.rbegin(), e = clauses.rend(); it != e; ++it) {
    StmtPtr stmt = std::make_unique<IfStmt>(
        it->loc, std::move(it->test), std::move(it->body), std::move(orelse));
    orelse.clear();
    orelse.push_back(std::move(stmt));
  }
  return std::move(orelse.front());
}

/// for_stmt ::= 'for' exprlist 'in' testlist ':' suite
/// (an `else` clause is rejected)
StmtPtr Parser::parseFor() {
  Location loc = tok.loc;
  consume();
  ExprPtr target = parseTargetList();
  if (!target)
    return nullptr;
  if (tok.isNot(TokenKind::Kw_in))
    return error("expected 'in'");
  if (!validateTarget(target.get()))
    return nullptr;
  consume();
  ExprPtr iter = parseTestList();
  if (!iter || !expectColon())
    return nullptr;
  StmtList body;
  if (!parseSuite(body))
    return nullptr;
  if (tok.is(TokenKind::Kw_else))
    return error("for-else clauses are not supported by py2triton");
  return std::make_unique<ForStmt>(loc, std::move(target), std::move(iter),
                                   std::move(body));
}

/// decorated ::= decorator+ (funcdef | classdef)
/// decorator ::= '@' test NEWLINE
StmtPtr Parser::parseDecorated() {
  ExprList decorators;
  while (consumeIf(TokenKind::At)) {
    ExprPtr decorator = parseTest();
    if (!decorator)
      return nullptr;
    if (tok.isNot(TokenKind::Newline))
      return error("invalid syntax");
    consume();
    decorators.push_back(std::move(decorator));
    chainNodes = 0;
  }
  if (tok.is(TokenKind::Kw_def))
    return parseFunctionDef(std::move(decorators));
  if (tok.is(TokenKind::Kw_class))
    return parseClassDef(std::move(decorators));
  if (tok.is(TokenKind::Kw_async))
    return parseAsync();
  return error("expected 'def' or 'class' after decorator");
}

/// funcdef ::= 'def' NAME parameters ['->' test] ':' suite
StmtPtr Parser::parseFunctionDef(ExprList decorators) {
  Location loc = tok.loc;
  consume();
  if (tok.isNot(TokenKind::Identifier))
    return error("invalid syntax");
  std::string name = tok.spelling.str();
  consume();
  if (tok.isNot(TokenKind::LParen))
    return error("expected '('");
  std::vector<Param> params;
  if (!parseParameters(params))
    return nullptr;
  ExprPtr returns;
  if (consumeIf(TokenKind::Arrow)) {
    returns = parseTest();
    if (!returns)
      return nullptr;
  }
  if (!expectColon())
    return nullptr;
  StmtList body;
  ++functionDepth;
  bool ok = parseSuite(body);
  --functionDepth;
  if (!ok)
    return nullptr;
  return std::make_unique<FunctionDef>(loc, std::move(name), std::move(params),
                                       std::move(returns), std::move(body),
                                       std::move(decorators));
}

/// parameters ::= '(' [typedargslist] ')'
/// typedargslist ::= tfpdef ['=' test] (',' tfpdef ['=' test])* [',']
/// tfpdef ::= NAME [':' test]
bool Parser::parseParameters(std::vector<Param> &params) {
  consume(); // '('
  llvm::StringSet<> seen;
  bool sawDefault = false;
  while (tok.isNot(TokenKind::RParen)) {
    if (tok.is(TokenKind::Star)) {
      Location starLoc = tok.loc;
      consume();
      if (tok.is(TokenKind::Identifier))
        return fail(starLoc,
                    "'*args' parameters are not supported by py2triton");
      return fail(starLoc,
                  "keyword-only parameters are not supported by py2triton");
    }
    if (tok.is(TokenKind::DoubleStar))
      return fail("'**kwargs' parameters are not supported by py2triton");
    if (tok.is(TokenKind::Slash))
      return fail("positional-only parameters are not supported by "
                  "py2triton");
    if (tok.isNot(TokenKind::Identifier))
      return fail("invalid syntax");

    Param param;
    param.loc = tok.loc;
    param.name = tok.spelling.str();
    if (!seen.insert(param.name).second)
      return fail(llvm::Twine("duplicate argument '") + param.name +
                  "' in function definition");
    consume();
    if (consumeIf(TokenKind::Colon)) {
      param.annotation = parseTest();
      if (!param.annotation)
        return false;
    }
    if (consumeIf(TokenKind::Equal)) {
      param.defaultValue = parseTest();
      if (!param.defaultValue)
        return false;
      sawDefault = true;
    } else if (sawDefault) {
      return fail(param.loc, "parameter without a default follows parameter "
                             "with a default");
    }
    params.push_back(std::move(param));
    if (!consumeIf(TokenKind::Comma))
      break;
  }
  if (tok.isNot(TokenKind::RParen)) {
    reportBadClosing(")");
    return false;
  }
  consume();
  return true;
}

/// classdef ::= 'class' NAME ['(' [arglist] ')'] ':' suite
StmtPtr Parser::parseClassDef(ExprList decorators) {
  Location loc = tok.loc;
  consume();
  if (tok.isNot(TokenKind::Identifier))
    return error("invalid syntax");
  std::string name = tok.spelling.str();
  consume();
  ExprList bases;
  if (tok.is(TokenKind::LParen)) {
    std::vector<Keyword> keywords;
    if (!parseArguments(bases, keywords, /*isClassDef=*/true))
      return nullptr;
  }
  if (!expectColon())
    return nullptr;
  StmtList body;
  unsigned savedFunctionDepth = functionDepth;
  functionDepth = 0;
  bool ok = parseSuite(body);
  functionDepth = savedFunctionDepth;
  if (!ok)
    return nullptr;
  return std::make_unique<ClassDef>(loc, std::move(name), std::move(bases),
                                    std::move(body), std::move(decorators));
}

/// async_stmt ::= 'async' (funcdef | with_stmt | for_stmt)   (all rejected)
StmtPtr Parser::parseAsync() {
  Location loc = tok.loc;
  consume();
  switch (tok.kind) {
  case TokenKind::Kw_def:
    return error(loc, "async functions are not supported by py2triton");
  case TokenKind::Kw_for:
    return error(loc, "async for loops are not supported by py2triton");
  case TokenKind::Kw_with:
    return error(loc, "async with statements are not supported by py2triton");
  default:
    return error("invalid syntax");
  }
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

/// testlist_star_expr ::= test (',' test)* [',']
/// A single expression without a comma is returned as is; otherwise a
/// TupleExpr located at the first element's first token.
ExprPtr Parser::parseTestList() {
  Location loc = tok.loc;
  ExprPtr first = parseTest();
  if (!first || tok.isNot(TokenKind::Comma))
    return first;
  ExprList elts;
  elts.push_back(std::move(first));
  while (consumeIf(TokenKind::Comma)) {
    if (!startsExpression(tok.kind))
      break; // trailing comma
    ExprPtr elt = parseTest();
    if (!elt)
      return nullptr;
    elts.push_back(std::move(elt));
  }
  return std::make_unique<TupleExpr>(loc, std::move(elts));
}

/// exprlist ::= expr (',' expr)* [',']
/// (the target of a `for`: stops before `in`)
ExprPtr Parser::parseTargetList() {
  Location loc = tok.loc;
  ExprPtr first = parseBitOrExpr();
  if (!first || tok.isNot(TokenKind::Comma))
    return first;
  ExprList elts;
  elts.push_back(std::move(first));
  while (consumeIf(TokenKind::Comma)) {
    if (!startsExpression(tok.kind))
      break;
    ExprPtr elt = parseBitOrExpr();
    if (!elt)
      return nullptr;
    elts.push_back(std::move(elt));
  }
  return std::make_unique<TupleExpr>(loc, std::move(elts));
}

/// test ::= or_test ['if' or_test 'else' test] | lambdef
/// (lambdef and `:=` are rejected)
ExprPtr Parser::parseTest() {
  DepthGuard guard(depth);
  if (depth > kMaxDepth)
    return error("expression nested too deeply");
  if (tok.is(TokenKind::Kw_lambda))
    return error("lambda expressions are not supported by py2triton");
  Location start = tok.loc;
  ExprPtr body = parseOrTest();
  if (!body)
    return nullptr;
  if (tok.is(TokenKind::ColonEqual))
    return error(start, "assignment expressions (':=') are not supported by "
                        "py2triton");
  if (tok.isNot(TokenKind::Kw_if))
    return body;
  Location ifLoc = tok.loc;
  consume();
  ExprPtr test = parseOrTest();
  if (!test)
    return nullptr;
  if (tok.isNot(TokenKind::Kw_else))
    return error("expected 'else' after 'if' expression");
  consume();
  ExprPtr orelse = parseTest();
  if (!orelse)
    return nullptr;
  return std::make_unique<IfExpExpr>(ifLoc, std::move(test), std::move(body),
                                     std::move(orelse));
}

/// or_test ::= and_test ('or' and_test)*
ExprPtr Parser::parseOrTest() {
  ExprPtr first = parseAndTest();
  if (!first || tok.isNot(TokenKind::Kw_or))
    return first;
  Location loc = tok.loc;
  ExprList values;
  values.push_back(std::move(first));
  while (consumeIf(TokenKind::Kw_or)) {
    ExprPtr value = parseAndTest();
    if (!value)
      return nullptr;
    values.push_back(std::move(value));
  }
  return std::make_unique<BoolOpExpr>(loc, BoolOpKind::Or, std::move(values));
}

/// and_test ::= not_test ('and' not_test)*
ExprPtr Parser::parseAndTest() {
  ExprPtr first = parseNotTest();
  if (!first || tok.isNot(TokenKind::Kw_and))
    return first;
  Location loc = tok.loc;
  ExprList values;
  values.push_back(std::move(first));
  while (consumeIf(TokenKind::Kw_and)) {
    ExprPtr value = parseNotTest();
    if (!value)
      return nullptr;
    values.push_back(std::move(value));
  }
  return std::make_unique<BoolOpExpr>(loc, BoolOpKind::And, std::move(values));
}

/// not_test ::= 'not' not_test | comparison
ExprPtr Parser::parseNotTest() {
  if (tok.isNot(TokenKind::Kw_not))
    return parseComparison();
  DepthGuard guard(depth);
  if (depth > kMaxDepth)
    return error("expression nested too deeply");
  Location loc = tok.loc;
  consume();
  ExprPtr operand = parseNotTest();
  if (!operand)
    return nullptr;
  return std::make_unique<UnaryExpr>(loc, UnaryOpKind::Not, std::move(operand));
}

/// comparison ::= expr (comp_op expr)*
/// comp_op ::= '<' | '>' | '==' | '>=' | '<=' | '!=' | 'in' | 'not' 'in'
///           | 'is' | 'is' 'not'
ExprPtr Parser::parseComparison() {
  ExprPtr left = parseBitOrExpr();
  if (!left)
    return nullptr;
  Location loc;
  std::vector<CompareOpKind> ops;
  ExprList comparators;
  for (;;) {
    CompareOpKind op;
    Location opLoc = tok.loc;
    switch (tok.kind) {
    case TokenKind::Less:
      op = CompareOpKind::Lt;
      break;
    case TokenKind::Greater:
      op = CompareOpKind::Gt;
      break;
    case TokenKind::EqualEqual:
      op = CompareOpKind::Eq;
      break;
    case TokenKind::GreaterEqual:
      op = CompareOpKind::GtE;
      break;
    case TokenKind::LessEqual:
      op = CompareOpKind::LtE;
      break;
    case TokenKind::NotEqual:
      op = CompareOpKind::NotEq;
      break;
    case TokenKind::Kw_in:
      op = CompareOpKind::In;
      break;
    case TokenKind::Kw_not:
      op = CompareOpKind::NotIn;
      break;
    case TokenKind::Kw_is:
      op = CompareOpKind::Is;
      break;
    default:
      if (ops.empty())
        return left;
      return std::make_unique<CompareExpr>(loc, std::move(left), std::move(ops),
                                           std::move(comparators));
    }
    consume();
    if (op == CompareOpKind::NotIn && !consumeIf(TokenKind::Kw_in))
      return error("invalid syntax");
    if (op == CompareOpKind::Is && consumeIf(TokenKind::Kw_not))
      op = CompareOpKind::IsNot;
    if (ops.empty())
      loc = opLoc;
    ExprPtr rhs = parseBitOrExpr();
    if (!rhs)
      return nullptr;
    ops.push_back(op);
    comparators.push_back(std::move(rhs));
  }
}

/// Returns the precedence of the binary operator `kind` (higher binds
/// tighter) and sets `op`, or returns -1 when `kind` is not one.
static int getBinOpPrecedence(TokenKind kind, BinaryOpKind &op) {
  switch (kind) {
  case TokenKind::Pipe:
    op = BinaryOpKind::BitOr;
    return 1;
  case TokenKind::Caret:
    op = BinaryOpKind::BitXor;
    return 2;
  case TokenKind::Amp:
    op = BinaryOpKind::BitAnd;
    return 3;
  case TokenKind::LeftShift:
    op = BinaryOpKind::LShift;
    return 4;
  case TokenKind::RightShift:
    op = BinaryOpKind::RShift;
    return 4;
  case TokenKind::Plus:
    op = BinaryOpKind::Add;
    return 5;
  case TokenKind::Minus:
    op = BinaryOpKind::Sub;
    return 5;
  case TokenKind::Star:
    op = BinaryOpKind::Mul;
    return 6;
  case TokenKind::Slash:
    op = BinaryOpKind::Div;
    return 6;
  case TokenKind::DoubleSlash:
    op = BinaryOpKind::FloorDiv;
    return 6;
  case TokenKind::Percent:
    op = BinaryOpKind::Mod;
    return 6;
  case TokenKind::At:
    op = BinaryOpKind::MatMul;
    return 6;
  default:
    return -1;
  }
}

/// expr ::= xor_expr ('|' xor_expr)*
/// xor_expr ::= and_expr ('^' and_expr)*
/// and_expr ::= shift_expr ('&' shift_expr)*
/// shift_expr ::= arith_expr (('<<' | '>>') arith_expr)*
/// arith_expr ::= term (('+' | '-') term)*
/// term ::= factor (('*' | '@' | '/' | '%' | '//') factor)*
/// (all left-associative; parsed by precedence climbing)
ExprPtr Parser::parseBitOrExpr() {
  ExprPtr lhs = parseFactor();
  if (!lhs)
    return nullptr;
  return parseBinOpRHS(1, std::move(lhs));
}

/// binoprhs ::= (binop factor)*   with every binop's precedence >= minPrec
ExprPtr Parser::parseBinOpRHS(int minPrec, ExprPtr lhs) {
  for (;;) {
    BinaryOpKind op;
    int prec = getBinOpPrecedence(tok.kind, op);
    if (prec < minPrec)
      return lhs;
    Location opLoc = tok.loc;
    consume();
    if (!countChainNode())
      return nullptr;
    ExprPtr rhs = parseFactor();
    if (!rhs)
      return nullptr;
    BinaryOpKind nextOp;
    if (getBinOpPrecedence(tok.kind, nextOp) > prec) {
      rhs = parseBinOpRHS(prec + 1, std::move(rhs));
      if (!rhs)
        return nullptr;
    }
    lhs =
        std::make_unique<BinaryExpr>(opLoc, op, std::move(lhs), std::move(rhs));
  }
}

/// factor ::= ('+' | '-' | '~') factor | power
ExprPtr Parser::parseFactor() {
  UnaryOpKind op;
  switch (tok.kind) {
  case TokenKind::Minus:
    op = UnaryOpKind::Neg;
    break;
  case TokenKind::Plus:
    op = UnaryOpKind::Pos;
    break;
  case TokenKind::Tilde:
    op = UnaryOpKind::Invert;
    break;
  default:
    return parsePower();
  }
  DepthGuard guard(depth);
  if (depth > kMaxDepth)
    return error("expression nested too deeply");
  Location loc = tok.loc;
  consume();
  ExprPtr operand = parseFactor();
  if (!operand)
    return nullptr;
  return std::make_unique<UnaryExpr>(loc, op, std::move(operand));
}

/// power ::= primary ['**' factor]
/// (right-associative, and binds tighter than a unary operator on its left:
/// `-2**2` is `-(2**2)`)
ExprPtr Parser::parsePower() {
  ExprPtr base = parsePrimary();
  if (!base || tok.isNot(TokenKind::DoubleStar))
    return base;
  DepthGuard guard(depth);
  if (depth > kMaxDepth)
    return error("expression nested too deeply");
  Location loc = tok.loc;
  consume();
  ExprPtr exponent = parseFactor();
  if (!exponent)
    return nullptr;
  return std::make_unique<BinaryExpr>(loc, BinaryOpKind::Pow, std::move(base),
                                      std::move(exponent));
}

/// primary ::= atom trailer*
/// trailer ::= '(' [arglist] ')' | '[' subscriptlist ']' | '.' NAME
/// (`await primary` is rejected)
ExprPtr Parser::parsePrimary() {
  if (tok.is(TokenKind::Kw_await))
    return error("await expressions are not supported by py2triton");
  ExprPtr expr = parseAtom();
  if (!expr)
    return nullptr;
  for (;;) {
    switch (tok.kind) {
    case TokenKind::LParen: {
      if (!countChainNode())
        return nullptr;
      Location loc = tok.loc;
      ExprList args;
      std::vector<Keyword> keywords;
      if (!parseArguments(args, keywords, /*isClassDef=*/false))
        return nullptr;
      expr = std::make_unique<CallExpr>(loc, std::move(expr), std::move(args),
                                        std::move(keywords));
      break;
    }
    case TokenKind::LSquare: {
      if (!countChainNode())
        return nullptr;
      Location loc = tok.loc;
      consume();
      ExprPtr index = parseSubscriptList();
      if (!index)
        return nullptr;
      if (tok.isNot(TokenKind::RSquare))
        return reportBadClosing("]");
      consume();
      expr = std::make_unique<SubscriptExpr>(loc, std::move(expr),
                                             std::move(index));
      break;
    }
    case TokenKind::Dot: {
      if (!countChainNode())
        return nullptr;
      consume();
      if (tok.isNot(TokenKind::Identifier))
        return error("expected attribute name after '.'");
      Location loc = tok.loc;
      std::string attr = tok.spelling.str();
      consume();
      expr = std::make_unique<AttributeExpr>(loc, std::move(expr),
                                             std::move(attr));
      break;
    }
    default:
      return expr;
    }
  }
}

/// arglist ::= argument (',' argument)* [',']
/// argument ::= test | NAME '=' test
/// (generator arguments, `*x` and `**x` are rejected; for a class definition
/// keyword arguments are rejected too)
bool Parser::parseArguments(ExprList &args, std::vector<Keyword> &keywords,
                            bool isClassDef) {
  consume(); // '('
  while (tok.isNot(TokenKind::RParen)) {
    if (tok.is(TokenKind::Star))
      return fail("starred expressions are not supported by py2triton");
    if (tok.is(TokenKind::DoubleStar))
      return fail("keyword argument unpacking ('**') is not supported by "
                  "py2triton");
    Location start = tok.loc;
    ExprPtr arg = parseTest();
    if (!arg)
      return false;
    if (tok.is(TokenKind::Kw_for) || tok.is(TokenKind::Kw_async))
      return fail(start, "generator expressions are not supported by "
                         "py2triton");
    if (tok.is(TokenKind::Equal)) {
      const auto *name = llvm::dyn_cast<NameExpr>(arg.get());
      if (!name)
        return fail(start, "expression cannot contain assignment, perhaps "
                           "you meant \"==\"?");
      if (isClassDef)
        return fail(start, "keyword arguments in class definitions are not "
                           "supported by py2triton");
      consume();
      Keyword keyword;
      keyword.loc = start;
      keyword.name = name->getName().str();
      for (const Keyword &other : keywords)
        if (other.name == keyword.name)
          return fail(start, llvm::Twine("keyword argument repeated: ") +
                                 keyword.name);
      keyword.value = parseTest();
      if (!keyword.value)
        return false;
      keywords.push_back(std::move(keyword));
    } else {
      if (!keywords.empty())
        return fail(start, "positional argument follows keyword argument");
      args.push_back(std::move(arg));
    }
    if (!consumeIf(TokenKind::Comma))
      break;
  }
  if (tok.isNot(TokenKind::RParen)) {
    reportBadClosing(")");
    return false;
  }
  consume();
  return true;
}

/// subscriptlist ::= subscript (',' subscript)* [',']
/// A list with a comma becomes a TupleExpr located at its first token.
ExprPtr Parser::parseSubscriptList() {
  Location loc = tok.loc;
  ExprPtr first = parseSubscript();
  if (!first || tok.isNot(TokenKind::Comma))
    return first;
  ExprList elts;
  elts.push_back(std::move(first));
  while (consumeIf(TokenKind::Comma)) {
    if (tok.is(TokenKind::RSquare))
      break;
    ExprPtr elt = parseSubscript();
    if (!elt)
      return nullptr;
    elts.push_back(std::move(elt));
  }
  return std::make_unique<TupleExpr>(loc, std::move(elts));
}

/// subscript ::= test | [test] ':' [test] [':' [test]]
ExprPtr Parser::parseSubscript() {
  Location loc = tok.loc;
  ExprPtr lower;
  if (tok.isNot(TokenKind::Colon)) {
    if (!startsExpression(tok.kind))
      return error("expected expression");
    lower = parseTest();
    if (!lower || tok.isNot(TokenKind::Colon))
      return lower;
  }
  consume(); // ':'
  auto endsPart = [&] {
    return tok.is(TokenKind::Colon) || tok.is(TokenKind::Comma) ||
           tok.is(TokenKind::RSquare);
  };
  ExprPtr upper, step;
  if (!endsPart()) {
    upper = parseTest();
    if (!upper)
      return nullptr;
  }
  if (consumeIf(TokenKind::Colon) && !endsPart()) {
    step = parseTest();
    if (!step)
      return nullptr;
  }
  return std::make_unique<SliceExpr>(loc, std::move(lower), std::move(upper),
                                     std::move(step));
}

/// atom ::= '(' [testlist_comp] ')' | '[' [testlist_comp] ']'
///        | '{' [dictorsetmaker] '}' | NAME | NUMBER | STRING+ | '...'
///        | 'None' | 'True' | 'False'
ExprPtr Parser::parseAtom() {
  Location loc = tok.loc;
  switch (tok.kind) {
  case TokenKind::Identifier: {
    auto expr = std::make_unique<NameExpr>(loc, tok.spelling.str());
    consume();
    return expr;
  }
  case TokenKind::Integer:
  case TokenKind::Float:
    return parseNumber();
  case TokenKind::Imaginary:
    return error("imaginary literals are not supported by py2triton");
  case TokenKind::String:
    return parseStrings();
  case TokenKind::Kw_True:
  case TokenKind::Kw_False: {
    bool value = tok.is(TokenKind::Kw_True);
    consume();
    return std::make_unique<BoolExpr>(loc, value);
  }
  case TokenKind::Kw_None:
    consume();
    return std::make_unique<NoneExpr>(loc);
  case TokenKind::Ellipsis:
    consume();
    return std::make_unique<EllipsisExpr>(loc);
  case TokenKind::LParen:
    return parseParenthesized();
  case TokenKind::LSquare:
    return parseList();
  case TokenKind::LBrace:
    return parseBraces();
  case TokenKind::Star:
    return error("starred expressions are not supported by py2triton");
  case TokenKind::Kw_yield:
    return error("yield expressions are not supported by py2triton");
  case TokenKind::Kw_lambda:
    return error("lambda expressions are not supported by py2triton");
  case TokenKind::Kw_await:
    return error("await expressions are not supported by py2triton");
  default:
    break;
  }
  // A keyword where an expression should start reads like CPython's generic
  // message; anything else (an operator, a newline, a closer) is "expected
  // expression".
  switch (tok.kind) {
#define PY_KEYWORD(NAME, SPELLING) case TokenKind::Kw_##NAME:
#include "py2triton/Frontend/TokenKinds.def"
    return error("invalid syntax");
  default:
    return error("expected expression");
  }
}

/// NUMBER ::= integer | floatnumber
/// Integers must fit in int64 ("integer literal too large").
ExprPtr Parser::parseNumber() {
  Location loc = tok.loc;
  llvm::SmallString<32> digits;
  for (char c : tok.spelling)
    if (c != '_')
      digits.push_back(c);

  if (tok.is(TokenKind::Float)) {
    consume();
    // strtod accepts every Python float form ("1.", ".5", "1e-5").
    double value = std::strtod(digits.c_str(), nullptr);
    return std::make_unique<FloatExpr>(loc, value);
  }

  unsigned radix = 10;
  llvm::StringRef text = digits.str();
  if (text.size() > 2 && text[0] == '0') {
    char b = static_cast<char>(llvm::toLower(text[1]));
    radix = b == 'x' ? 16 : b == 'o' ? 8 : b == 'b' ? 2 : 10;
    if (radix != 10)
      text = text.drop_front(2);
  }
  uint64_t value;
  if (text.getAsInteger(radix, value) ||
      value > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
    return error("integer literal too large");
  consume();
  return std::make_unique<IntExpr>(loc, static_cast<int64_t>(value));
}

/// STRING+ : adjacent literals concatenate. f-strings and bytes literals are
/// rejected; mixing bytes and str is CPython's "cannot mix bytes and nonbytes
/// literals".
ExprPtr Parser::parseStrings() {
  Location loc = tok.loc;
  std::string value;
  bool first = true;
  while (tok.is(TokenKind::String)) {
    bool isBytes = false, isFString = false;
    for (char c : tok.spelling) {
      if (c == '\'' || c == '"')
        break;
      char lc = static_cast<char>(llvm::toLower(c));
      isBytes |= lc == 'b';
      isFString |= lc == 'f';
    }
    if (isFString)
      return error("f-strings are not supported by py2triton");
    if (isBytes)
      return first ? error("bytes literals are not supported by py2triton")
                   : error("cannot mix bytes and nonbytes literals");
    first = false;
    value += tok.text;
    consume();
  }
  return std::make_unique<StringExpr>(loc, std::move(value));
}

/// parenth_form ::= '(' ')' | '(' test ')' | '(' test ',' [testlist] ')'
/// (generator expressions and `(yield)` are rejected)
ExprPtr Parser::parseParenthesized() {
  Location loc = tok.loc;
  consume(); // '('
  if (consumeIf(TokenKind::RParen))
    return std::make_unique<TupleExpr>(loc, ExprList());
  ExprPtr first = parseTest();
  if (!first)
    return nullptr;
  if (tok.is(TokenKind::Kw_for) || tok.is(TokenKind::Kw_async))
    return error(loc, "generator expressions are not supported by py2triton");
  if (consumeIf(TokenKind::RParen))
    return first;
  if (tok.isNot(TokenKind::Comma))
    return reportBadClosing(")");
  ExprList elts;
  elts.push_back(std::move(first));
  while (consumeIf(TokenKind::Comma)) {
    if (tok.is(TokenKind::RParen))
      break;
    ExprPtr elt = parseTest();
    if (!elt)
      return nullptr;
    elts.push_back(std::move(elt));
  }
  if (tok.isNot(TokenKind::RParen))
    return reportBadClosing(")");
  consume();
  return std::make_unique<TupleExpr>(loc, std::move(elts));
}

/// list_display ::= '[' [test (',' test)* [',']] ']'
/// (list comprehensions are rejected)
ExprPtr Parser::parseList() {
  Location loc = tok.loc;
  consume(); // '['
  ExprList elts;
  while (tok.isNot(TokenKind::RSquare)) {
    ExprPtr elt = parseTest();
    if (!elt)
      return nullptr;
    if (tok.is(TokenKind::Kw_for) || tok.is(TokenKind::Kw_async))
      return error(loc, "list comprehensions are not supported by py2triton");
    elts.push_back(std::move(elt));
    if (!consumeIf(TokenKind::Comma))
      break;
  }
  if (tok.isNot(TokenKind::RSquare))
    return reportBadClosing("]");
  consume();
  return std::make_unique<ListExpr>(loc, std::move(elts));
}

/// dictorsetmaker ::= (test ':' test | '**' expr) ... | test ...
/// Every form is rejected; the parser only reads far enough to name the
/// construct: dict display, set display, dict or set comprehension.
ExprPtr Parser::parseBraces() {
  Location loc = tok.loc;
  consume(); // '{'
  if (tok.is(TokenKind::RBrace) || tok.is(TokenKind::DoubleStar))
    return error(loc, "dict displays are not supported by py2triton");
  ExprPtr first = parseTest();
  if (!first)
    return nullptr;
  if (tok.is(TokenKind::Colon)) {
    consume();
    ExprPtr value = parseTest();
    if (!value)
      return nullptr;
    if (tok.is(TokenKind::Kw_for) || tok.is(TokenKind::Kw_async))
      return error(loc, "dict comprehensions are not supported by py2triton");
    return error(loc, "dict displays are not supported by py2triton");
  }
  if (tok.is(TokenKind::Kw_for) || tok.is(TokenKind::Kw_async))
    return error(loc, "set comprehensions are not supported by py2triton");
  return error(loc, "set displays are not supported by py2triton");
}

//===----------------------------------------------------------------------===//
// Entry point
//===----------------------------------------------------------------------===//

std::unique_ptr<Module> py2triton::parseModule(DiagnosticEngine &diags) {
  Parser parser(diags);
  return parser.parseModule();
}
