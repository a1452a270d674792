//===- MLIRGen.cpp - Lower the Python AST to the py dialect ---------------===//
//
// The evaluator core: module-level constants, get_inputs() / get_init_inputs(),
// symbolic instantiation of Model classes, statements with compile-time control
// flow (folded `if`, unrolled `for ... in range`), Python semantics on
// constants, torch type promotion, and generic creation of py ops with
// inferred result types.
//
//===----------------------------------------------------------------------===//

#include "py2triton/MLIRGen/MLIRGen.h"

#include "Evaluator.h"

#include "py2triton/Dialect/Py/IR/PyOps.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Transforms/RegionUtils.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/StringSwitch.h"

#include <cmath>

using namespace py2triton;
using namespace py2triton::mlirgen;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

//===----------------------------------------------------------------------===//
// Object descriptions
//===----------------------------------------------------------------------===//

std::string mlirgen::describe(const Object &obj) {
  switch (obj.kind) {
  case Object::None:
    return "None";
  case Object::Bool:
    return "a bool";
  case Object::Int:
    return "an int";
  case Object::Float:
    return "a float";
  case Object::Str:
    return "a string";
  case Object::Ellipsis:
    return "'...'";
  case Object::Tuple:
    return "a tuple";
  case Object::List:
    return "a list";
  case Object::Slice:
    return "a slice";
  case Object::Tensor:
    return "a tensor";
  case Object::Dtype:
    return "a dtype";
  case Object::Device:
    return "a device";
  case Object::Namespace:
    return "the module '" + obj.name + "'";
  case Object::Builtin:
    return "the function '" + obj.name + "'";
  case Object::Method:
    return "the method '" + obj.name + "'";
  case Object::Function:
    return "the function '" + obj.func->getName().str() + "'";
  case Object::Class:
    return "the class '" + obj.cls->getName().str() + "'";
  case Object::Instance:
    return "an instance of '" +
           (obj.cls ? obj.cls->getName().str() : obj.name) + "'";
  case Object::Opaque:
    return "a value that could not be evaluated";
  }
  llvm_unreachable("unknown object kind");
}

//===----------------------------------------------------------------------===//
// Argument specs
//===----------------------------------------------------------------------===//

std::optional<ArgSpec> py2triton::parseArgSpec(llvm::StringRef text,
                                               std::string &error) {
  auto [name, rest] = text.split('=');
  name = name.trim();
  if (name.empty() || rest.empty()) {
    error = "expected NAME=SHAPE:DTYPE";
    return std::nullopt;
  }
  auto [shapeText, dtype] = rest.rsplit(':');
  if (dtype.empty() || shapeText == rest) {
    error = "expected NAME=SHAPE:DTYPE (missing ':DTYPE')";
    return std::nullopt;
  }
  ArgSpec spec;
  spec.name = name.str();
  spec.dtype = dtype.trim().str();
  shapeText = shapeText.trim();
  if (shapeText != "scalar" && !shapeText.empty()) {
    llvm::SmallVector<llvm::StringRef> dims;
    shapeText.split(dims, 'x');
    for (llvm::StringRef d : dims) {
      d = d.trim();
      if (d == "?") {
        spec.shape.push_back(mlir::ShapedType::kDynamic);
        continue;
      }
      int64_t v;
      if (d.getAsInteger(10, v) || v < 0) {
        error = ("invalid dimension '" + d + "'").str();
        return std::nullopt;
      }
      spec.shape.push_back(v);
    }
  }
  return spec;
}

//===----------------------------------------------------------------------===//
// Evaluator: setup and diagnostics
//===----------------------------------------------------------------------===//

Evaluator::Evaluator(mlir::MLIRContext &context, const ast::Module &astModule,
                     DiagnosticEngine &diags, const MLIRGenOptions &options)
    : context(context), astModule(astModule), diags(diags), options(options),
      builder(&context) {
  fileName = builder.getStringAttr(astModule.getFileName());
}

