//===- AST.cpp - Located AST for the accepted Python subset ---------------===//
//
// Lookup helpers and the `--emit=ast` tree printer. The dump prints one node
// per line, indented by two spaces per level:
//
//   <role: ><Kind> [payload] <line>:<col>
//
// where `role:` names the child's place in its parent when the parent has
// children of different roles (`test:`, `target:`, `value:`, ...), and
// statement lists are introduced by `body:` / `orelse:` lines.
//
//===----------------------------------------------------------------------===//

#include "py2triton/Frontend/AST.h"

#include "llvm/ADT/StringExtras.h"

#include <charconv>

using namespace py2triton;
using namespace py2triton::ast;

//===----------------------------------------------------------------------===//
// Operator spellings
//===----------------------------------------------------------------------===//

llvm::StringRef ast::getBinaryOpSpelling(BinaryOpKind kind) {
  switch (kind) {
  case BinaryOpKind::Add:
    return "+";
  case BinaryOpKind::Sub:
    return "-";
  case BinaryOpKind::Mul:
    return "*";
  case BinaryOpKind::MatMul:
    return "@";
  case BinaryOpKind::Div:
    return "/";
  case BinaryOpKind::FloorDiv:
    return "//";
  case BinaryOpKind::Mod:
    return "%";
  case BinaryOpKind::Pow:
    return "**";
  case BinaryOpKind::LShift:
    return "<<";
  case BinaryOpKind::RShift:
    return ">>";
  case BinaryOpKind::BitAnd:
    return "&";
  case BinaryOpKind::BitOr:
    return "|";
  case BinaryOpKind::BitXor:
    return "^";
  }
  llvm_unreachable("unknown binary operator");
}

llvm::StringRef ast::getUnaryOpSpelling(UnaryOpKind kind) {
  switch (kind) {
  case UnaryOpKind::Neg:
    return "-";
  case UnaryOpKind::Pos:
    return "+";
  case UnaryOpKind::Invert:
    return "~";
  case UnaryOpKind::Not:
    return "not";
  }
  llvm_unreachable("unknown unary operator");
}

llvm::StringRef ast::getBoolOpSpelling(BoolOpKind kind) {
  switch (kind) {
  case BoolOpKind::And:
    return "and";
  case BoolOpKind::Or:
    return "or";
  }
  llvm_unreachable("unknown boolean operator");
}

llvm::StringRef ast::getCompareOpSpelling(CompareOpKind kind) {
  switch (kind) {
  case CompareOpKind::Eq:
    return "==";
  case CompareOpKind::NotEq:
    return "!=";
  case CompareOpKind::Lt:
    return "<";
  case CompareOpKind::LtE:
    return "<=";
  case CompareOpKind::Gt:
    return ">";
  case CompareOpKind::GtE:
    return ">=";
  case CompareOpKind::Is:
    return "is";
  case CompareOpKind::IsNot:
    return "is not";
  case CompareOpKind::In:
    return "in";
  case CompareOpKind::NotIn:
    return "not in";
  }
  llvm_unreachable("unknown comparison operator");
}

//===----------------------------------------------------------------------===//
// Lookup helpers
//===----------------------------------------------------------------------===//

/// Returns the docstring of a body: its first statement when that is a string
/// literal expression.
static const StringExpr *getBodyDocstring(const StmtList &body) {
  if (body.empty())
    return nullptr;
  const auto *stmt = llvm::dyn_cast<ExprStmt>(body.front().get());
  if (!stmt)
    return nullptr;
  return llvm::dyn_cast<StringExpr>(stmt->getValue());
}

const StringExpr *FunctionDef::getDocstring() const {
  return getBodyDocstring(body);
}

const StringExpr *ClassDef::getDocstring() const {
  return getBodyDocstring(body);
}

const FunctionDef *ClassDef::findMethod(llvm::StringRef name) const {
  for (const StmtPtr &stmt : body)
    if (const auto *fn = llvm::dyn_cast<FunctionDef>(stmt.get()))
      if (fn->getName() == name)
        return fn;
  return nullptr;
}

const StringExpr *Module::getDocstring() const {
  return getBodyDocstring(body);
}

const FunctionDef *Module::findFunction(llvm::StringRef name) const {
  for (const StmtPtr &stmt : body)
    if (const auto *fn = llvm::dyn_cast<FunctionDef>(stmt.get()))
      if (fn->getName() == name)
        return fn;
  return nullptr;
}

