//===- Eval.cpp - Statements, expressions and calls -----------------------===//
//
// Python semantics for the accepted subset. Control flow must be decidable at
// compile time: `if` conditions fold to constants, `for` loops iterate over
// constant ranges and are unrolled. Operations on tensors create py ops.
//
//===----------------------------------------------------------------------===//

#include "Evaluator.h"

#include "llvm/ADT/StringExtras.h"

#include <cmath>

using namespace py2triton;
using namespace py2triton::mlirgen;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

/// Limits that keep symbolic evaluation finite.
static constexpr unsigned kMaxCallDepth = 64;
static constexpr int64_t kMaxUnroll = 4096;

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

Evaluator::Flow Evaluator::execBlock(const ast::StmtList &body) {
  for (const ast::StmtPtr &stmt : body) {
    Flow flow = execStmt(*stmt);
    if (flow != Flow::Normal)
      return flow;
  }
  return Flow::Normal;
}

/// Whether `stmt` is the `if __name__ == "__main__":` idiom.
static bool isMainGuard(const ast::IfStmt &stmt) {
  auto *cmp = dyn_cast<ast::CompareExpr>(stmt.getTest());
  if (!cmp || cmp->getOps().size() != 1)
    return false;
  auto *name = dyn_cast<ast::NameExpr>(cmp->getLeft());
  return name && name->getName() == "__name__";
}

Evaluator::Flow Evaluator::execStmt(const ast::Stmt &stmt) {
  Frame &frame = *frames.back();
  switch (stmt.getKind()) {
  case ast::Stmt::Stmt_Pass:
    return Flow::Normal;
  case ast::Stmt::Stmt_Expr: {
    const ast::Expr *value = cast<ast::ExprStmt>(stmt).getValue();
    // Docstrings and other bare constants are no-ops.
    if (isa<ast::StringExpr, ast::EllipsisExpr, ast::IntExpr,
            ast::FloatExpr>(value))
      return Flow::Normal;
    return eval(*value) ? Flow::Normal : Flow::Error;
  }
  case ast::Stmt::Stmt_Assign: {
    auto &assignStmt = cast<ast::AssignStmt>(stmt);
    ObjPtr value = eval(*assignStmt.getValue());
    if (!value)
      return Flow::Error;
    for (const ast::ExprPtr &target : assignStmt.getTargets())
      if (mlir::failed(assign(*target, value)))
        return Flow::Error;
    return Flow::Normal;
  }
  case ast::Stmt::Stmt_AugAssign: {
    auto &aug = cast<ast::AugAssignStmt>(stmt);
    if (isa<ast::SubscriptExpr>(aug.getTarget())) {
      error(aug.getLoc(), "in-place update of a tensor slice is not supported "
                          "by py2triton");
      return Flow::Error;
    }
    ObjPtr current = eval(*aug.getTarget());
    ObjPtr rhs = current ? eval(*aug.getValue()) : nullptr;
    if (!rhs)
      return Flow::Error;
    // Tensors are values here: `x += y` rebinds x to x + y.
    ObjPtr value = evalBinary(aug.getOp(), current, rhs, aug.getLoc());
    if (!value)
      return Flow::Error;
    return mlir::succeeded(assign(*aug.getTarget(), value)) ? Flow::Normal
                                                            : Flow::Error;
  }
  case ast::Stmt::Stmt_AnnAssign: {
    auto &ann = cast<ast::AnnAssignStmt>(stmt);
    if (!ann.getValue())
      return Flow::Normal;
    ObjPtr value = eval(*ann.getValue());
    if (!value)
      return Flow::Error;
    return mlir::succeeded(assign(*ann.getTarget(), value)) ? Flow::Normal
                                                            : Flow::Error;
  }
  case ast::Stmt::Stmt_Return: {
    auto &ret = cast<ast::ReturnStmt>(stmt);
    frame.returnValue = Object::none();
    if (ret.getValue()) {
      frame.returnValue = eval(*ret.getValue());
      if (!frame.returnValue)
        return Flow::Error;
    }
    return Flow::Return;
  }
  case ast::Stmt::Stmt_If: {
    auto &ifStmt = cast<ast::IfStmt>(stmt);
    if (frames.size() == 1 && isMainGuard(ifStmt))
      return Flow::Normal;
    ObjPtr test = eval(*ifStmt.getTest());
    if (!test)
      return Flow::Error;
    std::optional<bool> cond = truth(test, ifStmt.getTest()->getLoc());
    if (!cond)
      return Flow::Error;
    return execBlock(*cond ? ifStmt.getBody() : ifStmt.getOrElse());
  }
  case ast::Stmt::Stmt_For: {
    auto &forStmt = cast<ast::ForStmt>(stmt);
    ObjPtr iter = eval(*forStmt.getIter());
    if (!iter)
      return Flow::Error;
    // nn.ModuleList / nn.Sequential iterate over their modules.
    if (iter->kind == Object::Instance && !iter->cls &&
        (iter->name == "nn.ModuleList" || iter->name == "nn.Sequential"))
      iter = Object::ofSeq(Object::List, iter->elems);
    if (!iter->isSequence()) {
      error(forStmt.getIter()->getLoc(),
            "for loops must iterate over range(...) or a tuple/list known at "
            "compile time, not " +
                describe(*iter));
      return Flow::Error;
    }
    if ((int64_t)iter->elems.size() > kMaxUnroll) {
      error(forStmt.getIter()->getLoc(),
            "loop has " + llvm::Twine(iter->elems.size()) +
                " iterations; py2triton unrolls loops of at most " +
                llvm::Twine(kMaxUnroll));
      return Flow::Error;
    }
    for (ObjPtr &item : iter->elems) {
      if (mlir::failed(assign(*forStmt.getTarget(), item)))
        return Flow::Error;
      Flow flow = execBlock(forStmt.getBody());
      if (flow != Flow::Normal)
        return flow;
    }
    return Flow::Normal;
  }
  case ast::Stmt::Stmt_Assert: {
    auto &assertStmt = cast<ast::AssertStmt>(stmt);
    ObjPtr test = eval(*assertStmt.getTest());
    if (!test)
      return Flow::Error;
    // Assertions on tensors cannot be checked at compile time; they are
    // dropped (like `python -O`). Constant assertions are checked.
    if (test->kind == Object::Tensor)
      return Flow::Normal;
    std::optional<bool> cond = truth(test, assertStmt.getTest()->getLoc());
    if (!cond)
      return Flow::Error;
    if (!*cond) {
      std::string msg = "assertion failed at compile time";
      if (assertStmt.getMsg())
        if (auto *s = dyn_cast<ast::StringExpr>(assertStmt.getMsg()))
          msg += ": " + s->getValue().str();
      error(assertStmt.getLoc(), msg);
      return Flow::Error;
    }
    return Flow::Normal;
  }
  case ast::Stmt::Stmt_Import: {
    for (const ast::Alias &alias : cast<ast::ImportStmt>(stmt).getNames()) {
      llvm::StringRef name = alias.name;
      if (!alias.asname.empty()) {
        frame.locals[alias.asname] = Object::ofNamed(Object::Namespace, name.str());
      } else {
        // `import torch.nn` binds `torch`.
        llvm::StringRef top = name.split('.').first;
        frame.locals[top] = Object::ofNamed(Object::Namespace, top.str());
      }
    }
    return Flow::Normal;
  }
  case ast::Stmt::Stmt_ImportFrom: {
    auto &from = cast<ast::ImportFromStmt>(stmt);
    for (const ast::Alias &alias : from.getNames()) {
      std::string qualified = (from.getModule() + "." + alias.name).str();
      llvm::StringRef bound = alias.asname.empty() ? alias.name : alias.asname;
      ObjPtr member = getNamespaceMember(from.getModule(), alias.name);
      if (!member)
        member = Object::ofNamed(Object::Namespace, qualified);
      frame.locals[bound] = member;
    }
    return Flow::Normal;
  }
  case ast::Stmt::Stmt_FunctionDef: {
    auto &fn = cast<ast::FunctionDef>(stmt);
    auto obj = std::make_shared<Object>(Object::Function);
    obj->func = &fn;
    frame.locals[fn.getName()] = obj;
    return Flow::Normal;
  }
  case ast::Stmt::Stmt_ClassDef: {
    auto &cls = cast<ast::ClassDef>(stmt);
    auto obj = std::make_shared<Object>(Object::Class);
    obj->cls = &cls;
    frame.locals[cls.getName()] = obj;
    return Flow::Normal;
  }
  }
  llvm_unreachable("unknown statement kind");
}

