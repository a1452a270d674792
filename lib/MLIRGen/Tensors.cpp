//===- Tensors.cpp - Type promotion, op creation, argument binding --------===//

#include "Evaluator.h"

#include "py2triton/Dialect/Py/IR/PyOps.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "llvm/ADT/StringExtras.h"

using namespace py2triton;
using namespace py2triton::mlirgen;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

//===----------------------------------------------------------------------===//
// Argument binding
//===----------------------------------------------------------------------===//

/// Parses a default value in a signature string.
static ObjPtr parseDefault(llvm::StringRef text) {
  if (text == "None")
    return Object::none();
  if (text == "True" || text == "False")
    return Object::ofBool(text == "True");
  if (text.size() >= 2 && text.front() == '\'' && text.back() == '\'')
    return Object::ofStr(text.drop_front().drop_back().str());
  int64_t i;
  if (!text.getAsInteger(10, i))
    return Object::ofInt(i);
  double f;
  if (!text.getAsDouble(f))
    return Object::ofFloat(f);
  llvm_unreachable("bad default in a builtin signature");
}

std::optional<BoundArgs> Evaluator::bind(llvm::StringRef fnName,
                                         llvm::StringRef signature,
                                         std::vector<ObjPtr> args,
                                         const KwArgs &kwargs,
                                         const Location &loc) {
  BoundArgs bound;
  std::vector<ObjPtr> defaults;
  std::vector<bool> set;
  size_t numPositional = 0;
  bool keywordOnly = false;
  llvm::SmallVector<llvm::StringRef> parts;
  signature.split(parts, ',', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef part : parts) {
    part = part.trim();
    if (part == "*") {
      keywordOnly = true;
      continue;
    }
    auto [name, dflt] = part.split('=');
    bound.names.push_back(name.trim().str());
    defaults.push_back(dflt.empty() ? nullptr : parseDefault(dflt.trim()));
    bound.values.push_back(nullptr);
    set.push_back(false);
    if (!keywordOnly)
      ++numPositional;
  }
  if (args.size() > numPositional) {
    error(loc, fnName + "() takes at most " + llvm::Twine(numPositional) +
                   " positional arguments but " + llvm::Twine(args.size()) +
                   " were given");
    return std::nullopt;
  }
  for (size_t i = 0; i < args.size(); ++i) {
    bound.values[i] = args[i];
    set[i] = true;
  }
  for (const auto &[name, value] : kwargs) {
    auto it = llvm::find(bound.names, name);
    if (it == bound.names.end()) {
      error(loc, fnName + "() got an unexpected keyword argument '" + name +
                     "'");
      return std::nullopt;
    }
    size_t idx = it - bound.names.begin();
    if (set[idx]) {
      error(loc, fnName + "() got multiple values for argument '" + name + "'");
      return std::nullopt;
    }
    bound.values[idx] = value;
    set[idx] = true;
  }
  for (size_t i = 0; i < bound.names.size(); ++i) {
    if (set[i])
      continue;
    if (!defaults[i]) {
      error(loc, fnName + "() missing required argument '" + bound.names[i] +
                     "'");
      return std::nullopt;
    }
    bound.values[i] = defaults[i];
  }
  return bound;
}

//===----------------------------------------------------------------------===//
// Value extraction
//===----------------------------------------------------------------------===//

std::optional<int64_t> Evaluator::getInt(ObjPtr v, const Location &loc,
                                         const llvm::Twine &what) {
  if (v->kind == Object::Int)
    return v->i;
  if (v->kind == Object::Bool)
    return (int64_t)v->b;
  if (v->kind == Object::Opaque) {
    error(loc, v->name);
    return std::nullopt;
  }
  error(loc, what + " must be an int known at compile time, not " +
                 describe(*v));
  return std::nullopt;
}

std::optional<double> Evaluator::getFloat(ObjPtr v, const Location &loc,
                                          const llvm::Twine &what) {
  if (v->kind == Object::Float)
    return v->f;
  if (v->kind == Object::Int)
    return (double)v->i;
  if (v->kind == Object::Bool)
    return (double)v->b;
  error(loc, what + " must be a number known at compile time, not " +
                 describe(*v));
  return std::nullopt;
}

std::optional<bool> Evaluator::getBool(ObjPtr v, const Location &loc,
                                       const llvm::Twine &what) {
  if (v->kind == Object::Bool)
    return v->b;
  if (v->kind == Object::Int)
    return v->i != 0;
  error(loc, what + " must be a bool known at compile time, not " +
                 describe(*v));
  return std::nullopt;
}

std::optional<std::string> Evaluator::getStr(ObjPtr v, const Location &loc,
                                             const llvm::Twine &what) {
  if (v->kind == Object::Str)
    return v->name;
  error(loc, what + " must be a string, not " + describe(*v));
  return std::nullopt;
}