const ClassDef *Module::findClass(llvm::StringRef name) const {
  for (const StmtPtr &stmt : body)
    if (const auto *cls = llvm::dyn_cast<ClassDef>(stmt.get()))
      if (cls->getName() == name)
        return cls;
  return nullptr;
}

//===----------------------------------------------------------------------===//
// Dump
//===----------------------------------------------------------------------===//

namespace {

class ASTDumper {
public:
  explicit ASTDumper(llvm::raw_ostream &os) : os(os) {}

  void dumpModule(const Module &module);
  void dumpExpr(const Expr *expr, llvm::StringRef role = "");
  void dumpStmt(const Stmt *stmt);

private:
  llvm::raw_ostream &os;
  unsigned indent = 0;

  /// Increases the indentation for the lifetime of the guard.
  struct Nest {
    unsigned &indent;
    explicit Nest(unsigned &indent) : indent(indent) { ++indent; }
    ~Nest() { --indent; }
  };

  /// Starts a line: indentation and the optional `role: ` prefix.
  llvm::raw_ostream &line(llvm::StringRef role = "") {
    os.indent(indent * 2);
    if (!role.empty())
      os << role << ": ";
    return os;
  }
  void printLoc(const Location &loc) {
    os << ' ' << loc.line << ':' << loc.col << '\n';
  }
  void dumpBody(llvm::StringRef role, const StmtList &body);
  void printString(llvm::StringRef value);
  void printFloat(double value);
};

} // namespace

/// Prints `value` in double quotes with C-style escapes for quotes,
/// backslashes and control characters.
void ASTDumper::printString(llvm::StringRef value) {
  os << '"';
  for (unsigned char c : value) {
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
    case '"':
      os << "\\\"";
      break;
    default:
      if (c < 0x20 || c == 0x7f)
        os << "\\x" << llvm::hexdigit(c >> 4, true)
           << llvm::hexdigit(c & 0xF, true);
      else
        os << c;
    }
  }
  os << '"';
}

/// Prints the shortest decimal form that reads back as `value`, the way
/// Python's repr() does (`1.0`, `0.1`, `1e-05`, `inf`).
void ASTDumper::printFloat(double value) {
  char buf[64];
  auto result = std::to_chars(buf, buf + sizeof(buf), value);
  llvm::StringRef text(buf, result.ptr - buf);
  os << text;
  if (text.find_first_not_of("-0123456789") == llvm::StringRef::npos)
    os << ".0";
}

void ASTDumper::dumpBody(llvm::StringRef role, const StmtList &body) {
  line() << role << ":\n";
  Nest nest(indent);
  for (const StmtPtr &stmt : body)
    dumpStmt(stmt.get());
}

void ASTDumper::dumpModule(const Module &module) {
  os << "Module \"" << module.getFileName() << "\"\n";
  Nest nest(indent);
  for (const StmtPtr &stmt : module.getBody())
    dumpStmt(stmt.get());
}