mlir::LogicalResult Evaluator::assign(const ast::Expr &target, ObjPtr value) {
  if (auto *name = dyn_cast<ast::NameExpr>(&target)) {
    frames.back()->locals[name->getName()] = value;
    return mlir::success();
  }
  if (isa<ast::TupleExpr, ast::ListExpr>(&target)) {
    const ast::ExprList &elts =
        isa<ast::TupleExpr>(&target) ? cast<ast::TupleExpr>(&target)->getElts()
                                     : cast<ast::ListExpr>(&target)->getElts();
    if (!value->isSequence())
      return error(target.getLoc(),
                   "cannot unpack " + describe(*value) + " into " +
                       llvm::Twine(elts.size()) + " names"),
             mlir::failure();
    if (value->elems.size() != elts.size())
      return error(target.getLoc(), "cannot unpack " +
                                        llvm::Twine(value->elems.size()) +
                                        " values into " +
                                        llvm::Twine(elts.size()) + " names"),
             mlir::failure();
    for (size_t i = 0; i < elts.size(); ++i)
      if (mlir::failed(assign(*elts[i], value->elems[i])))
        return mlir::failure();
    return mlir::success();
  }
  if (auto *attr = dyn_cast<ast::AttributeExpr>(&target)) {
    ObjPtr base = eval(*attr->getValue());
    if (!base)
      return mlir::failure();
    if (base->kind != Object::Instance)
      return error(attr->getLoc(), "cannot set attribute '" + attr->getAttr() +
                                       "' on " + describe(*base)),
             mlir::failure();
    base->setAttr(attr->getAttr(), value);
    return mlir::success();
  }
  if (isa<ast::SubscriptExpr>(&target))
    return error(target.getLoc(), "assignment to a subscript (in-place update) "
                                  "is not supported by py2triton"),
           mlir::failure();
  return error(target.getLoc(), "cannot assign to this expression"),
         mlir::failure();
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

static const char *const kPythonBuiltins[] = {
    "range", "len", "int", "float", "bool", "min", "max", "abs", "super",
    "isinstance", "tuple", "list", "round", "sum", "print", "pow"};

ObjPtr Evaluator::lookupName(llvm::StringRef name, const Location &loc) {
  ObjPtr found;
  auto it = frames.back()->locals.find(name);
  if (it != frames.back()->locals.end()) {
    found = it->second;
  } else if ((it = globals.find(name)) != globals.end()) {
    found = it->second;
  } else {
    for (const char *builtin : kPythonBuiltins)
      if (name == builtin)
        return Object::ofNamed(Object::Builtin, name.str());
    if (name == "__name__")
      return Object::ofStr("__py2triton__");
    return error(loc, "name '" + name + "' is not defined");
  }
  if (found->kind == Object::Opaque)
    return error(loc, found->name);
  return found;
}

std::optional<bool> Evaluator::truth(ObjPtr value, const Location &loc) {
  switch (value->kind) {
  case Object::None:
    return false;
  case Object::Bool:
    return value->b;
  case Object::Int:
    return value->i != 0;
  case Object::Float:
    return value->f != 0.0;
  case Object::Str:
    return !value->name.empty();
  case Object::Tuple:
  case Object::List:
    return !value->elems.empty();
  case Object::Tensor:
    error(loc, "the truth value of a tensor is not known at compile time "
               "(data-dependent control flow is not supported by py2triton)");
    return std::nullopt;
  default:
    return true;
  }
}

ObjPtr Evaluator::eval(const ast::Expr &expr) {
  switch (expr.getKind()) {
  case ast::Expr::Expr_Name:
    return lookupName(cast<ast::NameExpr>(expr).getName(), expr.getLoc());
  case ast::Expr::Expr_Int:
    return Object::ofInt(cast<ast::IntExpr>(expr).getValue());
  case ast::Expr::Expr_Float:
    return Object::ofFloat(cast<ast::FloatExpr>(expr).getValue());
  case ast::Expr::Expr_String:
    return Object::ofStr(cast<ast::StringExpr>(expr).getValue().str());
  case ast::Expr::Expr_Bool:
    return Object::ofBool(cast<ast::BoolExpr>(expr).getValue());
  case ast::Expr::Expr_None:
    return Object::none();
  case ast::Expr::Expr_Ellipsis:
    return std::make_shared<Object>(Object::Ellipsis);
  case ast::Expr::Expr_Binary: {
    auto &bin = cast<ast::BinaryExpr>(expr);
    ObjPtr lhs = eval(*bin.getLHS());
    ObjPtr rhs = lhs ? eval(*bin.getRHS()) : nullptr;
    if (!rhs)
      return nullptr;
    return evalBinary(bin.getOp(), lhs, rhs, bin.getLoc());
  }
  case ast::Expr::Expr_Unary: {
    auto &un = cast<ast::UnaryExpr>(expr);
    ObjPtr operand = eval(*un.getOperand());
    if (!operand)
      return nullptr;
    return evalUnary(un.getOp(), operand, un.getLoc());
  }
  case ast::Expr::Expr_BoolOp: {
    // Short-circuit evaluation on compile-time values.
    auto &boolOp = cast<ast::BoolOpExpr>(expr);
    ObjPtr last;
    for (const ast::ExprPtr &operand : boolOp.getValues()) {
      last = eval(*operand);
      if (!last)
        return nullptr;
      if (last->kind == Object::Tensor)
        return error(boolOp.getLoc(),
                     "'" + ast::getBoolOpSpelling(boolOp.getOp()) +
                         "' on tensors is not supported: use torch.logical_" +
                         ast::getBoolOpSpelling(boolOp.getOp()) +
                         " or '&' / '|'");
      std::optional<bool> t = truth(last, operand->getLoc());
      if (!t)
        return nullptr;
      if (boolOp.getOp() == ast::BoolOpKind::And ? !*t : *t)
        return last;
    }
    return last;
  }
  case ast::Expr::Expr_Compare: {
    auto &cmp = cast<ast::CompareExpr>(expr);
    ObjPtr left = eval(*cmp.getLeft());
    if (!left)
      return nullptr;
    ObjPtr result;
    for (size_t i = 0; i < cmp.getOps().size(); ++i) {
      ObjPtr right = eval(*cmp.getComparators()[i]);
      if (!right)
        return nullptr;
      ObjPtr r = evalCompare(cmp.getOps()[i], left, right, cmp.getLoc());
      if (!r)
        return nullptr;
      if (!result) {
        result = r;
      } else if (result->kind == Object::Tensor || r->kind == Object::Tensor) {
        // Python evaluates `a < x <= b` as `(a < x) and (x <= b)`, which
        // needs the truth value of a tensor (torch raises there too).
        return error(cmp.getLoc(),
                     "chained comparison of tensors needs their truth value "
                     "(torch raises here); use (a < x) & (x <= b)");
      } else {
        std::optional<bool> t = truth(result, cmp.getLoc());
        if (!t)
          return nullptr;
        if (!*t)
          return result;
        result = r;
      }
      left = right;
    }
    return result;
  }
  case ast::Expr::Expr_IfExp: {
    auto &ifExp = cast<ast::IfExpExpr>(expr);
    ObjPtr test = eval(*ifExp.getTest());
    if (!test)
      return nullptr;
    std::optional<bool> t = truth(test, ifExp.getTest()->getLoc());
    if (!t)
      return nullptr;
    return eval(*t ? *ifExp.getBody() : *ifExp.getOrElse());
  }
  case ast::Expr::Expr_Call: {
    auto &callExpr = cast<ast::CallExpr>(expr);
    ObjPtr callee = eval(*callExpr.getCallee());
    if (!callee)
      return nullptr;
    std::vector<ObjPtr> args;
    for (const ast::ExprPtr &arg : callExpr.getArgs()) {
      ObjPtr v = eval(*arg);
      if (!v)
        return nullptr;
      args.push_back(v);
    }
    KwArgs kwargs;
    for (const ast::Keyword &kw : callExpr.getKeywords()) {
      ObjPtr v = eval(*kw.value);
      if (!v)
        return nullptr;
      kwargs.emplace_back(kw.name, v);
    }
    // Locate diagnostics of calls at the callee's name (`torch.exp(` → exp).
    return call(callee, std::move(args), std::move(kwargs),
                callExpr.getCallee()->getLoc());
  }
  case ast::Expr::Expr_Attribute: {
    auto &attr = cast<ast::AttributeExpr>(expr);
    ObjPtr value = eval(*attr.getValue());
    if (!value)
      return nullptr;
    return getAttribute(value, attr.getAttr(), attr.getLoc());
  }
  case ast::Expr::Expr_Subscript: {
    auto &sub = cast<ast::SubscriptExpr>(expr);
    ObjPtr value = eval(*sub.getValue());
    if (!value)
      return nullptr;
    return evalSubscript(value, *sub.getIndex(), sub.getLoc());
  }
  case ast::Expr::Expr_Slice: {
    auto &slice = cast<ast::SliceExpr>(expr);
    std::vector<ObjPtr> parts;
    for (const ast::Expr *e :
         {slice.getLower(), slice.getUpper(), slice.getStep()}) {
      if (!e) {
        parts.push_back(Object::none());
        continue;
      }
      ObjPtr v = eval(*e);
      if (!v)
        return nullptr;
      parts.push_back(v);
    }
    return Object::ofSeq(Object::Slice, std::move(parts));
  }
  case ast::Expr::Expr_Tuple:
  case ast::Expr::Expr_List: {
    const ast::ExprList &elts = isa<ast::TupleExpr>(expr)
                                    ? cast<ast::TupleExpr>(expr).getElts()
                                    : cast<ast::ListExpr>(expr).getElts();
    std::vector<ObjPtr> values;
    for (const ast::ExprPtr &e : elts) {
      ObjPtr v = eval(*e);
      if (!v)
        return nullptr;
      values.push_back(v);
    }
    return Object::ofSeq(isa<ast::TupleExpr>(expr) ? Object::Tuple
                                                   : Object::List,
                         std::move(values));
  }
  }
  llvm_unreachable("unknown expression kind");
}

//===----------------------------------------------------------------------===//
// Operators
//===----------------------------------------------------------------------===//

/// Python's floor division and modulo on ints.
static int64_t floorDiv(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0)))
    --q;
  return q;
}