std::nullptr_t Evaluator::error(const Location &loc,
                                const llvm::Twine &message) {
  if (speculative) {
    ++speculativeErrors;
    return nullptr;
  }
  diags.error(loc, message);
  return nullptr;
}

mlir::Location Evaluator::getLoc(const Location &loc) {
  return mlir::FileLineColLoc::get(fileName, loc.line, loc.col);
}

//===----------------------------------------------------------------------===//
// Module level
//===----------------------------------------------------------------------===//

static void collectCalledNames(const ast::Expr *expr, llvm::StringRef self,
                               llvm::StringSet<> &out);

/// Adds to `out` the names called (as `name(...)`) anywhere in `body`, except
/// `self` (recursion does not make a function a helper).
static void collectCalledNames(const ast::StmtList &body, llvm::StringRef self,
                               llvm::StringSet<> &out) {
  for (const ast::StmtPtr &stmt : body) {
    const ast::Stmt *s = stmt.get();
    if (auto *e = dyn_cast<ast::ExprStmt>(s)) {
      collectCalledNames(e->getValue(), self, out);
    } else if (auto *a = dyn_cast<ast::AssignStmt>(s)) {
      collectCalledNames(a->getValue(), self, out);
    } else if (auto *a = dyn_cast<ast::AugAssignStmt>(s)) {
      collectCalledNames(a->getValue(), self, out);
    } else if (auto *a = dyn_cast<ast::AnnAssignStmt>(s)) {
      collectCalledNames(a->getValue(), self, out);
    } else if (auto *r = dyn_cast<ast::ReturnStmt>(s)) {
      collectCalledNames(r->getValue(), self, out);
    } else if (auto *i = dyn_cast<ast::IfStmt>(s)) {
      collectCalledNames(i->getTest(), self, out);
      collectCalledNames(i->getBody(), self, out);
      collectCalledNames(i->getOrElse(), self, out);
    } else if (auto *f = dyn_cast<ast::ForStmt>(s)) {
      collectCalledNames(f->getIter(), self, out);
      collectCalledNames(f->getBody(), self, out);
    } else if (auto *f = dyn_cast<ast::FunctionDef>(s)) {
      collectCalledNames(f->getBody(), self, out);
    }
  }
}

static void collectCalledNames(const ast::Expr *expr, llvm::StringRef self,
                               llvm::StringSet<> &out) {
  if (!expr)
    return;
  switch (expr->getKind()) {
  case ast::Expr::Expr_Call: {
    auto *call = cast<ast::CallExpr>(expr);
    if (auto *name = dyn_cast<ast::NameExpr>(call->getCallee())) {
      if (name->getName() != self)
        out.insert(name->getName());
    } else {
      collectCalledNames(call->getCallee(), self, out);
    }
    for (const ast::ExprPtr &arg : call->getArgs())
      collectCalledNames(arg.get(), self, out);
    for (const ast::Keyword &kw : call->getKeywords())
      collectCalledNames(kw.value.get(), self, out);
    return;
  }
  case ast::Expr::Expr_Binary:
    collectCalledNames(cast<ast::BinaryExpr>(expr)->getLHS(), self, out);
    collectCalledNames(cast<ast::BinaryExpr>(expr)->getRHS(), self, out);
    return;
  case ast::Expr::Expr_Unary:
    collectCalledNames(cast<ast::UnaryExpr>(expr)->getOperand(), self, out);
    return;
  case ast::Expr::Expr_BoolOp:
    for (const ast::ExprPtr &v : cast<ast::BoolOpExpr>(expr)->getValues())
      collectCalledNames(v.get(), self, out);
    return;
  case ast::Expr::Expr_Compare:
    collectCalledNames(cast<ast::CompareExpr>(expr)->getLeft(), self, out);
    for (const ast::ExprPtr &v : cast<ast::CompareExpr>(expr)->getComparators())
      collectCalledNames(v.get(), self, out);
    return;
  case ast::Expr::Expr_IfExp:
    collectCalledNames(cast<ast::IfExpExpr>(expr)->getTest(), self, out);
    collectCalledNames(cast<ast::IfExpExpr>(expr)->getBody(), self, out);
    collectCalledNames(cast<ast::IfExpExpr>(expr)->getOrElse(), self, out);
    return;
  case ast::Expr::Expr_Attribute:
    collectCalledNames(cast<ast::AttributeExpr>(expr)->getValue(), self, out);
    return;
  case ast::Expr::Expr_Subscript:
    collectCalledNames(cast<ast::SubscriptExpr>(expr)->getValue(), self, out);
    collectCalledNames(cast<ast::SubscriptExpr>(expr)->getIndex(), self, out);
    return;
  case ast::Expr::Expr_Tuple:
    for (const ast::ExprPtr &v : cast<ast::TupleExpr>(expr)->getElts())
      collectCalledNames(v.get(), self, out);
    return;
  case ast::Expr::Expr_List:
    for (const ast::ExprPtr &v : cast<ast::ListExpr>(expr)->getElts())
      collectCalledNames(v.get(), self, out);
    return;
  default:
    return;
  }
}