void ASTDumper::dumpExpr(const Expr *expr, llvm::StringRef role) {
  llvm::raw_ostream &out = line(role);
  switch (expr->getKind()) {
  case Expr::Expr_Name:
    out << "Name " << llvm::cast<NameExpr>(expr)->getName();
    printLoc(expr->getLoc());
    return;
  case Expr::Expr_Int:
    out << "Int " << llvm::cast<IntExpr>(expr)->getValue();
    printLoc(expr->getLoc());
    return;
  case Expr::Expr_Float:
    out << "Float ";
    printFloat(llvm::cast<FloatExpr>(expr)->getValue());
    printLoc(expr->getLoc());
    return;
  case Expr::Expr_String:
    out << "String ";
    printString(llvm::cast<StringExpr>(expr)->getValue());
    printLoc(expr->getLoc());
    return;
  case Expr::Expr_Bool:
    out << "Bool "
        << (llvm::cast<BoolExpr>(expr)->getValue() ? "True" : "False");
    printLoc(expr->getLoc());
    return;
  case Expr::Expr_None:
    out << "None";
    printLoc(expr->getLoc());
    return;
  case Expr::Expr_Ellipsis:
    out << "Ellipsis";
    printLoc(expr->getLoc());
    return;
  case Expr::Expr_Binary: {
    const auto *e = llvm::cast<BinaryExpr>(expr);
    out << "BinOp " << getBinaryOpSpelling(e->getOp());
    printLoc(expr->getLoc());
    Nest nest(indent);
    dumpExpr(e->getLHS());
    dumpExpr(e->getRHS());
    return;
  }
  case Expr::Expr_Unary: {
    const auto *e = llvm::cast<UnaryExpr>(expr);
    out << "UnaryOp " << getUnaryOpSpelling(e->getOp());
    printLoc(expr->getLoc());
    Nest nest(indent);
    dumpExpr(e->getOperand());
    return;
  }
  case Expr::Expr_BoolOp: {
    const auto *e = llvm::cast<BoolOpExpr>(expr);
    out << "BoolOp " << getBoolOpSpelling(e->getOp());
    printLoc(expr->getLoc());
    Nest nest(indent);
    for (const ExprPtr &value : e->getValues())
      dumpExpr(value.get());
    return;
  }
  case Expr::Expr_Compare: {
    const auto *e = llvm::cast<CompareExpr>(expr);
    out << "Compare [";
    llvm::interleave(
        e->getOps(), out,
        [&](CompareOpKind op) { out << getCompareOpSpelling(op); }, ", ");
    out << ']';
    printLoc(expr->getLoc());
    Nest nest(indent);
    dumpExpr(e->getLeft());
    for (const ExprPtr &comparator : e->getComparators())
      dumpExpr(comparator.get());
    return;
  }
  case Expr::Expr_IfExp: {
    const auto *e = llvm::cast<IfExpExpr>(expr);
    out << "IfExp";
    printLoc(expr->getLoc());
    Nest nest(indent);
    dumpExpr(e->getTest(), "test");
    dumpExpr(e->getBody(), "body");
    dumpExpr(e->getOrElse(), "orelse");
    return;
  }
  case Expr::Expr_Call: {
    const auto *e = llvm::cast<CallExpr>(expr);
    out << "Call";
    printLoc(expr->getLoc());
    Nest nest(indent);
    dumpExpr(e->getCallee(), "func");
    for (const ExprPtr &arg : e->getArgs())
      dumpExpr(arg.get());
    for (const Keyword &kw : e->getKeywords()) {
      line() << "Keyword " << kw.name;
      printLoc(kw.loc);
      Nest kwNest(indent);
      dumpExpr(kw.value.get());
    }
    return;
  }
  case Expr::Expr_Attribute: {
    const auto *e = llvm::cast<AttributeExpr>(expr);
    out << "Attribute " << e->getAttr();
    printLoc(expr->getLoc());
    Nest nest(indent);
    dumpExpr(e->getValue());
    return;
  }
  case Expr::Expr_Subscript: {
    const auto *e = llvm::cast<SubscriptExpr>(expr);
    out << "Subscript";
    printLoc(expr->getLoc());
    Nest nest(indent);
    dumpExpr(e->getValue(), "value");
    dumpExpr(e->getIndex(), "index");
    return;
  }
  case Expr::Expr_Slice: {
    const auto *e = llvm::cast<SliceExpr>(expr);
    out << "Slice";
    printLoc(expr->getLoc());
    Nest nest(indent);
    if (e->getLower())
      dumpExpr(e->getLower(), "lower");
    if (e->getUpper())
      dumpExpr(e->getUpper(), "upper");
    if (e->getStep())
      dumpExpr(e->getStep(), "step");
    return;
  }
  case Expr::Expr_Tuple: {
    const auto *e = llvm::cast<TupleExpr>(expr);
    out << "Tuple";
    printLoc(expr->getLoc());
    Nest nest(indent);
    for (const ExprPtr &elt : e->getElts())
      dumpExpr(elt.get());
    return;
  }
  case Expr::Expr_List: {
    const auto *e = llvm::cast<ListExpr>(expr);
    out << "List";
    printLoc(expr->getLoc());
    Nest nest(indent);
    for (const ExprPtr &elt : e->getElts())
      dumpExpr(elt.get());
    return;
  }
  }
  llvm_unreachable("unknown expression kind");
}