static ObjPtr numberOf(const Object &o, bool asFloat) {
  if (asFloat)
    return Object::ofFloat(o.kind == Object::Float ? o.f
                           : o.kind == Object::Int ? (double)o.i
                                                   : (double)o.b);
  return Object::ofInt(o.kind == Object::Int ? o.i : (int64_t)o.b);
}

static llvm::StringRef binaryOpName(ast::BinaryOpKind op) {
  switch (op) {
  case ast::BinaryOpKind::Add:
    return "py.add";
  case ast::BinaryOpKind::Sub:
    return "py.sub";
  case ast::BinaryOpKind::Mul:
    return "py.mul";
  case ast::BinaryOpKind::Div:
    return "py.div";
  case ast::BinaryOpKind::FloorDiv:
    return "py.floor_div";
  case ast::BinaryOpKind::Mod:
    return "py.remainder";
  case ast::BinaryOpKind::Pow:
    return "py.pow";
  case ast::BinaryOpKind::BitAnd:
    return "py.bitwise_and";
  case ast::BinaryOpKind::BitOr:
    return "py.bitwise_or";
  case ast::BinaryOpKind::BitXor:
    return "py.bitwise_xor";
  case ast::BinaryOpKind::MatMul:
    return "py.matmul";
  case ast::BinaryOpKind::LShift:
  case ast::BinaryOpKind::RShift:
    return "";
  }
  llvm_unreachable("unknown binary op");
}