/// Top-level names that are helpers, not translation entry points.
static bool isInputsFunction(llvm::StringRef name) {
  return name == "get_inputs" || name == "get_init_inputs";
}

void Evaluator::evalModuleLevel() {
  Frame frame;
  frames.push_back(&frame);
  for (const ast::StmtPtr &stmt : astModule.getBody()) {
    // Module-level statements are evaluated speculatively: a value we cannot
    // evaluate is only an error where it is used.
    ++speculative;
    unsigned before = speculativeErrors;
    Flow flow = execStmt(*stmt);
    --speculative;
    if (flow == Flow::Error || speculativeErrors != before) {
      if (auto *assignStmt = dyn_cast<ast::AssignStmt>(stmt.get())) {
        for (const ast::ExprPtr &target : assignStmt->getTargets())
          if (auto *nameExpr = dyn_cast<ast::NameExpr>(target.get()))
            frame.locals[nameExpr->getName()] = Object::ofNamed(
                Object::Opaque, "module-level value '" +
                                    nameExpr->getName().str() +
                                    "' could not be evaluated");
      }
    }
  }
  frames.pop_back();
  globals = std::move(frame.locals);
}

std::optional<std::vector<ObjPtr>>
Evaluator::evalInputsFunction(llvm::StringRef name) {
  const ast::FunctionDef *fn = astModule.findFunction(name);
  if (!fn)
    return std::nullopt;
  ObjPtr result = callUserFunction(*fn, nullptr, {}, {}, fn->getLoc());
  if (!result)
    return std::nullopt;
  if (!result->isSequence()) {
    error(fn->getLoc(), name + "() must return a list or tuple, not " +
                            describe(*result));
    return std::nullopt;
  }
  return result->elems;
}

mlir::Type Evaluator::parseDtypeName(llvm::StringRef name) {
  mlir::Builder b(&context);
  return llvm::StringSwitch<mlir::Type>(name)
      .Cases("f32", "float32", "float", "fp32", b.getF32Type())
      .Cases("f16", "float16", "half", "fp16", b.getF16Type())
      .Cases("bf16", "bfloat16", b.getBF16Type())
      .Cases("f64", "float64", "double", "fp64", b.getF64Type())
      .Cases("i64", "int64", "long", b.getI64Type())
      .Cases("i32", "int32", "int", b.getI32Type())
      .Cases("i16", "int16", "short", b.getI16Type())
      .Cases("i8", "int8", b.getI8Type())
      .Case("uint8", mlir::IntegerType::get(&context, 8,
                                            mlir::IntegerType::Unsigned))
      .Cases("i1", "bool", b.getI1Type())
      .Default(nullptr);
}