std::optional<llvm::SmallVector<int64_t>>
Evaluator::getIntList(ObjPtr v, const Location &loc, const llvm::Twine &what) {
  llvm::SmallVector<int64_t> result;
  if (v->kind == Object::Int) {
    result.push_back(v->i);
    return result;
  }
  if (!v->isSequence()) {
    error(loc, what + " must be an int or a tuple of ints, not " +
                   describe(*v));
    return std::nullopt;
  }
  for (ObjPtr &e : v->elems) {
    std::optional<int64_t> i = getInt(e, loc, what);
    if (!i)
      return std::nullopt;
    result.push_back(*i);
  }
  return result;
}

ObjPtr Evaluator::getTensor(ObjPtr v, const Location &loc,
                            const llvm::Twine &what) {
  if (v->kind == Object::Tensor || v->isNumber())
    return toTensor(v, loc);
  return error(loc, what + " must be a tensor, not " + describe(*v));
}

mlir::Type Evaluator::getDtype(ObjPtr v, const Location &loc,
                               const llvm::Twine &what) {
  if (v->kind == Object::Dtype)
    return v->type;
  if (v->kind == Object::Str)
    if (mlir::Type t = parseDtypeName(v->name))
      return t;
  error(loc, what + " must be a torch dtype, not " + describe(*v));
  return nullptr;
}

//===----------------------------------------------------------------------===//
// Type promotion (torch.result_type)
//===----------------------------------------------------------------------===//

namespace {
enum Category { None = 0, Boolean = 1, Integral = 2, Floating = 3 };
} // namespace

static Category categoryOf(mlir::Type t) {
  if (!t)
    return None;
  if (t.isInteger(1))
    return Boolean;
  if (isa<mlir::IntegerType>(t))
    return Integral;
  return Floating;
}

static mlir::Type promote(mlir::Type a, mlir::Type b) {
  if (!a)
    return b;
  if (!b)
    return a;
  return py::promoteTypes(a, b);
}

/// torch's combine_categories(higher, lower).
static mlir::Type combineCategories(mlir::Type higher, mlir::Type lower) {
  if (categoryOf(higher) == Floating)
    return higher;
  if (higher && (higher.isInteger(1) || categoryOf(lower) == Floating))
    return promote(higher, lower);
  if (higher)
    return higher;
  return lower;
}

mlir::Type Evaluator::resultType(llvm::ArrayRef<ObjPtr> operands) {
  mlir::Type dimResult, zeroResult, wrappedResult;
  for (const ObjPtr &o : operands) {
    if (o->kind == Object::Bool) {
      wrappedResult = promote(wrappedResult, builder.getI1Type());
    } else if (o->kind == Object::Int) {
      wrappedResult = promote(wrappedResult, builder.getI64Type());
    } else if (o->kind == Object::Float) {
      wrappedResult = promote(wrappedResult, builder.getF32Type());
    } else if (o->kind == Object::Tensor) {
      mlir::RankedTensorType t = o->getTensorType();
      mlir::Type elt = t.getElementType();
      if (o->wrappedScalar) {
        // A Python scalar argument: its category's default dtype.
        mlir::Type dflt = categoryOf(elt) == Floating ? builder.getF32Type()
                          : elt.isInteger(1)          ? elt
                                                      : builder.getI64Type();
        wrappedResult = promote(wrappedResult, dflt);
      } else if (t.getRank() == 0) {
        zeroResult = promote(zeroResult, elt);
      } else {
        dimResult = promote(dimResult, elt);
      }
    }
  }
  return combineCategories(dimResult,
                           combineCategories(zeroResult, wrappedResult));
}

//===----------------------------------------------------------------------===//
// Op creation
//===----------------------------------------------------------------------===//

ObjPtr Evaluator::makeConstant(double value, mlir::Type dtype,
                               const Location &loc) {
  if (!codegen)
    return Object::ofTensor(mlir::RankedTensorType::get({}, dtype));
  auto type = mlir::RankedTensorType::get({}, dtype);
  mlir::Attribute elt;
  if (auto ft = dyn_cast<mlir::FloatType>(dtype))
    elt = builder.getFloatAttr(ft, value);
  else if (dtype.isInteger(1))
    elt = builder.getIntegerAttr(dtype, value != 0.0);
  else
    elt = builder.getIntegerAttr(dtype, (int64_t)value);
  auto attr = mlir::DenseElementsAttr::get(type, elt);
  mlir::OperationState state(getLoc(loc), "py.constant");
  state.addAttribute("value", attr);
  state.addTypes(type);
  mlir::Operation *op = builder.create(state);
  return Object::ofTensor(type, op->getResult(0));
}

ObjPtr Evaluator::toTensor(ObjPtr value, const Location &loc,
                           mlir::Type dtype) {
  if (value->kind == Object::Tensor) {
    if (dtype && value->getTensorType().getElementType() != dtype)
      return castTo(value, dtype, loc);
    return value;
  }
  if (!value->isNumber())
    return error(loc, "expected a tensor or a number, not " + describe(*value));
  if (!dtype)
    dtype = resultType({value});
  double v = value->kind == Object::Float ? value->f
             : value->kind == Object::Int ? (double)value->i
                                          : (double)value->b;
  ObjPtr t = makeConstant(v, dtype, loc);
  if (t)
    t->wrappedScalar = true;
  return t;
}