ObjPtr Evaluator::evalBinary(ast::BinaryOpKind op, ObjPtr lhs, ObjPtr rhs,
                             const Location &loc) {
  using K = ast::BinaryOpKind;
  // Sequences: concatenation and repetition.
  if (lhs->isSequence() && rhs->isSequence() && op == K::Add &&
      lhs->kind == rhs->kind) {
    std::vector<ObjPtr> elems = lhs->elems;
    elems.insert(elems.end(), rhs->elems.begin(), rhs->elems.end());
    return Object::ofSeq(lhs->kind, std::move(elems));
  }
  if (op == K::Mul && ((lhs->isSequence() && rhs->kind == Object::Int) ||
                       (rhs->isSequence() && lhs->kind == Object::Int))) {
    ObjPtr seq = lhs->isSequence() ? lhs : rhs;
    int64_t n = lhs->isSequence() ? rhs->i : lhs->i;
    std::vector<ObjPtr> elems;
    for (int64_t i = 0; i < n && elems.size() < (size_t)kMaxUnroll; ++i)
      elems.insert(elems.end(), seq->elems.begin(), seq->elems.end());
    return Object::ofSeq(seq->kind, std::move(elems));
  }
  if (lhs->kind == Object::Str && rhs->kind == Object::Str && op == K::Add)
    return Object::ofStr(lhs->name + rhs->name);

  // Compile-time arithmetic on Python numbers.
  if (lhs->isNumber() && rhs->isNumber()) {
    bool isFloat = lhs->kind == Object::Float || rhs->kind == Object::Float;
    if (op == K::Div || (op == K::Pow && !isFloat && numberOf(*rhs, false)->i < 0))
      isFloat = true;
    if (isFloat) {
      double a = numberOf(*lhs, true)->f, b = numberOf(*rhs, true)->f;
      switch (op) {
      case K::Add:
        return Object::ofFloat(a + b);
      case K::Sub:
        return Object::ofFloat(a - b);
      case K::Mul:
        return Object::ofFloat(a * b);
      case K::Div:
      case K::FloorDiv:
      case K::Mod:
        if (b == 0.0)
          return error(loc, "division by zero in a compile-time constant");
        if (op == K::Div)
          return Object::ofFloat(a / b);
        if (op == K::FloorDiv)
          return Object::ofFloat(std::floor(a / b));
        return Object::ofFloat(a - std::floor(a / b) * b);
      case K::Pow:
        return Object::ofFloat(std::pow(a, b));
      default:
        return error(loc, "unsupported operand types for '" +
                              ast::getBinaryOpSpelling(op) + "': " +
                              describe(*lhs) + " and " + describe(*rhs));
      }
    }
    int64_t a = numberOf(*lhs, false)->i, b = numberOf(*rhs, false)->i;
    switch (op) {
    case K::Add:
      return Object::ofInt(a + b);
    case K::Sub:
      return Object::ofInt(a - b);
    case K::Mul:
      return Object::ofInt(a * b);
    case K::FloorDiv:
    case K::Mod:
      if (b == 0)
        return error(loc, "division by zero in a compile-time constant");
      if (op == K::FloorDiv)
        return Object::ofInt(floorDiv(a, b));
      return Object::ofInt(a - floorDiv(a, b) * b);
    case K::Pow: {
      int64_t r = 1;
      for (int64_t i = 0; i < b && i < 64; ++i)
        r *= a;
      return Object::ofInt(r);
    }
    case K::BitAnd:
      return Object::ofInt(a & b);
    case K::BitOr:
      return Object::ofInt(a | b);
    case K::BitXor:
      return Object::ofInt(a ^ b);
    case K::LShift:
      return Object::ofInt(b >= 0 && b < 63 ? a << b : 0);
    case K::RShift:
      return Object::ofInt(b >= 0 && b < 63 ? a >> b : (a < 0 ? -1 : 0));
    default:
      return error(loc, "unsupported operand types for '" +
                            ast::getBinaryOpSpelling(op) + "': " +
                            describe(*lhs) + " and " + describe(*rhs));
    }
  }

  // Tensor arithmetic.
  bool lhsOk = lhs->kind == Object::Tensor || lhs->isNumber();
  bool rhsOk = rhs->kind == Object::Tensor || rhs->isNumber();
  if (!lhsOk || !rhsOk || (lhs->kind != Object::Tensor &&
                           rhs->kind != Object::Tensor))
    return error(loc, "unsupported operand types for '" +
                          ast::getBinaryOpSpelling(op) + "': " +
                          describe(*lhs) + " and " + describe(*rhs));
  llvm::StringRef opName = binaryOpName(op);
  if (opName.empty())
    return error(loc, "operator '" + ast::getBinaryOpSpelling(op) +
                          "' on tensors is not supported by py2triton");
  if (op == K::MatMul) {
    ObjPtr a = getTensor(lhs, loc, "left operand of '@'");
    ObjPtr b = a ? getTensor(rhs, loc, "right operand of '@'") : nullptr;
    if (!b)
      return nullptr;
    return createOp1(opName, {a, b}, {}, loc);
  }
  // Bool tensors: & | ^ are logical.
  if ((op == K::BitAnd || op == K::BitOr || op == K::BitXor) &&
      lhs->kind == Object::Tensor && rhs->kind == Object::Tensor &&
      lhs->getTensorType().getElementType().isInteger(1) &&
      rhs->getTensorType().getElementType().isInteger(1)) {
    llvm::StringRef logical = op == K::BitAnd  ? "py.logical_and"
                              : op == K::BitOr ? "py.logical_or"
                                               : "py.logical_xor";
    return createOp1(logical, {lhs, rhs}, {}, loc);
  }
  return elementwise(opName, {lhs, rhs}, {}, loc, /*floatOnly=*/op == K::Div);
}

