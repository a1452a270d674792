//===- AST.h - Located AST for the accepted Python subset -------*- C++ -*-===//
//
// Node classes use LLVM-style RTTI (a Kind enum + classof), children are owned
// through std::unique_ptr, and every node carries the Location of its first
// token (for operators: the operator token, as CPython reports it).
//
//===----------------------------------------------------------------------===//

#ifndef PY2TRITON_FRONTEND_AST_H
#define PY2TRITON_FRONTEND_AST_H

#include "py2triton/Frontend/Diagnostics.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Casting.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace py2triton {
namespace ast {

//===----------------------------------------------------------------------===//
// Operators
//===----------------------------------------------------------------------===//

enum class BinaryOpKind {
  Add,      // +
  Sub,      // -
  Mul,      // *
  MatMul,   // @
  Div,      // /
  FloorDiv, // //
  Mod,      // %
  Pow,      // **
  LShift,   // <<
  RShift,   // >>
  BitAnd,   // &
  BitOr,    // |
  BitXor,   // ^
};

enum class UnaryOpKind {
  Neg,    // -x
  Pos,    // +x
  Invert, // ~x
  Not,    // not x
};

enum class BoolOpKind { And, Or };

enum class CompareOpKind { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

llvm::StringRef getBinaryOpSpelling(BinaryOpKind kind);
llvm::StringRef getUnaryOpSpelling(UnaryOpKind kind);
llvm::StringRef getBoolOpSpelling(BoolOpKind kind);
llvm::StringRef getCompareOpSpelling(CompareOpKind kind);

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

class Expr {
public:
  enum ExprKind {
    Expr_Name,
    Expr_Int,
    Expr_Float,
    Expr_String,
    Expr_Bool,
    Expr_None,
    Expr_Ellipsis,
    Expr_Binary,
    Expr_Unary,
    Expr_BoolOp,
    Expr_Compare,
    Expr_IfExp,
    Expr_Call,
    Expr_Attribute,
    Expr_Subscript,
    Expr_Slice,
    Expr_Tuple,
    Expr_List,
  };

  Expr(ExprKind kind, Location loc) : kind(kind), loc(loc) {}
  virtual ~Expr() = default;