std::string Evaluator::dtypeName(mlir::Type type) {
  if (type.isF32())
    return "float32";
  if (type.isF16())
    return "float16";
  if (type.isBF16())
    return "bfloat16";
  if (type.isF64())
    return "float64";
  if (type.isInteger(1))
    return "bool";
  if (type.isUnsignedInteger(8))
    return "uint8";
  if (auto it = dyn_cast<mlir::IntegerType>(type))
    return "int" + std::to_string(it.getWidth());
  return "unknown";
}

/// Annotation forms: "f32[B, 128]" (string: dtype + dims; names of integer
/// module constants are static, other names dynamic), `float` / `int` /
/// `bool` (a Python scalar argument), anything else (e.g. torch.Tensor):
/// no information (null).
ObjPtr Evaluator::parseAnnotation(const ast::Expr &annotation) {
  if (auto *name = dyn_cast<ast::NameExpr>(&annotation)) {
    mlir::Type t = llvm::StringSwitch<mlir::Type>(name->getName())
                       .Case("float", builder.getF32Type())
                       .Case("int", builder.getI64Type())
                       .Case("bool", builder.getI1Type())
                       .Default(nullptr);
    if (!t)
      return nullptr;
    ObjPtr obj = Object::ofTensor(mlir::RankedTensorType::get({}, t));
    obj->wrappedScalar = true;
    return obj;
  }
  auto *str = dyn_cast<ast::StringExpr>(&annotation);
  if (!str)
    return nullptr;
  llvm::StringRef text = llvm::StringRef(str->getValue()).trim();
  size_t bracket = text.find('[');
  llvm::StringRef dtypeText = text.substr(0, bracket).trim();
  mlir::Type dtype = parseDtypeName(dtypeText);
  if (!dtype)
    return error(annotation.getLoc(),
                 "unknown dtype '" + dtypeText +
                     "' in shape annotation (expected e.g. \"f32[N, 128]\")");
  llvm::SmallVector<int64_t> shape;
  if (bracket != llvm::StringRef::npos) {
    llvm::StringRef dims = text.substr(bracket + 1);
    if (!dims.consume_back("]"))
      return error(annotation.getLoc(),
                   "malformed shape annotation '" + text + "': missing ']'");
    llvm::SmallVector<llvm::StringRef> parts;
    dims.split(parts, ',', -1, /*KeepEmpty=*/false);
    for (llvm::StringRef part : parts) {
      part = part.trim();
      int64_t v;
      if (!part.getAsInteger(10, v) && v >= 0) {
        shape.push_back(v);
        continue;
      }
      auto it = globals.find(part);
      if (it != globals.end() && it->second->kind == Object::Int) {
        shape.push_back(it->second->i);
        continue;
      }
      if (part == "?" || (!part.empty() && (isalpha(part[0]) || part[0] == '_'))) {
        shape.push_back(mlir::ShapedType::kDynamic);
        continue;
      }
      return error(annotation.getLoc(), "malformed dimension '" + part +
                                            "' in shape annotation '" + text +
                                            "'");
    }
  }
  return Object::ofTensor(mlir::RankedTensorType::get(shape, dtype));
}