ObjPtr Evaluator::evalUnary(ast::UnaryOpKind op, ObjPtr operand,
                            const Location &loc) {
  using K = ast::UnaryOpKind;
  if (op == K::Not) {
    if (operand->kind == Object::Tensor)
      return error(loc, "'not' on a tensor is not supported: use "
                        "torch.logical_not or '~'");
    std::optional<bool> t = truth(operand, loc);
    return t ? Object::ofBool(!*t) : nullptr;
  }
  if (operand->isNumber()) {
    if (op == K::Pos)
      return operand;
    if (op == K::Neg)
      return operand->kind == Object::Float ? Object::ofFloat(-operand->f)
                                            : Object::ofInt(-numberOf(*operand, false)->i);
    if (operand->kind == Object::Float)
      return error(loc, "bad operand type for unary '~': a float");
    return Object::ofInt(~numberOf(*operand, false)->i);
  }
  if (operand->kind != Object::Tensor)
    return error(loc, "bad operand type for unary '" +
                          ast::getUnaryOpSpelling(op) + "': " +
                          describe(*operand));
  if (op == K::Pos)
    return operand;
  if (op == K::Neg)
    return createOp1("py.neg", {operand}, {}, loc);
  if (operand->getTensorType().getElementType().isInteger(1))
    return createOp1("py.logical_not", {operand}, {}, loc);
  return createOp1("py.bitwise_not", {operand}, {}, loc);
}

static bool equalObjects(const Object &a, const Object &b) {
  if (a.isNumber() && b.isNumber()) {
    double x = numberOf(a, true)->f, y = numberOf(b, true)->f;
    return x == y;
  }
  if (a.kind != b.kind)
    return false;
  switch (a.kind) {
  case Object::None:
  case Object::Ellipsis:
    return true;
  case Object::Str:
  case Object::Namespace:
  case Object::Builtin:
    return a.name == b.name;
  case Object::Dtype:
    return a.type == b.type;
  case Object::Tuple:
  case Object::List:
    if (a.elems.size() != b.elems.size())
      return false;
    for (size_t i = 0; i < a.elems.size(); ++i)
      if (!equalObjects(*a.elems[i], *b.elems[i]))
        return false;
    return true;
  default:
    return &a == &b;
  }
}