ObjPtr Evaluator::castTo(ObjPtr tensor, mlir::Type dtype, const Location &loc,
                         bool explicitDtype) {
  mlir::RankedTensorType type = tensor->getTensorType();
  if (type.getElementType() == dtype)
    return tensor;
  auto resultType = mlir::RankedTensorType::get(type.getShape(), dtype);
  ObjPtr result = Object::ofTensor(resultType);
  result->wrappedScalar = tensor->wrappedScalar;
  if (!codegen)
    return result;
  mlir::OperationState state(getLoc(loc), "py.cast");
  state.addOperands(tensor->value);
  state.addTypes(resultType);
  if (explicitDtype)
    state.addAttribute("py.explicit", builder.getUnitAttr());
  result->value = builder.create(state)->getResult(0);
  return result;
}

llvm::SmallVector<ObjPtr, 2>
Evaluator::createOp(llvm::StringRef opName, llvm::ArrayRef<ObjPtr> operands,
                    llvm::ArrayRef<mlir::NamedAttribute> attrs,
                    const Location &loc, unsigned numResults,
                    llvm::ArrayRef<int32_t> segments) {
  if (!codegen) {
    error(loc, "only tensor creation (torch.randn, torch.ones, ...) is "
               "supported while evaluating get_inputs() and __init__");
    return {};
  }
  llvm::SmallVector<mlir::Value> values;
  for (const ObjPtr &o : operands) {
    assert(o && o->kind == Object::Tensor && o->value && "operand not a tensor");
    values.push_back(o->value);
  }
  // Build with placeholder result types, then let the op infer its own
  // types: this keeps MLIRGen independent of each op's builder signatures,
  // and reports inference failures as located errors instead of aborting.
  mlir::NamedAttrList attrList(attrs);
  mlir::Location mloc = getLoc(loc);
  std::optional<mlir::RegisteredOperationName> opInfo =
      mlir::RegisteredOperationName::lookup(opName, &context);
  if (!opInfo) {
    error(loc, "internal error: unknown op '" + opName + "'");
    return {};
  }
  llvm::SmallVector<mlir::Type> placeholders(numResults,
                                             builder.getNoneType());
  mlir::Operation *op = mlir::Operation::create(
      mloc, *opInfo, placeholders, values, std::move(attrList),
      /*properties=*/nullptr, /*successors=*/{}, /*numRegions=*/0);
  builder.insert(op);
  // Operand segment sizes are a property: set it explicitly (the attribute
  // dictionary path would leave it discardable).
  if (!segments.empty())
    op->setInherentAttr(builder.getStringAttr("operandSegmentSizes"),
                        builder.getDenseI32ArrayAttr(segments));
  auto infer = dyn_cast<mlir::InferTypeOpInterface>(op);
  llvm::SmallVector<mlir::Type> types;
  if (!infer ||
      mlir::failed(infer.inferReturnTypes(
          &context, mloc, op->getOperands(), op->getRawDictionaryAttrs(),
          op->getPropertiesStorage(), op->getRegions(), types)) ||
      types.size() != numResults) {
    op->erase();
    if (!infer)
      error(loc, "internal error: '" + opName + "' does not infer its types");
    else
      diags.markError();
    return {};
  }
  for (unsigned i = 0; i < numResults; ++i)
    op->getResult(i).setType(types[i]);
  if (mlir::failed(mlir::verify(op))) {
    diags.markError();
    op->erase();
    return {};
  }
  llvm::SmallVector<ObjPtr, 2> results;
  bool allWrapped = !operands.empty() &&
                    llvm::all_of(operands, [](const ObjPtr &o) {
                      return o->wrappedScalar;
                    });
  for (mlir::Value r : op->getResults()) {
    ObjPtr obj = Object::ofTensor(r.getType(), r);
    obj->wrappedScalar = allWrapped;
    results.push_back(obj);
  }
  return results;
}

ObjPtr Evaluator::createOp1(llvm::StringRef opName,
                            llvm::ArrayRef<ObjPtr> operands,
                            llvm::ArrayRef<mlir::NamedAttribute> attrs,
                            const Location &loc) {
  llvm::SmallVector<ObjPtr, 2> results = createOp(opName, operands, attrs, loc);
  return results.empty() ? nullptr : results.front();
}

ObjPtr Evaluator::elementwise(llvm::StringRef opName,
                              llvm::ArrayRef<ObjPtr> operands,
                              llvm::ArrayRef<mlir::NamedAttribute> attrs,
                              const Location &loc, bool floatOnly) {
  mlir::Type common = resultType(operands);
  if (!common)
    return error(loc, "cannot determine the result dtype");
  if (floatOnly && categoryOf(common) != Floating)
    common = builder.getF32Type();
  llvm::SmallVector<ObjPtr> converted;
  for (const ObjPtr &o : operands) {
    ObjPtr t = toTensor(o, loc, common);
    if (!t)
      return nullptr;
    converted.push_back(t);
  }
  return createOp1(opName, converted, attrs, loc);
}