ObjPtr Evaluator::resolveParam(const ast::Param &param,
                               const ast::FunctionDef &fn,
                               ObjPtr fromInputs) {
  for (const ArgSpec &spec : options.argSpecs) {
    if (spec.name != param.name)
      continue;
    mlir::Type dtype = parseDtypeName(spec.dtype);
    if (!dtype)
      return error(param.loc, "unknown dtype '" + spec.dtype +
                                  "' in --arg for '" + param.name + "'");
    return Object::ofTensor(mlir::RankedTensorType::get(spec.shape, dtype));
  }
  ObjPtr annotated;
  if (param.annotation) {
    unsigned before = diags.getNumErrors();
    annotated = parseAnnotation(*param.annotation);
    if (diags.getNumErrors() != before)
      return nullptr;
  }
  // A tensor annotation ("f32[N, 4]") makes an argument; get_inputs()
  // values come next.
  if (annotated && !annotated->wrappedScalar)
    return annotated;
  if (fromInputs)
    return fromInputs;
  // A parameter with a default and no tensor type is a compile-time
  // constant: the function is specialised on its default.
  if (param.defaultValue)
    return eval(*param.defaultValue);
  // A scalar annotation (`alpha: float`) without a default is a runtime
  // Python scalar argument.
  if (annotated)
    return annotated;
  return error(param.loc,
               "cannot determine the rank of argument '" + param.name +
                   "' of '" + fn.getName() +
                   "': annotate it (e.g. " + param.name +
                   ": \"f32[N, 128]\"), define get_inputs(), or pass --arg " +
                   param.name + "=SHAPE:DTYPE");
}

void Evaluator::collectParameters(ObjPtr instance, llvm::StringRef prefix,
                                  std::vector<ObjPtr> &out) {
  for (const std::string &key : instance->attrOrder) {
    ObjPtr v = instance->attrs[key];
    std::string qualified = prefix.empty() ? key : (prefix + "." + key).str();
    if (v->kind == Object::Tensor) {
      // Parameters, buffers and any other tensor held by the module become
      // arguments named by their attribute path ("fc.weight").
      v->paramName = qualified;
      out.push_back(v);
    } else if (v->kind == Object::Instance) {
      collectParameters(v, qualified, out);
    } else if (v->isSequence()) {
      // nn.Sequential / nn.ModuleList children are numbered.
      for (size_t i = 0; i < v->elems.size(); ++i)
        if (v->elems[i]->kind == Object::Instance)
          collectParameters(v->elems[i], qualified + "." + std::to_string(i),
                            out);
    }
  }
}