ObjPtr Evaluator::evalCompare(ast::CompareOpKind op, ObjPtr lhs, ObjPtr rhs,
                              const Location &loc) {
  using K = ast::CompareOpKind;
  if (op == K::Is || op == K::IsNot) {
    if (lhs->kind == Object::Tensor && rhs->kind == Object::Tensor)
      return Object::ofBool((lhs == rhs) == (op == K::Is));
    bool same = (lhs->kind == Object::None || rhs->kind == Object::None)
                    ? lhs->kind == rhs->kind
                    : lhs == rhs || equalObjects(*lhs, *rhs);
    return Object::ofBool(same == (op == K::Is));
  }
  if (op == K::In || op == K::NotIn) {
    if (!rhs->isSequence() && rhs->kind != Object::Str)
      return error(loc, "'in' needs a tuple, list or string known at compile "
                        "time, not " +
                            describe(*rhs));
    bool found = false;
    if (rhs->kind == Object::Str)
      found = lhs->kind == Object::Str &&
              llvm::StringRef(rhs->name).contains(lhs->name);
    for (ObjPtr &e : rhs->elems)
      found |= equalObjects(*lhs, *e);
    return Object::ofBool(found == (op == K::In));
  }
  if (lhs->kind == Object::Tensor || rhs->kind == Object::Tensor) {
    if (!(lhs->kind == Object::Tensor || lhs->isNumber()) ||
        !(rhs->kind == Object::Tensor || rhs->isNumber()))
      return error(loc, "cannot compare " + describe(*lhs) + " with " +
                            describe(*rhs));
    llvm::StringRef name = op == K::Eq      ? "py.eq"
                           : op == K::NotEq ? "py.ne"
                           : op == K::Lt    ? "py.lt"
                           : op == K::LtE   ? "py.le"
                           : op == K::Gt    ? "py.gt"
                                            : "py.ge";
    return elementwise(name, {lhs, rhs}, {}, loc);
  }
  if (op == K::Eq || op == K::NotEq)
    return Object::ofBool(equalObjects(*lhs, *rhs) == (op == K::Eq));
  if (lhs->isNumber() && rhs->isNumber()) {
    double a = numberOf(*lhs, true)->f, b = numberOf(*rhs, true)->f;
    bool r = op == K::Lt ? a < b : op == K::LtE ? a <= b : op == K::Gt ? a > b
                                                                       : a >= b;
    return Object::ofBool(r);
  }
  if (lhs->kind == Object::Str && rhs->kind == Object::Str) {
    int c = lhs->name.compare(rhs->name);
    bool r = op == K::Lt ? c < 0 : op == K::LtE ? c <= 0 : op == K::Gt ? c > 0
                                                                       : c >= 0;
    return Object::ofBool(r);
  }
  return error(loc, "cannot compare " + describe(*lhs) + " with " +
                        describe(*rhs));
}

//===----------------------------------------------------------------------===//
// Attributes and subscripts
//===----------------------------------------------------------------------===//

ObjPtr Evaluator::getAttribute(ObjPtr value, llvm::StringRef attr,
                               const Location &loc) {
  switch (value->kind) {
  case Object::Namespace: {
    if (ObjPtr member = getNamespaceMember(value->name, attr))
      return member;
    return error(loc, "'" + value->name + "." + attr +
                          "' is not supported by py2triton");
  }
  case Object::Instance: {
    if (ObjPtr v = value->getAttr(attr))
      return v;
    if (attr == "register_buffer" || attr == "register_parameter") {
      auto method = Object::ofNamed(Object::Method, attr.str());
      method->self = value;
      return method;
    }
    if (value->cls) {
      if (const ast::FunctionDef *method = value->cls->findMethod(attr)) {
        auto bound = std::make_shared<Object>(Object::Function);
        bound->func = method;
        bound->self = value;
        return bound;
      }
    }
    return error(loc, describe(*value) + " has no attribute '" + attr + "'");
  }
  case Object::Tensor: {
    mlir::RankedTensorType type = value->getTensorType();
    if (attr == "shape") {
      std::vector<ObjPtr> dims;
      for (int64_t d : type.getShape())
        dims.push_back(d == mlir::ShapedType::kDynamic
                           ? Object::ofNamed(Object::Opaque,
                                             "this dimension's size is not "
                                             "known at compile time")
                           : Object::ofInt(d));
      return Object::ofSeq(Object::Tuple, std::move(dims));
    }
    if (attr == "ndim")
      return Object::ofInt(type.getRank());
    if (attr == "dtype")
      return Object::ofDtype(type.getElementType());
    if (attr == "device" || attr == "is_cuda")
      return std::make_shared<Object>(Object::Device);
    if (attr == "T" || attr == "mT")
      return callTensorMethod(value, attr == "T" ? "t" : "mT", {}, {}, loc);
    auto method = Object::ofNamed(Object::Method, attr.str());
    method->self = value;
    return method;
  }
  case Object::Class:
    if (const ast::FunctionDef *method = value->cls->findMethod(attr)) {
      auto fn = std::make_shared<Object>(Object::Function);
      fn->func = method;
      return fn;
    }
    return error(loc, describe(*value) + " has no attribute '" + attr + "'");
  case Object::Tuple:
    // torch.return_types (values, indices).
    if (ObjPtr field = value->getAttr(attr))
      return field;
    break;
  case Object::Dtype:
    if (attr == "is_floating_point")
      return Object::ofBool(mlir::isa<mlir::FloatType>(value->type));
    break;
  default:
    break;
  }
  return error(loc, describe(*value) + " has no attribute '" + attr +
                        "' known to py2triton");
}