  ExprKind getKind() const { return kind; }
  const Location &getLoc() const { return loc; }

private:
  const ExprKind kind;
  Location loc;
};

using ExprPtr = std::unique_ptr<Expr>;
using ExprList = std::vector<ExprPtr>;

/// `name`
class NameExpr : public Expr {
public:
  NameExpr(Location loc, std::string name)
      : Expr(Expr_Name, loc), name(std::move(name)) {}
  llvm::StringRef getName() const { return name; }
  static bool classof(const Expr *e) { return e->getKind() == Expr_Name; }

private:
  std::string name;
};

/// Integer literal (any base). Values that do not fit in int64 are rejected
/// by the parser.
class IntExpr : public Expr {
public:
  IntExpr(Location loc, int64_t value) : Expr(Expr_Int, loc), value(value) {}
  int64_t getValue() const { return value; }
  static bool classof(const Expr *e) { return e->getKind() == Expr_Int; }

private:
  int64_t value;
};

class FloatExpr : public Expr {
public:
  FloatExpr(Location loc, double value) : Expr(Expr_Float, loc), value(value) {}
  double getValue() const { return value; }
  static bool classof(const Expr *e) { return e->getKind() == Expr_Float; }

private:
  double value;
};

/// String literal; adjacent literals are concatenated by the parser.
class StringExpr : public Expr {
public:
  StringExpr(Location loc, std::string value)
      : Expr(Expr_String, loc), value(std::move(value)) {}
  llvm::StringRef getValue() const { return value; }
  static bool classof(const Expr *e) { return e->getKind() == Expr_String; }

private:
  std::string value;
};

class BoolExpr : public Expr {
public:
  BoolExpr(Location loc, bool value) : Expr(Expr_Bool, loc), value(value) {}
  bool getValue() const { return value; }
  static bool classof(const Expr *e) { return e->getKind() == Expr_Bool; }

private:
  bool value;
};

class NoneExpr : public Expr {
public:
  explicit NoneExpr(Location loc) : Expr(Expr_None, loc) {}
  static bool classof(const Expr *e) { return e->getKind() == Expr_None; }
};

/// `...`
class EllipsisExpr : public Expr {
public:
  explicit EllipsisExpr(Location loc) : Expr(Expr_Ellipsis, loc) {}
  static bool classof(const Expr *e) { return e->getKind() == Expr_Ellipsis; }
};

/// `lhs op rhs`; loc is the operator's.
class BinaryExpr : public Expr {
public:
  BinaryExpr(Location loc, BinaryOpKind op, ExprPtr lhs, ExprPtr rhs)
      : Expr(Expr_Binary, loc), op(op), lhs(std::move(lhs)),
        rhs(std::move(rhs)) {}
  BinaryOpKind getOp() const { return op; }
  const Expr *getLHS() const { return lhs.get(); }
  const Expr *getRHS() const { return rhs.get(); }
  static bool classof(const Expr *e) { return e->getKind() == Expr_Binary; }

private:
  BinaryOpKind op;
  ExprPtr lhs, rhs;
};

/// `op operand`; loc is the operator's.
class UnaryExpr : public Expr {
public:
  UnaryExpr(Location loc, UnaryOpKind op, ExprPtr operand)
      : Expr(Expr_Unary, loc), op(op), operand(std::move(operand)) {}
  UnaryOpKind getOp() const { return op; }
  const Expr *getOperand() const { return operand.get(); }
  static bool classof(const Expr *e) { return e->getKind() == Expr_Unary; }

private:
  UnaryOpKind op;
  ExprPtr operand;
};

/// `a and b and c` (flattened, like CPython's BoolOp).
class BoolOpExpr : public Expr {
public:
  BoolOpExpr(Location loc, BoolOpKind op, ExprList values)
      : Expr(Expr_BoolOp, loc), op(op), values(std::move(values)) {}
  BoolOpKind getOp() const { return op; }
  const ExprList &getValues() const { return values; }
  static bool classof(const Expr *e) { return e->getKind() == Expr_BoolOp; }

private:
  BoolOpKind op;
  ExprList values;
};

/// Chained comparison `a < b <= c`: left = a, ops = [<, <=], comparators =
/// [b, c].
class CompareExpr : public Expr {
public:
  CompareExpr(Location loc, ExprPtr left, std::vector<CompareOpKind> ops,
              ExprList comparators)
      : Expr(Expr_Compare, loc), left(std::move(left)), ops(std::move(ops)),
        comparators(std::move(comparators)) {}
  const Expr *getLeft() const { return left.get(); }
  const std::vector<CompareOpKind> &getOps() const { return ops; }
  const ExprList &getComparators() const { return comparators; }
  static bool classof(const Expr *e) { return e->getKind() == Expr_Compare; }

private:
  ExprPtr left;
  std::vector<CompareOpKind> ops;
  ExprList comparators;
};

/// `body if test else orelse`
class IfExpExpr : public Expr {
public:
  IfExpExpr(Location loc, ExprPtr test, ExprPtr body, ExprPtr orelse)
      : Expr(Expr_IfExp, loc), test(std::move(test)), body(std::move(body)),
        orelse(std::move(orelse)) {}
  const Expr *getTest() const { return test.get(); }
  const Expr *getBody() const { return body.get(); }
  const Expr *getOrElse() const { return orelse.get(); }
  static bool classof(const Expr *e) { return e->getKind() == Expr_IfExp; }

private:
  ExprPtr test, body, orelse;
};

/// A keyword argument `name=value` in a call.
struct Keyword {
  Location loc;
  std::string name;
  ExprPtr value;
};

/// `callee(args..., name=value...)`; loc is the '(' token's.
class CallExpr : public Expr {
public:
  CallExpr(Location loc, ExprPtr callee, ExprList args,
           std::vector<Keyword> keywords)
      : Expr(Expr_Call, loc), callee(std::move(callee)), args(std::move(args)),
        keywords(std::move(keywords)) {}
  const Expr *getCallee() const { return callee.get(); }
  const ExprList &getArgs() const { return args; }
  const std::vector<Keyword> &getKeywords() const { return keywords; }
  /// Returns the keyword named `name`, or nullptr.
  const Keyword *findKeyword(llvm::StringRef name) const {
    for (const Keyword &kw : keywords)
      if (kw.name == name)
        return &kw;
    return nullptr;
  }
  static bool classof(const Expr *e) { return e->getKind() == Expr_Call; }

private:
  ExprPtr callee;
  ExprList args;
  std::vector<Keyword> keywords;
};

/// `value.attr`; loc is the attribute name's.
class AttributeExpr : public Expr {
public:
  AttributeExpr(Location loc, ExprPtr value, std::string attr)
      : Expr(Expr_Attribute, loc), value(std::move(value)),
        attr(std::move(attr)) {}
  const Expr *getValue() const { return value.get(); }
  llvm::StringRef getAttr() const { return attr; }
  static bool classof(const Expr *e) { return e->getKind() == Expr_Attribute; }

private:
  ExprPtr value;
  std::string attr;
};

/// `value[index]`; a multi-dimensional index is a TupleExpr whose elements may
/// be SliceExpr, EllipsisExpr or NoneExpr. loc is the '[' token's.
class SubscriptExpr : public Expr {
public:
  SubscriptExpr(Location loc, ExprPtr value, ExprPtr index)
      : Expr(Expr_Subscript, loc), value(std::move(value)),
        index(std::move(index)) {}
  const Expr *getValue() const { return value.get(); }
  const Expr *getIndex() const { return index.get(); }
  static bool classof(const Expr *e) { return e->getKind() == Expr_Subscript; }

private:
  ExprPtr value, index;
};

/// `lower:upper:step` inside a subscript; each part may be null.
class SliceExpr : public Expr {
public:
  SliceExpr(Location loc, ExprPtr lower, ExprPtr upper, ExprPtr step)
      : Expr(Expr_Slice, loc), lower(std::move(lower)), upper(std::move(upper)),
        step(std::move(step)) {}
  const Expr *getLower() const { return lower.get(); }
  const Expr *getUpper() const { return upper.get(); }
  const Expr *getStep() const { return step.get(); }
  static bool classof(const Expr *e) { return e->getKind() == Expr_Slice; }

private:
  ExprPtr lower, upper, step;
};

/// `(a, b)` or `a, b`.
class TupleExpr : public Expr {
public:
  TupleExpr(Location loc, ExprList elts)
      : Expr(Expr_Tuple, loc), elts(std::move(elts)) {}
  const ExprList &getElts() const { return elts; }
  static bool classof(const Expr *e) { return e->getKind() == Expr_Tuple; }

private:
  ExprList elts;
};

/// `[a, b]`
class ListExpr : public Expr {
public:
  ListExpr(Location loc, ExprList elts)
      : Expr(Expr_List, loc), elts(std::move(elts)) {}
  const ExprList &getElts() const { return elts; }
  static bool classof(const Expr *e) { return e->getKind() == Expr_List; }

private:
  ExprList elts;
};

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

class Stmt {
public:
  enum StmtKind {
    Stmt_Expr,
    Stmt_Assign,
    Stmt_AugAssign,
    Stmt_AnnAssign,
    Stmt_Return,
    Stmt_If,
    Stmt_For,
    Stmt_Assert,
    Stmt_Pass,
    Stmt_Import,
    Stmt_ImportFrom,
    Stmt_FunctionDef,
    Stmt_ClassDef,
  };