mlir::LogicalResult
Evaluator::translateFunction(const ast::FunctionDef &fn,
                             llvm::StringRef symName, ObjPtr self,
                             const std::vector<ObjPtr> *inputs) {
  // Resolve the parameters: tensors/scalars become arguments, other values
  // are compile-time constants.
  const std::vector<ast::Param> &params = fn.getParams();
  size_t first = self ? 1 : 0;
  if (self && params.empty())
    return error(fn.getLoc(), "method '" + fn.getName() +
                                  "' must take 'self'"),
           mlir::failure();
  std::vector<ObjPtr> paramObjs;
  std::vector<ObjPtr> modelParams;
  if (self)
    collectParameters(self, "", modelParams);

  llvm::SmallVector<mlir::Type> argTypes;
  llvm::SmallVector<mlir::DictionaryAttr> argAttrs;
  auto addArg = [&](ObjPtr obj, llvm::StringRef name, bool isParam) {
    argTypes.push_back(obj->type);
    llvm::SmallVector<mlir::NamedAttribute> attrs;
    attrs.push_back(builder.getNamedAttr("py.name", builder.getStringAttr(name)));
    if (isParam)
      attrs.push_back(builder.getNamedAttr("py.param", builder.getUnitAttr()));
    if (obj->wrappedScalar)
      attrs.push_back(builder.getNamedAttr("py.scalar", builder.getUnitAttr()));
    argAttrs.push_back(builder.getDictionaryAttr(attrs));
  };
  for (ObjPtr &p : modelParams)
    addArg(p, p->paramName, /*isParam=*/true);

  if (inputs && inputs->size() > params.size() - first)
    return error(fn.getLoc(), "get_inputs() returns " +
                                  llvm::Twine(inputs->size()) +
                                  " inputs but '" + fn.getName() + "' takes " +
                                  llvm::Twine(params.size() - first)),
           mlir::failure();
  for (size_t i = first; i < params.size(); ++i) {
    ObjPtr fromInputs;
    if (inputs && i - first < inputs->size()) {
      fromInputs = (*inputs)[i - first];
      if (fromInputs->kind == Object::Tensor)
        fromInputs = Object::ofTensor(fromInputs->type);
    }
    ObjPtr obj = resolveParam(params[i], fn, fromInputs);
    if (!obj)
      return mlir::failure();
    if (obj->kind == Object::Tensor) {
      ObjPtr arg = Object::ofTensor(obj->type);
      arg->wrappedScalar = obj->wrappedScalar;
      addArg(arg, params[i].name, /*isParam=*/false);
      paramObjs.push_back(arg);
    } else {
      paramObjs.push_back(obj);
    }
  }

  builder.setInsertionPointToEnd(module.getBody());
  auto funcType = builder.getFunctionType(argTypes, {});
  auto funcOp =
      builder.create<mlir::func::FuncOp>(getLoc(fn.getLoc()), symName, funcType);
  funcOp.setAllArgAttrs(argAttrs);
  if (self && self->cls)
    funcOp->setAttr("py.class", builder.getStringAttr(self->cls->getName()));
  if (const ast::StringExpr *doc = fn.getDocstring())
    funcOp->setAttr("py.doc", builder.getStringAttr(doc->getValue()));
  mlir::Block *entry = funcOp.addEntryBlock();
  builder.setInsertionPointToStart(entry);

  unsigned argIndex = 0;
  for (ObjPtr &p : modelParams)
    p->value = entry->getArgument(argIndex++);
  for (ObjPtr &p : paramObjs)
    if (p->kind == Object::Tensor)
      p->value = entry->getArgument(argIndex++);

  std::vector<ObjPtr> callArgs(paramObjs.begin(), paramObjs.end());
  codegen = true;
  // Leaves codegen mode on every path out of this function.
  auto restore = llvm::make_scope_exit([&] { codegen = false; });
  ObjPtr result = callUserFunction(fn, self, callArgs, {}, fn.getLoc());
  if (!result) {
    funcOp.erase();
    return mlir::failure();
  }

  // Returned values: a tensor, a number, or a tuple/list of them.
  std::vector<ObjPtr> results;
  if (result->isSequence())
    results = result->elems;
  else if (result->kind != Object::None)
    results.push_back(result);
  llvm::SmallVector<mlir::Value> values;
  llvm::SmallVector<mlir::Type> resultTypes;
  for (ObjPtr &r : results) {
    ObjPtr t = r->kind == Object::Tensor || r->isNumber()
                   ? toTensor(r, fn.getLoc())
                   : nullptr;
    if (!t || !t->value) {
      error(fn.getLoc(), "'" + fn.getName() +
                             "' must return tensors or numbers, not " +
                             describe(*r));
      funcOp.erase();
      return mlir::failure();
    }
    values.push_back(t->value);
    resultTypes.push_back(t->value.getType());
  }
  builder.setInsertionPointToEnd(&funcOp.getBody().back());
  builder.create<mlir::func::ReturnOp>(getLoc(fn.getLoc()), values);
  // Symbolic evaluation can leave values nobody uses (the indices of
  // `torch.max(x, dim)[0]`, a discarded temporary): drop them.
  mlir::Block &body = funcOp.getBody().front();
  for (mlir::Operation &op :
       llvm::make_early_inc_range(llvm::reverse(body.getOperations())))
    if (mlir::isOpTriviallyDead(&op))
      op.erase();
  funcOp.setFunctionType(builder.getFunctionType(argTypes, resultTypes));
  return mlir::success();
}