void ASTDumper::dumpStmt(const Stmt *stmt) {
  llvm::raw_ostream &out = line();
  switch (stmt->getKind()) {
  case Stmt::Stmt_Expr: {
    out << "Expr";
    printLoc(stmt->getLoc());
    Nest nest(indent);
    dumpExpr(llvm::cast<ExprStmt>(stmt)->getValue());
    return;
  }
  case Stmt::Stmt_Assign: {
    const auto *s = llvm::cast<AssignStmt>(stmt);
    out << "Assign";
    printLoc(stmt->getLoc());
    Nest nest(indent);
    for (const ExprPtr &target : s->getTargets())
      dumpExpr(target.get(), "target");
    dumpExpr(s->getValue(), "value");
    return;
  }
  case Stmt::Stmt_AugAssign: {
    const auto *s = llvm::cast<AugAssignStmt>(stmt);
    out << "AugAssign " << getBinaryOpSpelling(s->getOp()) << '=';
    printLoc(stmt->getLoc());
    Nest nest(indent);
    dumpExpr(s->getTarget(), "target");
    dumpExpr(s->getValue(), "value");
    return;
  }
  case Stmt::Stmt_AnnAssign: {
    const auto *s = llvm::cast<AnnAssignStmt>(stmt);
    out << "AnnAssign";
    printLoc(stmt->getLoc());
    Nest nest(indent);
    dumpExpr(s->getTarget(), "target");
    dumpExpr(s->getAnnotation(), "annotation");
    if (s->getValue())
      dumpExpr(s->getValue(), "value");
    return;
  }
  case Stmt::Stmt_Return: {
    const auto *s = llvm::cast<ReturnStmt>(stmt);
    out << "Return";
    printLoc(stmt->getLoc());
    Nest nest(indent);
    if (s->getValue())
      dumpExpr(s->getValue());
    return;
  }
  case Stmt::Stmt_If: {
    const auto *s = llvm::cast<IfStmt>(stmt);
    out << "If";
    printLoc(stmt->getLoc());
    Nest nest(indent);
    dumpExpr(s->getTest(), "test");
    dumpBody("body", s->getBody());
    if (!s->getOrElse().empty())
      dumpBody("orelse", s->getOrElse());
    return;
  }
  case Stmt::Stmt_For: {
    const auto *s = llvm::cast<ForStmt>(stmt);
    out << "For";
    printLoc(stmt->getLoc());
    Nest nest(indent);
    dumpExpr(s->getTarget(), "target");
    dumpExpr(s->getIter(), "iter");
    dumpBody("body", s->getBody());
    return;
  }
  case Stmt::Stmt_Assert: {
    const auto *s = llvm::cast<AssertStmt>(stmt);
    out << "Assert";
    printLoc(stmt->getLoc());
    Nest nest(indent);
    dumpExpr(s->getTest(), "test");
    if (s->getMsg())
      dumpExpr(s->getMsg(), "msg");
    return;
  }
  case Stmt::Stmt_Pass:
    out << "Pass";
    printLoc(stmt->getLoc());
    return;
  case Stmt::Stmt_Import:
  case Stmt::Stmt_ImportFrom: {
    const std::vector<Alias> *names;
    if (const auto *s = llvm::dyn_cast<ImportStmt>(stmt)) {
      out << "Import";
      names = &s->getNames();
    } else {
      const auto *from = llvm::cast<ImportFromStmt>(stmt);
      out << "ImportFrom " << from->getModule();
      names = &from->getNames();
    }
    printLoc(stmt->getLoc());
    Nest nest(indent);
    for (const Alias &alias : *names) {
      line() << "Alias " << alias.name;
      if (!alias.asname.empty())
        os << " as " << alias.asname;
      printLoc(alias.loc);
    }
    return;
  }
  case Stmt::Stmt_FunctionDef: {
    const auto *s = llvm::cast<FunctionDef>(stmt);
    out << "FunctionDef " << s->getName();
    printLoc(stmt->getLoc());
    Nest nest(indent);
    for (const ExprPtr &decorator : s->getDecorators())
      dumpExpr(decorator.get(), "decorator");
    for (const Param &param : s->getParams()) {
      line() << "Param " << param.name;
      printLoc(param.loc);
      Nest paramNest(indent);
      if (param.annotation)
        dumpExpr(param.annotation.get(), "annotation");
      if (param.defaultValue)
        dumpExpr(param.defaultValue.get(), "default");
    }
    if (s->getReturns())
      dumpExpr(s->getReturns(), "returns");
    dumpBody("body", s->getBody());
    return;
  }
  case Stmt::Stmt_ClassDef: {
    const auto *s = llvm::cast<ClassDef>(stmt);
    out << "ClassDef " << s->getName();
    printLoc(stmt->getLoc());
    Nest nest(indent);
    for (const ExprPtr &decorator : s->getDecorators())
      dumpExpr(decorator.get(), "decorator");
    for (const ExprPtr &base : s->getBases())
      dumpExpr(base.get(), "base");
    dumpBody("body", s->getBody());
    return;
  }
  }
  llvm_unreachable("unknown statement kind");
}

void ast::dump(const Module &module, llvm::raw_ostream &os) {
  ASTDumper(os).dumpModule(module);
}

void ast::dump(const Expr &expr, llvm::raw_ostream &os) {
  ASTDumper(os).dumpExpr(&expr);
}