  Stmt(StmtKind kind, Location loc) : kind(kind), loc(loc) {}
  virtual ~Stmt() = default;

  StmtKind getKind() const { return kind; }
  const Location &getLoc() const { return loc; }

private:
  const StmtKind kind;
  Location loc;
};

using StmtPtr = std::unique_ptr<Stmt>;
using StmtList = std::vector<StmtPtr>;

/// An expression used as a statement (docstrings included).
class ExprStmt : public Stmt {
public:
  ExprStmt(Location loc, ExprPtr value)
      : Stmt(Stmt_Expr, loc), value(std::move(value)) {}
  const Expr *getValue() const { return value.get(); }
  static bool classof(const Stmt *s) { return s->getKind() == Stmt_Expr; }

private:
  ExprPtr value;
};

/// `t1 = t2 = value`; each target is a Name, Attribute, Subscript, or a
/// Tuple/List of targets (unpacking).
class AssignStmt : public Stmt {
public:
  AssignStmt(Location loc, ExprList targets, ExprPtr value)
      : Stmt(Stmt_Assign, loc), targets(std::move(targets)),
        value(std::move(value)) {}
  const ExprList &getTargets() const { return targets; }
  const Expr *getValue() const { return value.get(); }
  static bool classof(const Stmt *s) { return s->getKind() == Stmt_Assign; }

private:
  ExprList targets;
  ExprPtr value;
};

/// `target op= value`
class AugAssignStmt : public Stmt {
public:
  AugAssignStmt(Location loc, ExprPtr target, BinaryOpKind op, ExprPtr value)
      : Stmt(Stmt_AugAssign, loc), target(std::move(target)), op(op),
        value(std::move(value)) {}
  const Expr *getTarget() const { return target.get(); }
  BinaryOpKind getOp() const { return op; }
  const Expr *getValue() const { return value.get(); }
  static bool classof(const Stmt *s) { return s->getKind() == Stmt_AugAssign; }

private:
  ExprPtr target;
  BinaryOpKind op;
  ExprPtr value;
};

/// `target: annotation [= value]`
class AnnAssignStmt : public Stmt {
public:
  AnnAssignStmt(Location loc, ExprPtr target, ExprPtr annotation,
                ExprPtr value)
      : Stmt(Stmt_AnnAssign, loc), target(std::move(target)),
        annotation(std::move(annotation)), value(std::move(value)) {}
  const Expr *getTarget() const { return target.get(); }
  const Expr *getAnnotation() const { return annotation.get(); }
  /// May be null.
  const Expr *getValue() const { return value.get(); }
  static bool classof(const Stmt *s) { return s->getKind() == Stmt_AnnAssign; }

private:
  ExprPtr target, annotation, value;
};

class ReturnStmt : public Stmt {
public:
  ReturnStmt(Location loc, ExprPtr value)
      : Stmt(Stmt_Return, loc), value(std::move(value)) {}
  /// May be null (`return`).
  const Expr *getValue() const { return value.get(); }
  static bool classof(const Stmt *s) { return s->getKind() == Stmt_Return; }

private:
  ExprPtr value;
};

/// `if test: body else: orelse`; `elif` becomes a nested IfStmt as the only
/// statement of `orelse`.
class IfStmt : public Stmt {
public:
  IfStmt(Location loc, ExprPtr test, StmtList body, StmtList orelse)
      : Stmt(Stmt_If, loc), test(std::move(test)), body(std::move(body)),
        orelse(std::move(orelse)) {}
  const Expr *getTest() const { return test.get(); }
  const StmtList &getBody() const { return body; }
  const StmtList &getOrElse() const { return orelse; }
  static bool classof(const Stmt *s) { return s->getKind() == Stmt_If; }

private:
  ExprPtr test;
  StmtList body, orelse;
};

/// `for target in iter: body` (the parser accepts any iterable expression;
/// semantic analysis accepts `range(...)`).
class ForStmt : public Stmt {
public:
  ForStmt(Location loc, ExprPtr target, ExprPtr iter, StmtList body)
      : Stmt(Stmt_For, loc), target(std::move(target)), iter(std::move(iter)),
        body(std::move(body)) {}
  const Expr *getTarget() const { return target.get(); }
  const Expr *getIter() const { return iter.get(); }
  const StmtList &getBody() const { return body; }
  static bool classof(const Stmt *s) { return s->getKind() == Stmt_For; }

private:
  ExprPtr target, iter;
  StmtList body;
};

class AssertStmt : public Stmt {
public:
  AssertStmt(Location loc, ExprPtr test, ExprPtr msg)
      : Stmt(Stmt_Assert, loc), test(std::move(test)), msg(std::move(msg)) {}
  const Expr *getTest() const { return test.get(); }
  /// May be null.
  const Expr *getMsg() const { return msg.get(); }
  static bool classof(const Stmt *s) { return s->getKind() == Stmt_Assert; }

private:
  ExprPtr test, msg;
};

class PassStmt : public Stmt {
public:
  explicit PassStmt(Location loc) : Stmt(Stmt_Pass, loc) {}
  static bool classof(const Stmt *s) { return s->getKind() == Stmt_Pass; }
};

/// `name [as asname]` in an import; `name` may be dotted (`torch.nn`).
struct Alias {
  Location loc;
  std::string name;
  std::string asname; // empty when absent
};

/// `import a.b as c, d`
class ImportStmt : public Stmt {
public:
  ImportStmt(Location loc, std::vector<Alias> names)
      : Stmt(Stmt_Import, loc), names(std::move(names)) {}
  const std::vector<Alias> &getNames() const { return names; }
  static bool classof(const Stmt *s) { return s->getKind() == Stmt_Import; }

private:
  std::vector<Alias> names;
};

/// `from module import a as b, c` (relative imports are rejected).
class ImportFromStmt : public Stmt {
public:
  ImportFromStmt(Location loc, std::string module, std::vector<Alias> names)
      : Stmt(Stmt_ImportFrom, loc), module(std::move(module)),
        names(std::move(names)) {}
  llvm::StringRef getModule() const { return module; }
  const std::vector<Alias> &getNames() const { return names; }
  static bool classof(const Stmt *s) {
    return s->getKind() == Stmt_ImportFrom;
  }

private:
  std::string module;
  std::vector<Alias> names;
};

/// A function parameter `name[: annotation][= default]`.
struct Param {
  Location loc;
  std::string name;
  ExprPtr annotation; // may be null
  ExprPtr defaultValue; // may be null
};

/// `@decorators def name(params) -> returns: body`
class FunctionDef : public Stmt {
public:
  FunctionDef(Location loc, std::string name, std::vector<Param> params,
              ExprPtr returns, StmtList body, ExprList decorators)
      : Stmt(Stmt_FunctionDef, loc), name(std::move(name)),
        params(std::move(params)), returns(std::move(returns)),
        body(std::move(body)), decorators(std::move(decorators)) {}
  llvm::StringRef getName() const { return name; }
  const std::vector<Param> &getParams() const { return params; }
  /// May be null.
  const Expr *getReturns() const { return returns.get(); }
  const StmtList &getBody() const { return body; }
  const ExprList &getDecorators() const { return decorators; }
  /// The docstring (first statement, a string literal), or null.
  const StringExpr *getDocstring() const;
  static bool classof(const Stmt *s) {
    return s->getKind() == Stmt_FunctionDef;
  }

private:
  std::string name;
  std::vector<Param> params;
  ExprPtr returns;
  StmtList body;
  ExprList decorators;
};

/// `class name(bases): body`
class ClassDef : public Stmt {
public:
  ClassDef(Location loc, std::string name, ExprList bases, StmtList body,
           ExprList decorators)
      : Stmt(Stmt_ClassDef, loc), name(std::move(name)),
        bases(std::move(bases)), body(std::move(body)),
        decorators(std::move(decorators)) {}
  llvm::StringRef getName() const { return name; }
  const ExprList &getBases() const { return bases; }
  const StmtList &getBody() const { return body; }
  const ExprList &getDecorators() const { return decorators; }
  const StringExpr *getDocstring() const;
  /// Returns the method named `name`, or null.
  const FunctionDef *findMethod(llvm::StringRef name) const;
  static bool classof(const Stmt *s) { return s->getKind() == Stmt_ClassDef; }

private:
  std::string name;
  ExprList bases;
  StmtList body;
  ExprList decorators;
};

/// A whole source file.
class Module {
public:
  Module(std::string fileName, StmtList body)
      : fileName(std::move(fileName)), body(std::move(body)) {}
  llvm::StringRef getFileName() const { return fileName; }
  const StmtList &getBody() const { return body; }
  const StringExpr *getDocstring() const;
  /// Top-level `def name` or null.
  const FunctionDef *findFunction(llvm::StringRef name) const;
  /// Top-level `class name` or null.
  const ClassDef *findClass(llvm::StringRef name) const;

private:
  std::string fileName;
  StmtList body;
};

/// Prints `module` as an indented tree, one node per line with `line:col`
/// (the format `py2triton --emit=ast` prints and lit tests check).
void dump(const Module &module, llvm::raw_ostream &os);
void dump(const Expr &expr, llvm::raw_ostream &os);

} // namespace ast
} // namespace py2triton

#endif // PY2TRITON_FRONTEND_AST_H