mlir::LogicalResult Evaluator::translateModel(const ast::ClassDef &cls) {
  const ast::FunctionDef *forward = cls.findMethod("forward");
  if (!forward)
    return error(cls.getLoc(),
                 "class '" + cls.getName() + "' has no forward() method"),
           mlir::failure();
  std::vector<ObjPtr> initArgs;
  if (astModule.findFunction("get_init_inputs")) {
    std::optional<std::vector<ObjPtr>> init =
        evalInputsFunction("get_init_inputs");
    if (!init)
      return mlir::failure();
    initArgs = *init;
  }
  ObjPtr instance = instantiate(cls, initArgs, {}, cls.getLoc());
  if (!instance)
    return mlir::failure();
  std::optional<std::vector<ObjPtr>> inputs;
  if (astModule.findFunction("get_inputs")) {
    inputs = evalInputsFunction("get_inputs");
    if (!inputs)
      return mlir::failure();
  }
  return translateFunction(*forward, cls.getName(), instance,
                           inputs ? &*inputs : nullptr);
}

mlir::OwningOpRef<mlir::ModuleOp> Evaluator::run() {
  // Owned until success; erased on every error path.
  mlir::OwningOpRef<mlir::ModuleOp> owned = mlir::ModuleOp::create(
      mlir::FileLineColLoc::get(fileName, 1, 1));
  module = *owned;
  module->setAttr("py.source", fileName);
  evalModuleLevel();
  if (diags.hadError())
    return nullptr;

  // Entry points: --function NAME; else the Model class when there is one;
  // else every public top-level function.
  std::vector<const ast::Stmt *> entries;
  if (!options.function.empty()) {
    const ast::Stmt *found = astModule.findFunction(options.function);
    if (!found)
      found = astModule.findClass(options.function);
    if (!found) {
      diags.errorInFile("no function or class named '" + options.function +
                        "'");
      return nullptr;
    }
    entries.push_back(found);
  } else if (const ast::ClassDef *model = astModule.findClass("Model")) {
    entries.push_back(model);
  } else {
    // Helpers that other top-level functions call are inlined into their
    // callers, not translated on their own.
    llvm::StringSet<> called;
    for (const ast::StmtPtr &stmt : astModule.getBody())
      if (auto *fn = dyn_cast<ast::FunctionDef>(stmt.get()))
        collectCalledNames(fn->getBody(), fn->getName(), called);
    for (const ast::StmtPtr &stmt : astModule.getBody())
      if (auto *fn = dyn_cast<ast::FunctionDef>(stmt.get()))
        if (!isInputsFunction(fn->getName()) &&
            !fn->getName().starts_with("_") && !called.count(fn->getName()))
          entries.push_back(fn);
  }
  if (entries.empty()) {
    diags.errorInFile("nothing to translate: no public function or Model "
                      "class");
    return nullptr;
  }

  // get_inputs() describes the arguments of the only entry point.
  std::optional<std::vector<ObjPtr>> inputs;
  bool single = entries.size() == 1;
  for (const ast::Stmt *entry : entries) {
    mlir::LogicalResult result = mlir::failure();
    if (auto *cls = dyn_cast<ast::ClassDef>(entry)) {
      result = translateModel(*cls);
    } else {
      auto *fn = cast<ast::FunctionDef>(entry);
      if (single && !inputs && astModule.findFunction("get_inputs")) {
        inputs = evalInputsFunction("get_inputs");
        if (!inputs)
          return nullptr;
      }
      result = translateFunction(*fn, fn->getName(), nullptr,
                                 single && inputs ? &*inputs : nullptr);
    }
    if (mlir::failed(result))
      return nullptr;
  }
  if (diags.hadError())
    return nullptr;
  if (mlir::failed(mlir::verify(module))) {
    diags.markError();
    return nullptr;
  }
  return owned;
}

mlir::OwningOpRef<mlir::ModuleOp>
py2triton::mlirGen(mlir::MLIRContext &context, const ast::Module &module,
                   DiagnosticEngine &diags, const MLIRGenOptions &options) {
  context.getOrLoadDialect<py::PyDialect>();
  context.getOrLoadDialect<mlir::func::FuncDialect>();
  Evaluator evaluator(context, module, diags, options);
  return evaluator.run();
}