ObjPtr Evaluator::evalSubscript(ObjPtr value, const ast::Expr &indexExpr,
                                const Location &loc) {
  ObjPtr index = eval(indexExpr);
  if (!index)
    return nullptr;
  if (value->kind == Object::Instance && !value->cls &&
      (value->name == "nn.ModuleList" || value->name == "nn.Sequential"))
    value = Object::ofSeq(Object::List, value->elems);
  if (value->isSequence() || value->kind == Object::Str) {
    int64_t size = value->kind == Object::Str ? value->name.size()
                                              : value->elems.size();
    if (index->kind == Object::Int || index->kind == Object::Bool) {
      int64_t i = index->kind == Object::Int ? index->i : index->b;
      if (i < -size || i >= size)
        return error(indexExpr.getLoc(), "index " + llvm::Twine(i) +
                                             " is out of range for a sequence "
                                             "of length " +
                                             llvm::Twine(size));
      if (i < 0)
        i += size;
      if (value->kind == Object::Str)
        return Object::ofStr(value->name.substr(i, 1));
      ObjPtr elem = value->elems[i];
      if (elem->kind == Object::Opaque)
        return error(indexExpr.getLoc(), elem->name);
      return elem;
    }
    if (index->kind == Object::Slice && value->isSequence()) {
      auto part = [&](int idx, int64_t dflt) -> std::optional<int64_t> {
        ObjPtr p = index->elems[idx];
        if (p->kind == Object::None)
          return dflt;
        return getInt(p, indexExpr.getLoc(), "a slice bound");
      };
      std::optional<int64_t> step = part(2, 1);
      if (!step)
        return nullptr;
      if (*step <= 0)
        return error(indexExpr.getLoc(),
                     "only positive slice steps are supported");
      std::optional<int64_t> lo = part(0, 0), hi = part(1, size);
      if (!lo || !hi)
        return nullptr;
      int64_t l = *lo < 0 ? std::max<int64_t>(0, *lo + size)
                          : std::min(*lo, size);
      int64_t h = *hi < 0 ? std::max<int64_t>(0, *hi + size)
                          : std::min(*hi, size);
      std::vector<ObjPtr> elems;
      for (int64_t i = l; i < h; i += *step)
        elems.push_back(value->elems[i]);
      return Object::ofSeq(value->kind, std::move(elems));
    }
    return error(indexExpr.getLoc(), "sequence indices must be integers or "
                                     "slices, not " +
                                         describe(*index));
  }
  if (value->kind != Object::Tensor)
    return error(loc, describe(*value) + " is not subscriptable");

  // Tensor indexing: ints select, slices narrow, None inserts a dim, '...'
  // expands to full slices.
  std::vector<ObjPtr> items = index->kind == Object::Tuple
                                  ? index->elems
                                  : std::vector<ObjPtr>{index};
  int64_t rank = value->getTensorType().getRank();
  int64_t consumed = 0;
  bool sawEllipsis = false;
  for (ObjPtr &item : items) {
    if (item->kind == Object::Ellipsis) {
      if (sawEllipsis)
        return error(indexExpr.getLoc(),
                     "an index can only have a single ellipsis ('...')");
      sawEllipsis = true;
    } else if (item->kind == Object::Int || item->kind == Object::Slice ||
               item->kind == Object::Bool) {
      ++consumed;
    } else if (item->kind == Object::Tensor) {
      return error(indexExpr.getLoc(), "indexing a tensor with a tensor "
                                       "(advanced indexing) is not supported "
                                       "by py2triton");
    } else if (item->kind != Object::None) {
      return error(indexExpr.getLoc(),
                   "tensor indices must be integers, slices, None or '...', "
                   "not " +
                       describe(*item));
    }
  }
  if (consumed > rank)
    return error(indexExpr.getLoc(), "too many indices for a tensor of rank " +
                                         llvm::Twine(rank));
  ObjPtr result = value;
  int64_t dim = 0;
  for (ObjPtr &item : items) {
    if (item->kind == Object::Ellipsis) {
      dim += rank - consumed;
      continue;
    }
    if (item->kind == Object::None) {
      result = createOp1("py.unsqueeze", {result},
                         {builder.getNamedAttr("dim", builder.getI64IntegerAttr(dim))},
                         indexExpr.getLoc());
      if (!result)
        return nullptr;
      ++dim;
      continue;
    }
    if (item->kind == Object::Int || item->kind == Object::Bool) {
      int64_t i = item->kind == Object::Int ? item->i : item->b;
      int64_t size = result->getTensorType().getDimSize(dim);
      if (size != mlir::ShapedType::kDynamic && (i < -size || i >= size))
        return error(indexExpr.getLoc(),
                     "index " + llvm::Twine(i) + " is out of bounds for dim " +
                         llvm::Twine(dim) + " of size " + llvm::Twine(size));
      result = createOp1("py.select", {result},
                         {builder.getNamedAttr("dim", builder.getI64IntegerAttr(dim)),
                          builder.getNamedAttr("index", builder.getI64IntegerAttr(i))},
                         indexExpr.getLoc());
      if (!result)
        return nullptr;
      continue;
    }
    // Slice.
    auto bound = [&](int idx, int64_t dflt) -> std::optional<int64_t> {
      ObjPtr p = item->elems[idx];
      if (p->kind == Object::None)
        return dflt;
      return getInt(p, indexExpr.getLoc(), "a slice bound");
    };
    std::optional<int64_t> start = bound(0, 0),
                           end = bound(1, std::numeric_limits<int64_t>::max()),
                           step = bound(2, 1);
    if (!start || !end || !step)
      return nullptr;
    if (*step <= 0)
      return error(indexExpr.getLoc(),
                   "slice step must be positive (torch does not support "
                   "negative steps)");
    if (*start != 0 || *end != std::numeric_limits<int64_t>::max() ||
        *step != 1) {
      result = createOp1(
          "py.slice", {result},
          {builder.getNamedAttr("dim", builder.getI64IntegerAttr(dim)),
           builder.getNamedAttr("start", builder.getI64IntegerAttr(*start)),
           builder.getNamedAttr("end", builder.getI64IntegerAttr(*end)),
           builder.getNamedAttr("step", builder.getI64IntegerAttr(*step))},
          indexExpr.getLoc());
      if (!result)
        return nullptr;
    }
    ++dim;
  }
  return result;
}

//===----------------------------------------------------------------------===//
// Calls
//===----------------------------------------------------------------------===//

ObjPtr Evaluator::call(ObjPtr callee, std::vector<ObjPtr> args, KwArgs kwargs,
                       const Location &loc) {
  switch (callee->kind) {
  case Object::Builtin:
    return callBuiltin(callee->name, std::move(args), std::move(kwargs), loc);
  case Object::Method:
    if (callee->self->kind == Object::Instance) {
      // self.register_buffer(name, tensor) / register_parameter(name, param).
      if (args.size() < 2 || args[0]->kind != Object::Str)
        return error(loc, callee->name + "() takes (name, tensor)");
      ObjPtr t = args[1];
      if (t->kind == Object::Tensor) {
        t = Object::ofTensor(t->type);
        t->paramName = callee->name == "register_buffer" ? "buffer" : "param";
      }
      callee->self->setAttr(args[0]->name, t);
      return Object::none();
    }
    return callTensorMethod(callee->self, callee->name, std::move(args),
                            std::move(kwargs), loc);
  case Object::Function:
    return callUserFunction(*callee->func, callee->self, std::move(args),
                            std::move(kwargs), loc);
  case Object::Class:
    return instantiate(*callee->cls, std::move(args), std::move(kwargs), loc);
  case Object::Instance:
    if (callee->cls) {
      const ast::FunctionDef *forward = callee->cls->findMethod("forward");
      if (!forward)
        forward = callee->cls->findMethod("__call__");
      if (!forward)
        return error(loc, describe(*callee) + " is not callable");
      return callUserFunction(*forward, callee, std::move(args),
                              std::move(kwargs), loc);
    }
    return callNNModule(callee, std::move(args), std::move(kwargs), loc);
  case Object::Namespace:
    return error(loc, "'" + callee->name + "' is not supported by py2triton");
  default:
    return error(loc, describe(*callee) + " is not callable");
  }
}

ObjPtr Evaluator::callUserFunction(const ast::FunctionDef &fn, ObjPtr self,
                                   std::vector<ObjPtr> args, KwArgs kwargs,
                                   const Location &loc) {
  if (callDepth >= kMaxCallDepth)
    return error(loc, "call depth exceeds " + llvm::Twine(kMaxCallDepth) +
                          " (recursion is not supported by py2triton)");
  Frame frame;
  const std::vector<ast::Param> &params = fn.getParams();
  size_t next = 0;
  if (self) {
    if (params.empty())
      return error(loc, "method '" + fn.getName() + "' must take 'self'");
    frame.locals[params[0].name] = self;
    next = 1;
  }
  if (args.size() > params.size() - next)
    return error(loc, "'" + fn.getName() + "' takes " +
                          llvm::Twine(params.size() - next) +
                          " positional arguments but " +
                          llvm::Twine(args.size()) + " were given");
  std::vector<bool> set(params.size(), false);
  for (size_t i = 0; i < args.size(); ++i) {
    frame.locals[params[next + i].name] = args[i];
    set[next + i] = true;
  }
  for (auto &kv : kwargs) {
    const std::string &name = kv.first;
    ObjPtr &value = kv.second;
    auto it = llvm::find_if(params, [&](const ast::Param &p) {
      return p.name == name;
    });
    if (it == params.end())
      return error(loc, "'" + fn.getName() +
                            "' got an unexpected keyword argument '" + name +
                            "'");
    size_t idx = it - params.begin();
    if (set[idx])
      return error(loc, "'" + fn.getName() +
                            "' got multiple values for argument '" + name +
                            "'");
    frame.locals[name] = value;
    set[idx] = true;
  }
  // Defaults are evaluated in the caller's scope of the definition (module).
  for (size_t i = next; i < params.size(); ++i) {
    if (set[i])
      continue;
    if (!params[i].defaultValue)
      return error(loc, "'" + fn.getName() +
                            "' missing required argument '" + params[i].name +
                            "'");
    ObjPtr v = eval(*params[i].defaultValue);
    if (!v)
      return nullptr;
    frame.locals[params[i].name] = v;
  }

  ++callDepth;
  frames.push_back(&frame);
  Flow flow = execBlock(fn.getBody());
  frames.pop_back();
  --callDepth;
  if (flow == Flow::Error)
    return nullptr;
  return frame.returnValue ? frame.returnValue : Object::none();
}

ObjPtr Evaluator::instantiate(const ast::ClassDef &cls,
                              std::vector<ObjPtr> args, KwArgs kwargs,
                              const Location &loc) {
  auto instance = std::make_shared<Object>(Object::Instance);
  instance->cls = &cls;
  const ast::FunctionDef *init = cls.findMethod("__init__");
  if (!init) {
    if (!args.empty() || !kwargs.empty())
      return error(loc, "class '" + cls.getName() + "' takes no arguments");
    return instance;
  }
  // __init__ runs symbolically: parameters are abstract tensors.
  bool savedCodegen = codegen;
  codegen = false;
  ObjPtr r = callUserFunction(*init, instance, std::move(args),
                              std::move(kwargs), loc);
  codegen = savedCodegen;
  return r ? instance : nullptr;
}
