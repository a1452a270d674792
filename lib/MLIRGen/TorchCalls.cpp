//===- TorchCalls.cpp - torch calls, tensor methods and nn modules --------===//
//
// Maps the torch surface onto py ops. Function names are canonicalised to
// "torch.X", "F.X" (torch.nn.functional), "nn.X" (torch.nn modules),
// "math.X" or a Python builtin; tensor methods route to the same handlers
// with the receiver as first argument.
//
//===----------------------------------------------------------------------===//

#include "Evaluator.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"

#include <cmath>
#include <limits>

using namespace py2triton;
using namespace py2triton::mlirgen;
using llvm::StringRef;

//===----------------------------------------------------------------------===//
// Tables
//===----------------------------------------------------------------------===//

namespace {
/// Where an op name is callable: torch.X, F.X, tensor.X().
enum Where : unsigned { T = 1, Fn = 2, M = 4 };

struct UnaryEntry {
  const char *name;
  const char *op;
  unsigned where;
  /// Signature after `input` (extra params become op attributes of the same
  /// name unless listed in `ignored`).
  const char *extra;
};

// clang-format off
const UnaryEntry kUnary[] = {
    {"exp", "py.exp", T | M, ""},
    {"exp2", "py.exp2", T | M, ""},
    {"expm1", "py.expm1", T | M, ""},
    {"log", "py.log", T | M, ""},
    {"log2", "py.log2", T | M, ""},
    {"log10", "py.log10", T | M, ""},
    {"log1p", "py.log1p", T | M, ""},
    {"sqrt", "py.sqrt", T | M, ""},
    {"rsqrt", "py.rsqrt", T | M, ""},
    {"sin", "py.sin", T | M, ""},
    {"cos", "py.cos", T | M, ""},
    {"tan", "py.tan", T | M, ""},
    {"tanh", "py.tanh", T | Fn | M, ""},
    {"sigmoid", "py.sigmoid", T | Fn | M, ""},
    {"erf", "py.erf", T | M, ""},
    {"reciprocal", "py.reciprocal", T | M, ""},
    {"silu", "py.silu", Fn, "inplace=False"},
    {"mish", "py.mish", Fn, "inplace=False"},
    {"selu", "py.selu", T | Fn, "inplace=False"},
    {"hardsigmoid", "py.hardsigmoid", Fn, "inplace=False"},
    {"hardswish", "py.hardswish", Fn, "inplace=False"},
    {"softsign", "py.softsign", Fn, ""},
    {"tanhshrink", "py.tanhshrink", Fn, ""},
    {"logsigmoid", "py.log_sigmoid", Fn, ""},
    {"neg", "py.neg", T | M, ""},
    {"negative", "py.neg", T | M, ""},
    {"abs", "py.abs", T | M, ""},
    {"absolute", "py.abs", T | M, ""},
    {"floor", "py.floor", T | M, ""},
    {"ceil", "py.ceil", T | M, ""},
    {"round", "py.round", T | M, ""},
    {"trunc", "py.trunc", T | M, ""},
    {"sign", "py.sign", T | M, ""},
    {"square", "py.square", T | M, ""},
    {"relu", "py.relu", T | Fn | M, "inplace=False"},
    {"relu6", "py.relu6", Fn, "inplace=False"},
    {"bitwise_not", "py.bitwise_not", T | M, ""},
    {"logical_not", "py.logical_not", T | M, ""},
    // With attributes.
    {"gelu", "py.gelu", Fn, "approximate='none'"},
    {"elu", "py.elu", Fn, "alpha=1.0, inplace=False"},
    {"celu", "py.celu", T | Fn, "alpha=1.0, inplace=False"},
    {"softplus", "py.softplus", Fn, "beta=1.0, threshold=20.0"},
    {"leaky_relu", "py.leaky_relu", Fn, "negative_slope=0.01, inplace=False"},
    {"hardtanh", "py.hardtanh", Fn, "min_val=-1.0, max_val=1.0, inplace=False"},
    {"hardshrink", "py.hardshrink", T | Fn | M, "lambd=0.5"},
    {"softshrink", "py.softshrink", Fn, "lambd=0.5"},
    {"threshold", "py.threshold", T | Fn, "threshold, value, inplace=False"},
};

struct BinaryEntry {
  const char *name;
  const char *op;
  bool floatOnly;
};

const BinaryEntry kBinary[] = {
    {"mul", "py.mul", false},          {"multiply", "py.mul", false},
    {"true_divide", "py.div", true},   {"floor_divide", "py.floor_div", false},
    {"remainder", "py.remainder", false}, {"pow", "py.pow", false},
    {"maximum", "py.maximum", false},  {"minimum", "py.minimum", false},
    {"bitwise_and", "py.bitwise_and", false},
    {"bitwise_or", "py.bitwise_or", false},
    {"bitwise_xor", "py.bitwise_xor", false},
    {"logical_and", "py.logical_and", false},
    {"logical_or", "py.logical_or", false},
    {"logical_xor", "py.logical_xor", false},
    {"eq", "py.eq", false},  {"ne", "py.ne", false},  {"not_equal", "py.ne", false},
    {"lt", "py.lt", false},  {"less", "py.lt", false},
    {"le", "py.le", false},  {"less_equal", "py.le", false},
    {"gt", "py.gt", false},  {"greater", "py.gt", false},
    {"ge", "py.ge", false},  {"greater_equal", "py.ge", false},
};

struct LossEntry {
  const char *name;
  const char *op;
  const char *signature;
};

const LossEntry kLosses[] = {
    {"mse_loss", "py.mse_loss", "input, target, size_average=None, reduce=None, reduction='mean'"},
    {"l1_loss", "py.l1_loss", "input, target, size_average=None, reduce=None, reduction='mean'"},
    {"smooth_l1_loss", "py.smooth_l1_loss", "input, target, size_average=None, reduce=None, reduction='mean', beta=1.0"},
    {"huber_loss", "py.huber_loss", "input, target, reduction='mean', delta=1.0"},
    {"cross_entropy", "py.cross_entropy", "input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean', label_smoothing=0.0"},
    {"nll_loss", "py.nll_loss", "input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean'"},
    {"kl_div", "py.kl_div", "input, target, size_average=None, reduce=None, reduction='mean', log_target=False"},
    {"binary_cross_entropy", "py.binary_cross_entropy", "input, target, weight=None, size_average=None, reduce=None, reduction='mean'"},
    {"binary_cross_entropy_with_logits", "py.binary_cross_entropy_with_logits", "input, target, weight=None, size_average=None, reduce=None, reduction='mean', pos_weight=None"},
};

/// torch.nn modules that wrap one functional call: constructor signature and
/// the functional they call with the constructor's arguments as keywords.
struct ModuleEntry {
  const char *name;
  const char *functional;
  const char *ctor;
};

const ModuleEntry kModules[] = {
    {"ReLU", "F.relu", "inplace=False"},
    {"ReLU6", "F.relu6", "inplace=False"},
    {"GELU", "F.gelu", "approximate='none'"},
    {"SiLU", "F.silu", "inplace=False"},
    {"Sigmoid", "F.sigmoid", ""},
    {"Tanh", "F.tanh", ""},
    {"LeakyReLU", "F.leaky_relu", "negative_slope=0.01, inplace=False"},
    {"ELU", "F.elu", "alpha=1.0, inplace=False"},
    {"CELU", "F.celu", "alpha=1.0, inplace=False"},
    {"SELU", "F.selu", "inplace=False"},
    {"Softplus", "F.softplus", "beta=1.0, threshold=20.0"},
    {"Softsign", "F.softsign", ""},
    {"Mish", "F.mish", "inplace=False"},
    {"Hardswish", "F.hardswish", "inplace=False"},
    {"Hardsigmoid", "F.hardsigmoid", "inplace=False"},
    {"Hardtanh", "F.hardtanh", "min_val=-1.0, max_val=1.0, inplace=False"},
    {"Hardshrink", "F.hardshrink", "lambd=0.5"},
    {"Softshrink", "F.softshrink", "lambd=0.5"},
    {"Tanhshrink", "F.tanhshrink", ""},
    {"LogSigmoid", "F.logsigmoid", ""},
    {"Threshold", "F.threshold", "threshold, value, inplace=False"},
    {"Softmax", "F.softmax", "dim=None"},
    {"LogSoftmax", "F.log_softmax", "dim=None"},
    {"Dropout", "F.dropout", "p=0.5, inplace=False"},
    {"Identity", "identity", ""},
    {"Flatten", "torch.flatten", "start_dim=1, end_dim=-1"},
    {"MaxPool1d", "F.max_pool1d", "kernel_size, stride=None, padding=0, dilation=1, return_indices=False, ceil_mode=False"},
    {"MaxPool2d", "F.max_pool2d", "kernel_size, stride=None, padding=0, dilation=1, return_indices=False, ceil_mode=False"},
    {"MaxPool3d", "F.max_pool3d", "kernel_size, stride=None, padding=0, dilation=1, return_indices=False, ceil_mode=False"},
    {"AvgPool1d", "F.avg_pool1d", "kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True"},
    {"AvgPool2d", "F.avg_pool2d", "kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None"},
    {"AvgPool3d", "F.avg_pool3d", "kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None"},
    {"MSELoss", "F.mse_loss", "size_average=None, reduce=None, reduction='mean'"},
    {"L1Loss", "F.l1_loss", "size_average=None, reduce=None, reduction='mean'"},
    {"SmoothL1Loss", "F.smooth_l1_loss", "size_average=None, reduce=None, reduction='mean', beta=1.0"},
    {"HuberLoss", "F.huber_loss", "reduction='mean', delta=1.0"},
    {"CrossEntropyLoss", "F.cross_entropy", "weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean', label_smoothing=0.0"},
    {"NLLLoss", "F.nll_loss", "weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean'"},
    {"KLDivLoss", "F.kl_div", "size_average=None, reduce=None, reduction='mean', log_target=False"},
    {"BCELoss", "F.binary_cross_entropy", "weight=None, size_average=None, reduce=None, reduction='mean'"},
    {"BCEWithLogitsLoss", "F.binary_cross_entropy_with_logits", "weight=None, size_average=None, reduce=None, reduction='mean', pos_weight=None"},
    {"TripletMarginLoss", "F.triplet_margin_loss", "margin=1.0, p=2.0, eps=1e-06, swap=False, size_average=None, reduce=None, reduction='mean'"},
    {"CosineSimilarity", "F.cosine_similarity", "dim=1, eps=1e-08"},
};
// clang-format on

/// Shape ops: torch name, py op, signature (see the handler in callBuiltin).
struct ShapeOpEntry {
  const char *name;
  const char *op;
  const char *signature;
};

const ShapeOpEntry kShapeOps[] = {
    {"reshape", "py.reshape", "input, shape"},
    {"transpose", "py.transpose", "input, dim0, dim1"},
    {"permute", "py.permute", "input, dims"},
    {"unsqueeze", "py.unsqueeze", "input, dim"},
    {"flatten", "py.flatten", "input, start_dim=0, end_dim=-1"},
    {"flip", "py.flip", "input, dims"},
};

const char *const kReductions[] = {"sum", "mean", "prod", "amax", "amin",
                                   "argmax", "argmin", "logsumexp", "all",
                                   "any", "var", "std", "norm", "max", "min"};

const char *const kTensorCreation[] = {"randn", "rand", "zeros", "ones",
                                       "empty", "full", "randint", "tensor"};
} // namespace

/// "torch.nn.functional.relu" → "F.relu"; "torch.nn.Linear" → "nn.Linear".
static std::string canonicalName(StringRef name) {
  if (name.consume_front("torch.nn.functional."))
    return ("F." + name).str();
  if (name.consume_front("torch.nn."))
    return ("nn." + name).str();
  return name.str();
}

static const UnaryEntry *findUnary(StringRef name, unsigned where) {
  for (const UnaryEntry &e : kUnary)
    if (name == e.name && (e.where & where))
      return &e;
  return nullptr;
}

static const BinaryEntry *findBinary(StringRef name) {
  for (const BinaryEntry &e : kBinary)
    if (name == e.name)
      return &e;
  return nullptr;
}

static const ShapeOpEntry *findShapeOp(StringRef name) {
  for (const ShapeOpEntry &e : kShapeOps)
    if (name == e.name)
      return &e;
  return nullptr;
}

static const ModuleEntry *findModule(StringRef name) {
  for (const ModuleEntry &e : kModules)
    if (name == e.name)
      return &e;
  return nullptr;
}

static bool isIn(StringRef name, llvm::ArrayRef<const char *> list) {
  return llvm::any_of(list, [&](const char *s) { return name == s; });
}

bool Evaluator::isKnownBuiltin(StringRef qualified) {
  std::string canon = canonicalName(qualified);
  StringRef name = canon;
  if (name.consume_front("torch.")) {
    return findUnary(name, T) || findBinary(name) || isIn(name, kReductions) ||
           isIn(name, kTensorCreation) ||
           llvm::StringSwitch<bool>(name)
               .Cases("add", "sub", "subtract", "div", "divide", "where",
                      "clamp", "clip", "clamp_min", "clamp_max", true)
               .Cases("softmax", "log_softmax", "cumsum", "cumprod", "flip",
                      true)
               .Cases("matmul", "mm", "bmm", "reshape", "transpose", "permute",
                      "unsqueeze", "squeeze", "flatten", true)
               .Cases("cat", "concat", "stack", "zeros_like", "ones_like",
                      "full_like", "cosine_similarity", "t", true)
               .Cases("manual_seed", "device", "no_grad", "numel", true)
               .Default(false);
  }
  if (name.consume_front("F.")) {
    if (findUnary(name, Fn))
      return true;
    for (const LossEntry &e : kLosses)
      if (name == e.name)
        return true;
    return llvm::StringSwitch<bool>(name)
        .Cases("softmax", "log_softmax", "linear", "layer_norm", "rms_norm",
               "batch_norm", "group_norm", "instance_norm", "normalize", true)
        .Cases("cosine_similarity", "triplet_margin_loss", "dropout",
               "scaled_dot_product_attention", true)
        .Cases("max_pool1d", "max_pool2d", "max_pool3d", "avg_pool1d",
               "avg_pool2d", "avg_pool3d", true)
        .Default(false);
  }
  if (name.consume_front("nn."))
    return findModule(name) ||
           llvm::StringSwitch<bool>(name)
               .Cases("Linear", "Parameter", "Module", "Sequential",
                      "ModuleList", "LayerNorm", "RMSNorm", true)
               .Cases("BatchNorm1d", "BatchNorm2d", "BatchNorm3d", "GroupNorm",
                      "InstanceNorm1d", "InstanceNorm2d", "InstanceNorm3d",
                      true)
               .Default(false);
  if (name.consume_front("math."))
    return llvm::StringSwitch<bool>(name)
        .Cases("sqrt", "exp", "log", "log2", "log10", "sin", "cos", "tan",
               "tanh", true)
        .Cases("floor", "ceil", "pow", "erf", "prod", "isqrt", true)
        .Default(false);
  return false;
}

ObjPtr Evaluator::getNamespaceMember(StringRef ns, StringRef member) {
  if (ns == "super")
    return member == "__init__" ? Object::ofNamed(Object::Builtin, "noop")
                                : nullptr;
  if (ns == "math") {
    if (member == "pi")
      return Object::ofFloat(M_PI);
    if (member == "e")
      return Object::ofFloat(M_E);
    if (member == "tau")
      return Object::ofFloat(2 * M_PI);
    if (member == "inf")
      return Object::ofFloat(std::numeric_limits<double>::infinity());
    if (member == "nan")
      return Object::ofFloat(std::numeric_limits<double>::quiet_NaN());
  }
  if (ns == "torch") {
    if (member == "nn")
      return Object::ofNamed(Object::Namespace, "torch.nn");
    if (member == "Tensor")
      return Object::ofNamed(Object::Namespace, "torch.Tensor");
    if (member == "cuda" || member == "backends" || member == "linalg")
      return Object::ofNamed(Object::Namespace, ("torch." + member).str());
    bool isDtype = llvm::StringSwitch<bool>(member)
                       .Cases("float32", "float", "float16", "half", "bfloat16",
                              "float64", "double", true)
                       .Cases("int64", "long", "int32", "int", "int16", "short",
                              "int8", "uint8", "bool", true)
                       .Default(false);
    if (isDtype)
      return Object::ofDtype(parseDtypeName(member));
    if (member == "inf")
      return Object::ofFloat(std::numeric_limits<double>::infinity());
  }
  if (ns == "torch.nn" && member == "functional")
    return Object::ofNamed(Object::Namespace, "torch.nn.functional");
  if (ns == "torch.nn" && member == "init")
    return Object::ofNamed(Object::Namespace, "torch.nn.init");
  if (ns == "torch.nn.init")
    return Object::ofNamed(Object::Builtin, "noop_init");
  std::string qualified = (ns + "." + member).str();
  if (isKnownBuiltin(qualified))
    return Object::ofNamed(Object::Builtin, canonicalName(qualified));
  return nullptr;
}

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

namespace {
/// Collects named attributes for an op.
struct Attrs {
  mlir::Builder &b;
  llvm::SmallVector<mlir::NamedAttribute> list;
  explicit Attrs(mlir::Builder &b) : b(b) {}
  Attrs &i64(StringRef name, int64_t v) {
    list.push_back(b.getNamedAttr(name, b.getI64IntegerAttr(v)));
    return *this;
  }
  Attrs &f64(StringRef name, double v) {
    list.push_back(b.getNamedAttr(name, b.getF64FloatAttr(v)));
    return *this;
  }
  Attrs &flag(StringRef name, bool v) {
    list.push_back(b.getNamedAttr(name, b.getBoolAttr(v)));
    return *this;
  }
  Attrs &str(StringRef name, StringRef v) {
    list.push_back(b.getNamedAttr(name, b.getStringAttr(v)));
    return *this;
  }
  Attrs &dims(StringRef name, llvm::ArrayRef<int64_t> v) {
    list.push_back(b.getNamedAttr(name, b.getDenseI64ArrayAttr(v)));
    return *this;
  }
};
} // namespace

/// Creates an abstract tensor (get_inputs / __init__) or, in codegen, a splat
/// constant for zeros/ones/full with a static shape.
static ObjPtr makeCreated(Evaluator &ev, llvm::ArrayRef<int64_t> shape,
                          mlir::Type dtype, std::optional<double> fill,
                          const Location &loc) {
  auto type = mlir::RankedTensorType::get(shape, dtype);
  if (!ev.isCodegen())
    return Object::ofTensor(type);
  if (!fill)
    return ev.error(loc, "random tensors cannot be created inside a "
                         "translated function");
  ObjPtr scalar = ev.makeConstant(*fill, dtype, loc);
  if (!scalar)
    return nullptr;
  if (shape.empty())
    return scalar;
  mlir::OpBuilder &b = ev.getBuilder();
  return ev.createOp1("py.expand", {scalar},
                      {b.getNamedAttr("sizes", b.getDenseI64ArrayAttr(shape))},
                      loc);
}

/// A dims argument: None → {} (all), an int, or a sequence.
static std::optional<llvm::SmallVector<int64_t>>
getDims(Evaluator &ev, ObjPtr v, const Location &loc) {
  if (!v || v->kind == Object::None)
    return llvm::SmallVector<int64_t>{};
  return ev.getIntList(v, loc, "dim");
}

//===----------------------------------------------------------------------===//
// torch.* and F.* calls
//===----------------------------------------------------------------------===//

ObjPtr Evaluator::callBuiltin(StringRef qualified, std::vector<ObjPtr> args,
                              KwArgs kwargs, const Location &loc) {
  std::string canon = canonicalName(qualified);
  StringRef fullName = canon;
  StringRef name = fullName;
  Attrs attrs(builder);

  auto bindOr = [&](StringRef sig) {
    return bind(fullName, sig, args, kwargs, loc);
  };
  auto tensorArg = [&](const BoundArgs &b, StringRef param) -> ObjPtr {
    return getTensor(b.get(param), loc, "argument '" + param.str() + "' of " +
                                            fullName.str() + "()");
  };
  auto optTensor = [&](const BoundArgs &b, StringRef param,
                       bool &failed) -> ObjPtr {
    if (b.isNone(param))
      return nullptr;
    ObjPtr t = tensorArg(b, param);
    failed |= !t;
    return t;
  };

  //--- Python builtins and no-ops -----------------------------------------//
  if (name == "noop" || name == "noop_init")
    return args.empty() ? Object::none() : args.front();
  if (name == "super")
    return Object::ofNamed(Object::Namespace, "super");
  if (name == "print" || name == "torch.manual_seed")
    return Object::none();
  if (name == "range") {
    std::vector<int64_t> r;
    for (ObjPtr &a : args) {
      std::optional<int64_t> v = getInt(a, loc, "range() argument");
      if (!v)
        return nullptr;
      r.push_back(*v);
    }
    if (r.empty() || r.size() > 3 || !kwargs.empty())
      return error(loc, "range() takes 1 to 3 int arguments");
    int64_t start = r.size() == 1 ? 0 : r[0];
    int64_t stop = r.size() == 1 ? r[0] : r[1];
    int64_t step = r.size() == 3 ? r[2] : 1;
    if (step == 0)
      return error(loc, "range() step must not be zero");
    std::vector<ObjPtr> elems;
    for (int64_t i = start; step > 0 ? i < stop : i > stop; i += step) {
      if (elems.size() > 4096)
        return error(loc, "range() is too long to unroll (more than 4096 "
                          "iterations)");
      elems.push_back(Object::ofInt(i));
    }
    return Object::ofSeq(Object::List, std::move(elems));
  }
  if (name == "len") {
    if (args.size() != 1)
      return error(loc, "len() takes exactly one argument");
    if (args[0]->isSequence())
      return Object::ofInt(args[0]->elems.size());
    if (args[0]->kind == Object::Str)
      return Object::ofInt(args[0]->name.size());
    if (args[0]->kind == Object::Tensor) {
      mlir::RankedTensorType t = args[0]->getTensorType();
      if (t.getRank() == 0)
        return error(loc, "len() of a 0-d tensor");
      if (t.isDynamicDim(0))
        return error(loc, "len() of a tensor whose first dim is dynamic");
      return Object::ofInt(t.getDimSize(0));
    }
    return error(loc, "len() of " + describe(*args[0]));
  }
  if (name == "int" || name == "float" || name == "bool") {
    if (args.size() != 1)
      return error(loc, name + "() takes exactly one argument");
    if (args[0]->kind == Object::Tensor)
      return error(loc, name + "() of a tensor needs its value at compile "
                               "time; use .to(dtype) for a cast");
    if (name == "float" && args[0]->kind == Object::Str) {
      StringRef text = StringRef(args[0]->name).trim();
      std::string lower = text.lower();
      StringRef l = lower;
      bool negative = l.consume_front("-");
      if (!negative)
        l.consume_front("+");
      if (l == "inf" || l == "infinity")
        return Object::ofFloat(negative ? -std::numeric_limits<double>::infinity()
                                        : std::numeric_limits<double>::infinity());
      if (l == "nan")
        return Object::ofFloat(std::numeric_limits<double>::quiet_NaN());
      double v;
      if (!text.getAsDouble(v))
        return Object::ofFloat(v);
      return error(loc, "could not convert string to float: '" + text + "'");
    }
    std::optional<double> v = getFloat(args[0], loc, name + "() argument");
    if (!v)
      return nullptr;
    if (name == "int")
      return Object::ofInt((int64_t)*v);
    if (name == "bool")
      return Object::ofBool(*v != 0.0);
    return Object::ofFloat(*v);
  }
  if (name == "tuple" || name == "list") {
    if (args.size() != 1 || !args[0]->isSequence())
      return error(loc, name + "() needs a tuple or list");
    return Object::ofSeq(name == "tuple" ? Object::Tuple : Object::List,
                         args[0]->elems);
  }
  if (name == "isinstance")
    return error(loc, "isinstance() is not supported by py2triton");
  if (name == "abs" && args.size() == 1 && args[0]->kind == Object::Tensor)
    return createOp1("py.abs", {args[0]}, {}, loc);
  if (name == "min" || name == "max" || name == "abs" || name == "round" ||
      name == "sum" || name == "pow") {
    std::vector<ObjPtr> items = args;
    if (args.size() == 1 && args[0]->isSequence())
      items = args[0]->elems;
    if (name == "pow") {
      if (items.size() != 2)
        return error(loc, "pow() takes two arguments");
      return evalBinary(ast::BinaryOpKind::Pow, items[0], items[1], loc);
    }
    if (items.empty())
      return error(loc, name + "() arg is an empty sequence");
    if (name == "sum") {
      ObjPtr acc = Object::ofInt(0);
      for (ObjPtr &it : items)
        if (!(acc = evalBinary(ast::BinaryOpKind::Add, acc, it, loc)))
          return nullptr;
      return acc;
    }
    if (name == "abs" || name == "round") {
      std::optional<double> v = getFloat(items[0], loc, name + "() argument");
      if (!v)
        return nullptr;
      if (name == "round")
        return Object::ofInt((int64_t)std::nearbyint(*v));
      return items[0]->kind == Object::Float ? Object::ofFloat(std::fabs(*v))
                                             : Object::ofInt(std::llabs((int64_t)*v));
    }
    ObjPtr best;
    for (ObjPtr &it : items) {
      if (it->kind == Object::Tensor)
        return error(loc, "Python's " + name +
                              "() on tensors is data-dependent; use torch." +
                              (name == "min" ? "minimum" : "maximum"));
      if (!it->isNumber())
        return error(loc, name + "() of " + describe(*it));
      if (!best) {
        best = it;
        continue;
      }
      ObjPtr less = evalCompare(ast::CompareOpKind::Lt, it, best, loc);
      if (!less)
        return nullptr;
      if (less->b == (name == "min"))
        best = it;
    }
    return best;
  }

  //--- math --------------------------------------------------------------//
  if (name.consume_front("math.")) {
    std::vector<double> v;
    for (ObjPtr &a : args) {
      std::optional<double> d = getFloat(a, loc, "math." + name.str() + "() argument");
      if (!d)
        return nullptr;
      v.push_back(*d);
    }
    if (name == "prod") {
      if (args.size() != 1 || !args[0]->isSequence())
        return error(loc, "math.prod() takes one sequence");
      ObjPtr acc = Object::ofInt(1);
      for (ObjPtr &e : args[0]->elems)
        if (!(acc = evalBinary(ast::BinaryOpKind::Mul, acc, e, loc)))
          return nullptr;
      return acc;
    }
    size_t want = name == "pow" ? 2 : 1;
    if (v.size() != want)
      return error(loc, "math." + name + "() takes " + llvm::Twine(want) +
                            " argument(s)");
    double x = v[0];
    if (name == "floor" || name == "ceil" || name == "isqrt")
      return Object::ofInt(name == "floor"  ? (int64_t)std::floor(x)
                           : name == "ceil" ? (int64_t)std::ceil(x)
                                            : (int64_t)std::sqrt(x));
    double r = llvm::StringSwitch<double>(name)
                   .Case("sqrt", std::sqrt(x))
                   .Case("exp", std::exp(x))
                   .Case("log", std::log(x))
                   .Case("log2", std::log2(x))
                   .Case("log10", std::log10(x))
                   .Case("sin", std::sin(x))
                   .Case("cos", std::cos(x))
                   .Case("tan", std::tan(x))
                   .Case("tanh", std::tanh(x))
                   .Case("erf", std::erf(x))
                   .Case("pow", v.size() == 2 ? std::pow(x, v[1]) : 0.0)
                   .Default(0.0);
    return Object::ofFloat(r);
  }

  //--- torch.nn modules ---------------------------------------------------//
  if (name.consume_front("nn.")) {
    auto makeModule = [&](StringRef kind) {
      auto m = std::make_shared<Object>(Object::Instance);
      m->name = ("nn." + kind).str();
      return m;
    };
    auto makeParam = [&](llvm::ArrayRef<int64_t> shape, StringRef pname,
                         mlir::Type dtype = nullptr) {
      ObjPtr p = Object::ofTensor(
          mlir::RankedTensorType::get(shape, dtype ? dtype : builder.getF32Type()));
      p->paramName = pname.str();
      return p;
    };
    if (name == "Module")
      return error(loc, "nn.Module cannot be instantiated directly");
    if (name == "Parameter") {
      std::optional<BoundArgs> b = bindOr("data, requires_grad=True");
      if (!b)
        return nullptr;
      ObjPtr data = b->get("data");
      if (data->kind != Object::Tensor)
        return error(loc, "nn.Parameter() needs a tensor");
      ObjPtr p = Object::ofTensor(data->type);
      p->paramName = "param";
      return p;
    }
    if (name == "Sequential" || name == "ModuleList") {
      std::vector<ObjPtr> mods = args;
      if (name == "ModuleList")
        mods = args.empty() ? std::vector<ObjPtr>{} : args[0]->elems;
      for (ObjPtr &m : mods)
        if (m->kind != Object::Instance)
          return error(loc, "nn." + name + " expects modules, got " +
                                describe(*m));
      ObjPtr m = makeModule(name);
      m->elems = mods;
      for (size_t i = 0; i < mods.size(); ++i)
        m->setAttr(std::to_string(i), mods[i]);
      return m;
    }
    if (name == "Linear") {
      std::optional<BoundArgs> b =
          bindOr("in_features, out_features, bias=True, device=None, dtype=None");
      if (!b)
        return nullptr;
      std::optional<int64_t> in = getInt(b->get("in_features"), loc, "in_features");
      std::optional<int64_t> out = in ? getInt(b->get("out_features"), loc, "out_features") : std::nullopt;
      std::optional<bool> hasBias = out ? getBool(b->get("bias"), loc, "bias") : std::nullopt;
      if (!hasBias)
        return nullptr;
      mlir::Type dtype = b->isNone("dtype") ? nullptr : getDtype(b->get("dtype"), loc, "dtype");
      ObjPtr m = makeModule(name);
      m->setAttr("weight", makeParam({*out, *in}, "weight", dtype));
      m->setAttr("bias", *hasBias ? makeParam({*out}, "bias", dtype) : Object::none());
      m->setAttr("in_features", Object::ofInt(*in));
      m->setAttr("out_features", Object::ofInt(*out));
      return m;
    }
    if (name == "LayerNorm" || name == "RMSNorm") {
      std::optional<BoundArgs> b =
          name == "LayerNorm"
              ? bindOr("normalized_shape, eps=1e-05, elementwise_affine=True, bias=True, device=None, dtype=None")
              : bindOr("normalized_shape, eps=None, elementwise_affine=True, device=None, dtype=None");
      if (!b)
        return nullptr;
      std::optional<llvm::SmallVector<int64_t>> shape =
          getIntList(b->get("normalized_shape"), loc, "normalized_shape");
      std::optional<bool> affine = shape ? getBool(b->get("elementwise_affine"), loc, "elementwise_affine") : std::nullopt;
      if (!affine)
        return nullptr;
      ObjPtr m = makeModule(name);
      m->setAttr("weight", *affine ? makeParam(*shape, "weight") : Object::none());
      if (name == "LayerNorm") {
        std::optional<bool> hasBias = getBool(b->get("bias"), loc, "bias");
        if (!hasBias)
          return nullptr;
        m->setAttr("bias", *affine && *hasBias ? makeParam(*shape, "bias") : Object::none());
      }
      std::vector<ObjPtr> dims;
      for (int64_t d : *shape)
        dims.push_back(Object::ofInt(d));
      m->setAttr("normalized_shape", Object::ofSeq(Object::Tuple, dims));
      m->setAttr("eps", b->get("eps"));
      return m;
    }
    if (name.starts_with("BatchNorm") || name.starts_with("InstanceNorm")) {
      bool isBatch = name.starts_with("BatchNorm");
      std::optional<BoundArgs> b = bindOr(
          isBatch ? "num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, device=None, dtype=None"
                  : "num_features, eps=1e-05, momentum=0.1, affine=False, track_running_stats=False, device=None, dtype=None");
      if (!b)
        return nullptr;
      std::optional<int64_t> c = getInt(b->get("num_features"), loc, "num_features");
      std::optional<bool> affine = c ? getBool(b->get("affine"), loc, "affine") : std::nullopt;
      std::optional<bool> track = affine ? getBool(b->get("track_running_stats"), loc, "track_running_stats") : std::nullopt;
      if (!track)
        return nullptr;
      ObjPtr m = makeModule(name);
      m->setAttr("weight", *affine ? makeParam({*c}, "weight") : Object::none());
      m->setAttr("bias", *affine ? makeParam({*c}, "bias") : Object::none());
      if (isBatch && !*track)
        return error(loc, "BatchNorm without running statistics is not supported by py2triton");
      if (*track) {
        m->setAttr("running_mean", makeParam({*c}, "running_mean"));
        m->setAttr("running_var", makeParam({*c}, "running_var"));
      }
      m->setAttr("eps", b->get("eps"));
      return m;
    }
    if (name == "GroupNorm") {
      std::optional<BoundArgs> b = bindOr("num_groups, num_channels, eps=1e-05, affine=True, device=None, dtype=None");
      if (!b)
        return nullptr;
      std::optional<int64_t> c = getInt(b->get("num_channels"), loc, "num_channels");
      std::optional<bool> affine = c ? getBool(b->get("affine"), loc, "affine") : std::nullopt;
      if (!affine)
        return nullptr;
      ObjPtr m = makeModule(name);
      m->setAttr("weight", *affine ? makeParam({*c}, "weight") : Object::none());
      m->setAttr("bias", *affine ? makeParam({*c}, "bias") : Object::none());
      m->setAttr("num_groups", b->get("num_groups"));
      m->setAttr("eps", b->get("eps"));
      return m;
    }
    if (const ModuleEntry *entry = findModule(name)) {
      std::optional<BoundArgs> b = bindOr(entry->ctor);
      if (!b)
        return nullptr;
      ObjPtr m = makeModule(name);
      for (size_t i = 0; i < b->names.size(); ++i)
        m->setAttr(b->names[i], b->values[i]);
      return m;
    }
    return error(loc, "nn." + name + " is not supported by py2triton");
  }

  //--- torch.* / F.* -----------------------------------------------------//
  bool isTorch = name.consume_front("torch.");
  bool isF = !isTorch && name.consume_front("F.");
  if (!isTorch && !isF)
    return error(loc, "'" + fullName + "' is not supported by py2triton");
  unsigned where = isTorch ? T : Fn;

  // Tensor creation.
  if (isTorch && isIn(name, kTensorCreation)) {
    if (name == "tensor") {
      std::optional<BoundArgs> b = bindOr("data, *, dtype=None, device=None, requires_grad=False");
      if (!b)
        return nullptr;
      ObjPtr data = b->get("data");
      if (!data->isNumber())
        return error(loc, "torch.tensor() supports only a scalar");
      mlir::Type dtype = b->isNone("dtype") ? resultType({data}) : getDtype(b->get("dtype"), loc, "dtype");
      if (!dtype)
        return nullptr;
      std::optional<double> v = getFloat(data, loc, "data");
      return makeCreated(*this, {}, dtype, *v, loc);
    }
    std::optional<double> fill;
    llvm::SmallVector<int64_t> shape;
    mlir::Type dtype = builder.getF32Type();
    ObjPtr dtypeObj;
    if (name == "randint") {
      // randint(high, size) or randint(low, high, size).
      std::vector<ObjPtr> pos = args;
      if (pos.size() < 2)
        return error(loc, "torch.randint() needs (low, high, size) or (high, size)");
      std::optional<llvm::SmallVector<int64_t>> s = getIntList(pos.back(), loc, "size");
      if (!s)
        return nullptr;
      shape = *s;
      dtype = builder.getI64Type();
      for (auto &[k, v] : kwargs)
        if (k == "dtype")
          dtypeObj = v;
    } else {
      // Sizes as varargs or one sequence; then keywords.
      std::vector<ObjPtr> sizes = args;
      if (name == "full") {
        if (args.size() < 2)
          return error(loc, "torch.full() needs (size, fill_value)");
        sizes = {args[0]};
        std::optional<double> f = getFloat(args[1], loc, "fill_value");
        if (!f)
          return nullptr;
        fill = *f;
        if (args[1]->kind == Object::Int)
          dtype = builder.getI64Type();
      }
      if (sizes.size() == 1 && sizes[0]->isSequence())
        sizes = sizes[0]->elems;
      for (ObjPtr &s : sizes) {
        std::optional<int64_t> d = getInt(s, loc, "size");
        if (!d)
          return nullptr;
        shape.push_back(*d);
      }
      for (auto &[k, v] : kwargs)
        if (k == "dtype")
          dtypeObj = v;
      if (name == "zeros")
        fill = 0.0;
      else if (name == "ones")
        fill = 1.0;
    }
    if (dtypeObj && dtypeObj->kind != Object::None)
      if (!(dtype = getDtype(dtypeObj, loc, "dtype")))
        return nullptr;
    return makeCreated(*this, shape, dtype, fill, loc);
  }
  if (isTorch && (name == "zeros_like" || name == "ones_like" ||
                  name == "full_like")) {
    std::optional<BoundArgs> b =
        name == "full_like" ? bindOr("input, fill_value, *, dtype=None, device=None")
                            : bindOr("input, *, dtype=None, device=None");
    if (!b)
      return nullptr;
    ObjPtr input = tensorArg(*b, "input");
    if (!input)
      return nullptr;
    double fill = name == "zeros_like" ? 0.0 : 1.0;
    if (name == "full_like") {
      std::optional<double> f = getFloat(b->get("fill_value"), loc, "fill_value");
      if (!f)
        return nullptr;
      fill = *f;
    }
    if (!b->isNone("dtype")) {
      mlir::Type dtype = getDtype(b->get("dtype"), loc, "dtype");
      if (!dtype || !(input = castTo(input, dtype, loc, true)))
        return nullptr;
    }
    if (!codegen)
      return Object::ofTensor(input->type);
    return createOp1("py.full_like", {input}, attrs.f64("value", fill).list, loc);
  }
  if (isTorch && (name == "device" || name == "no_grad"))
    return std::make_shared<Object>(Object::Device);

  // Elementwise unary.
  if (const UnaryEntry *entry = findUnary(name, where)) {
    std::string sig = std::string("input") + (*entry->extra ? ", " : "") + entry->extra;
    std::optional<BoundArgs> b = bindOr(sig);
    if (!b)
      return nullptr;
    ObjPtr input = tensorArg(*b, "input");
    if (!input)
      return nullptr;
    for (size_t i = 1; i < b->names.size(); ++i) {
      StringRef param = b->names[i];
      ObjPtr v = b->values[i];
      if (param == "inplace")
        continue;
      if (param == "approximate") {
        std::optional<std::string> s = getStr(v, loc, "approximate");
        if (!s)
          return nullptr;
        attrs.str(param, *s);
        continue;
      }
      std::optional<double> f = getFloat(v, loc, param);
      if (!f)
        return nullptr;
      attrs.f64(param, *f);
    }
    return createOp1(entry->op, {input}, attrs.list, loc);
  }

  // Elementwise binary.
  if (isTorch && (name == "add" || name == "sub" || name == "subtract")) {
    std::optional<BoundArgs> b = bindOr("input, other, *, alpha=1");
    if (!b)
      return nullptr;
    ObjPtr other = b->get("other");
    ObjPtr alpha = b->get("alpha");
    if (!(alpha->kind == Object::Int && alpha->i == 1))
      if (!(other = evalBinary(ast::BinaryOpKind::Mul, other, alpha, loc)))
        return nullptr;
    return evalBinary(name == "add" ? ast::BinaryOpKind::Add
                                    : ast::BinaryOpKind::Sub,
                      b->get("input"), other, loc);
  }
  if (isTorch && (name == "div" || name == "divide")) {
    std::optional<BoundArgs> b = bindOr("input, other, *, rounding_mode=None");
    if (!b)
      return nullptr;
    if (b->isNone("rounding_mode"))
      return elementwise("py.div", {b->get("input"), b->get("other")}, {}, loc,
                         /*floatOnly=*/true);
    std::optional<std::string> mode = getStr(b->get("rounding_mode"), loc, "rounding_mode");
    if (!mode)
      return nullptr;
    if (*mode == "floor")
      return elementwise("py.floor_div", {b->get("input"), b->get("other")}, {}, loc);
    if (*mode != "trunc")
      return error(loc, "rounding_mode must be None, 'trunc' or 'floor'");
    mlir::Type common = resultType({b->get("input"), b->get("other")});
    ObjPtr q = elementwise("py.div", {b->get("input"), b->get("other")}, {}, loc, true);
    q = q ? createOp1("py.trunc", {q}, {}, loc) : nullptr;
    // Integer inputs divide to an integer (truncated) result, as in torch.
    if (q && common && mlir::isa<mlir::IntegerType>(common) && !common.isInteger(1))
      q = castTo(q, common, loc);
    return q;
  }
  if (isTorch) {
    if (const BinaryEntry *entry = findBinary(name)) {
      std::optional<BoundArgs> b = bindOr(name == "pow" ? "input, exponent" : "input, other");
      if (!b)
        return nullptr;
      return elementwise(entry->op, {b->values[0], b->values[1]}, {}, loc,
                         entry->floatOnly);
    }
  }
  if (isTorch && name == "where") {
    std::optional<BoundArgs> b = bindOr("condition, input, other");
    if (!b)
      return nullptr;
    ObjPtr cond = tensorArg(*b, "condition");
    if (!cond)
      return nullptr;
    mlir::Type common = resultType({b->get("input"), b->get("other")});
    ObjPtr x = toTensor(b->get("input"), loc, common);
    ObjPtr y = x ? toTensor(b->get("other"), loc, common) : nullptr;
    if (!y)
      return nullptr;
    return createOp1("py.where", {cond, x, y}, {}, loc);
  }
  if (isTorch && (name == "clamp" || name == "clip" || name == "clamp_min" ||
                  name == "clamp_max")) {
    std::optional<BoundArgs> b =
        name == "clamp_min"   ? bindOr("input, min")
        : name == "clamp_max" ? bindOr("input, max")
                              : bindOr("input, min=None, max=None");
    if (!b)
      return nullptr;
    ObjPtr input = tensorArg(*b, "input");
    if (!input)
      return nullptr;
    ObjPtr lo = b->get("min"), hi = b->get("max");
    if ((lo && lo->kind == Object::Tensor) || (hi && hi->kind == Object::Tensor)) {
      // Tensor bounds: maximum / minimum.
      ObjPtr r = input;
      if (lo && lo->kind != Object::None)
        if (!(r = elementwise("py.maximum", {r, lo}, {}, loc)))
          return nullptr;
      if (hi && hi->kind != Object::None)
        if (!(r = elementwise("py.minimum", {r, hi}, {}, loc)))
          return nullptr;
      return r;
    }
    if ((!lo || lo->kind == Object::None) && (!hi || hi->kind == Object::None))
      return error(loc, "torch.clamp() needs at least one of 'min' and 'max'");
    // Float bounds promote an integer input to the default float dtype.
    if (!mlir::isa<mlir::FloatType>(input->getTensorType().getElementType()) &&
        ((lo && lo->kind == Object::Float) || (hi && hi->kind == Object::Float)))
      if (!(input = castTo(input, builder.getF32Type(), loc)))
        return nullptr;
    if (lo && lo->kind != Object::None) {
      std::optional<double> v = getFloat(lo, loc, "min");
      if (!v)
        return nullptr;
      attrs.f64("min", *v);
    }
    if (hi && hi->kind != Object::None) {
      std::optional<double> v = getFloat(hi, loc, "max");
      if (!v)
        return nullptr;
      attrs.f64("max", *v);
    }
    return createOp1("py.clamp", {input}, attrs.list, loc);
  }

  // Reductions.
  if (isTorch && isIn(name, kReductions)) {
    if (name == "max" || name == "min") {
      // max(input) | max(input, dim, keepdim=False) | max(input, other).
      if (args.size() >= 2 && args[1]->kind == Object::Tensor && kwargs.empty())
        return elementwise(name == "max" ? "py.maximum" : "py.minimum",
                           {args[0], args[1]}, {}, loc);
      std::optional<BoundArgs> b = bindOr("input, dim=None, keepdim=False");
      if (!b)
        return nullptr;
      ObjPtr input = tensorArg(*b, "input");
      std::optional<bool> keepdim = input ? getBool(b->get("keepdim"), loc, "keepdim") : std::nullopt;
      if (!keepdim)
        return nullptr;
      StringRef valueOp = name == "max" ? "py.amax" : "py.amin";
      if (b->isNone("dim"))
        return createOp1(valueOp, {input}, attrs.dims("dims", {}).flag("keepdim", false).list, loc);
      std::optional<int64_t> dim = getInt(b->get("dim"), loc, "dim");
      if (!dim)
        return nullptr;
      attrs.dims("dims", {*dim}).flag("keepdim", *keepdim);
      ObjPtr values = createOp1(valueOp, {input}, attrs.list, loc);
      ObjPtr indices = values ? createOp1(name == "max" ? "py.argmax" : "py.argmin",
                                          {input}, attrs.list, loc)
                              : nullptr;
      if (!indices)
        return nullptr;
      // torch.return_types.max(values, indices): a tuple with named fields.
      ObjPtr result = Object::ofSeq(Object::Tuple, {values, indices});
      result->setAttr("values", values);
      result->setAttr("indices", indices);
      return result;
    }
    std::optional<BoundArgs> b;
    if (name == "var" || name == "std")
      b = bindOr("input, dim=None, unbiased=None, keepdim=False, *, correction=None");
    else if (name == "norm")
      b = bindOr("input, p=2.0, dim=None, keepdim=False, dtype=None");
    else if (name == "logsumexp")
      b = bindOr("input, dim, keepdim=False");
    else if (name == "argmax" || name == "argmin")
      b = bindOr("input, dim=None, keepdim=False");
    else
      b = bindOr("input, dim=None, keepdim=False, *, dtype=None");
    if (!b)
      return nullptr;
    ObjPtr input = tensorArg(*b, "input");
    if (!input)
      return nullptr;
    mlir::Type requested;
    if (!b->isNone("dtype")) {
      requested = getDtype(b->get("dtype"), loc, "dtype");
      if (!requested || !(input = castTo(input, requested, loc, true)))
        return nullptr;
    }
    std::optional<llvm::SmallVector<int64_t>> dims = getDims(*this, b->get("dim"), loc);
    std::optional<bool> keepdim = dims ? getBool(b->get("keepdim"), loc, "keepdim") : std::nullopt;
    if (!keepdim)
      return nullptr;
    attrs.dims("dims", *dims).flag("keepdim", *keepdim);
    if (name == "var" || name == "std") {
      int64_t correction = 1;
      if (!b->isNone("correction")) {
        std::optional<int64_t> c = getInt(b->get("correction"), loc, "correction");
        if (!c)
          return nullptr;
        correction = *c;
      } else if (!b->isNone("unbiased")) {
        std::optional<bool> u = getBool(b->get("unbiased"), loc, "unbiased");
        if (!u)
          return nullptr;
        correction = *u ? 1 : 0;
      }
      attrs.i64("correction", correction);
    }
    if (name == "norm") {
      ObjPtr p = b->get("p");
      double pv = 2.0;
      if (p->kind == Object::Str) {
        if (p->name != "fro")
          return error(loc, "norm p='" + p->name + "' is not supported (use 'fro' or a number)");
      } else {
        std::optional<double> v = getFloat(p, loc, "p");
        if (!v)
          return nullptr;
        pv = *v;
      }
      attrs.f64("p", pv);
    }
    ObjPtr result = createOp1(("py." + name).str(), {input}, attrs.list, loc);
    // An explicit dtype= is the result dtype (integer sums would widen).
    if (result && requested)
      result = castTo(result, requested, loc, true);
    return result;
  }

  // Softmax family and scans.
  if (name == "softmax" || name == "log_softmax") {
    std::optional<BoundArgs> b = isF ? bindOr("input, dim=None, _stacklevel=3, dtype=None")
                                     : bindOr("input, dim, dtype=None");
    if (!b)
      return nullptr;
    ObjPtr input = tensorArg(*b, "input");
    if (!input)
      return nullptr;
    if (b->isNone("dim"))
      return error(loc, fullName + "() needs an explicit 'dim' (the implicit "
                                   "choice is deprecated in torch)");
    std::optional<int64_t> dim = getInt(b->get("dim"), loc, "dim");
    if (!dim)
      return nullptr;
    if (!b->isNone("dtype")) {
      mlir::Type dtype = getDtype(b->get("dtype"), loc, "dtype");
      if (!dtype || !(input = castTo(input, dtype, loc, true)))
        return nullptr;
    }
    return createOp1(("py." + name).str(), {input}, attrs.i64("dim", *dim).list, loc);
  }
  if (isTorch && (name == "cumsum" || name == "cumprod")) {
    std::optional<BoundArgs> b = bindOr("input, dim, *, dtype=None");
    if (!b)
      return nullptr;
    ObjPtr input = tensorArg(*b, "input");
    std::optional<int64_t> dim = input ? getInt(b->get("dim"), loc, "dim") : std::nullopt;
    if (!dim)
      return nullptr;
    mlir::Type requested;
    if (!b->isNone("dtype")) {
      requested = getDtype(b->get("dtype"), loc, "dtype");
      if (!requested || !(input = castTo(input, requested, loc, true)))
        return nullptr;
    }
    ObjPtr result = createOp1(("py." + name).str(), {input}, attrs.i64("dim", *dim).list, loc);
    if (result && requested)
      result = castTo(result, requested, loc, true);
    return result;
  }

  // Matrix products.
  if (isTorch && (name == "matmul" || name == "mm" || name == "bmm")) {
    std::optional<BoundArgs> b = bindOr("input, other");
    if (!b)
      return nullptr;
    ObjPtr x = tensorArg(*b, "input");
    ObjPtr y = x ? tensorArg(*b, "other") : nullptr;
    if (!y)
      return nullptr;
    if (name == "mm" && (x->getTensorType().getRank() != 2 || y->getTensorType().getRank() != 2))
      return error(loc, "torch.mm() needs two 2-D tensors");
    return createOp1(name == "bmm" ? "py.bmm" : "py.matmul", {x, y}, {}, loc);
  }
  if (isF && name == "linear") {
    std::optional<BoundArgs> b = bindOr("input, weight, bias=None");
    if (!b)
      return nullptr;
    bool failed = false;
    ObjPtr x = tensorArg(*b, "input");
    ObjPtr w = x ? tensorArg(*b, "weight") : nullptr;
    ObjPtr bias = w ? optTensor(*b, "bias", failed) : nullptr;
    if (!w || failed)
      return nullptr;
    std::vector<ObjPtr> ops = {x, w};
    if (bias)
      ops.push_back(bias);
    llvm::SmallVector<ObjPtr, 2> r =
        createOp("py.linear", ops, {}, loc, 1, {1, 1, bias ? 1 : 0});
    return r.empty() ? nullptr : r[0];
  }

  // Views and shape manipulation.
  // Views and shape ops whose arguments after `input` are all attributes:
  // ints, or int lists for `shape` / `dims`.
  if (isTorch) {
    if (const ShapeOpEntry *entry = findShapeOp(name)) {
      std::optional<BoundArgs> b = bindOr(entry->signature);
      if (!b)
        return nullptr;
      ObjPtr input = tensorArg(*b, "input");
      if (!input)
        return nullptr;
      for (size_t i = 1; i < b->names.size(); ++i) {
        StringRef param = b->names[i];
        if (param == "shape" || param == "dims") {
          std::optional<llvm::SmallVector<int64_t>> list =
              getIntList(b->values[i], loc, param);
          if (!list)
            return nullptr;
          attrs.dims(param, *list);
        } else {
          std::optional<int64_t> v = getInt(b->values[i], loc, param);
          if (!v)
            return nullptr;
          attrs.i64(param, *v);
        }
      }
      return createOp1(entry->op, {input}, attrs.list, loc);
    }
  }
  if (isTorch && name == "t") {
    std::optional<BoundArgs> b = bindOr("input");
    if (!b)
      return nullptr;
    ObjPtr input = tensorArg(*b, "input");
    if (!input)
      return nullptr;
    int64_t rank = input->getTensorType().getRank();
    if (rank > 2)
      return error(loc, "t() expects a tensor with at most 2 dims, got " + llvm::Twine(rank));
    if (rank < 2)
      return input;
    return createOp1("py.transpose", {input}, attrs.i64("dim0", 0).i64("dim1", 1).list, loc);
  }
  if (isTorch && name == "squeeze") {
    std::optional<BoundArgs> b = bindOr("input, dim=None");
    if (!b)
      return nullptr;
    ObjPtr input = tensorArg(*b, "input");
    std::optional<llvm::SmallVector<int64_t>> dims = input ? getDims(*this, b->get("dim"), loc) : std::nullopt;
    if (!dims)
      return nullptr;
    return createOp1("py.squeeze", {input}, attrs.dims("dims", *dims).list, loc);
  }
  if (isTorch && (name == "cat" || name == "concat" || name == "stack")) {
    std::optional<BoundArgs> b = bindOr("tensors, dim=0");
    if (!b)
      return nullptr;
    ObjPtr seq = b->get("tensors");
    if (!seq->isSequence() || seq->elems.empty())
      return error(loc, fullName + "() needs a non-empty tuple or list of tensors");
    std::optional<int64_t> dim = getInt(b->get("dim"), loc, "dim");
    if (!dim)
      return nullptr;
    mlir::Type common = resultType(seq->elems);
    std::vector<ObjPtr> tensors;
    for (ObjPtr &e : seq->elems) {
      ObjPtr t = toTensor(e, loc, common);
      if (!t)
        return nullptr;
      tensors.push_back(t);
    }
    return createOp1(name == "stack" ? "py.stack" : "py.cat", tensors,
                     attrs.i64("dim", *dim).list, loc);
  }
  if (isTorch && name == "numel") {
    if (args.size() != 1 || args[0]->kind != Object::Tensor)
      return error(loc, "torch.numel() takes one tensor");
    return callTensorMethod(args[0], "numel", {}, {}, loc);
  }

  // Normalisation.
  if (isF && name == "layer_norm") {
    std::optional<BoundArgs> b = bindOr("input, normalized_shape, weight=None, bias=None, eps=1e-05");
    if (!b)
      return nullptr;
    bool failed = false;
    ObjPtr x = tensorArg(*b, "input");
    std::optional<llvm::SmallVector<int64_t>> shape = x ? getIntList(b->get("normalized_shape"), loc, "normalized_shape") : std::nullopt;
    std::optional<double> eps = shape ? getFloat(b->get("eps"), loc, "eps") : std::nullopt;
    if (!eps)
      return nullptr;
    ObjPtr w = optTensor(*b, "weight", failed), bias = optTensor(*b, "bias", failed);
    if (failed)
      return nullptr;
    std::vector<ObjPtr> ops = {x};
    if (w)
      ops.push_back(w);
    if (bias)
      ops.push_back(bias);
    attrs.dims("normalized_shape", *shape).f64("eps", *eps);
    llvm::SmallVector<ObjPtr, 2> r = createOp("py.layer_norm", ops, attrs.list, loc, 1,
                                              {1, w ? 1 : 0, bias ? 1 : 0});
    return r.empty() ? nullptr : r[0];
  }
  if (isF && name == "rms_norm") {
    std::optional<BoundArgs> b = bindOr("input, normalized_shape, weight=None, eps=None");
    if (!b)
      return nullptr;
    bool failed = false;
    ObjPtr x = tensorArg(*b, "input");
    std::optional<llvm::SmallVector<int64_t>> shape = x ? getIntList(b->get("normalized_shape"), loc, "normalized_shape") : std::nullopt;
    if (!shape)
      return nullptr;
    attrs.dims("normalized_shape", *shape);
    if (!b->isNone("eps")) {
      std::optional<double> eps = getFloat(b->get("eps"), loc, "eps");
      if (!eps)
        return nullptr;
      attrs.f64("eps", *eps);
    }
    ObjPtr w = optTensor(*b, "weight", failed);
    if (failed)
      return nullptr;
    std::vector<ObjPtr> ops = {x};
    if (w)
      ops.push_back(w);
    llvm::SmallVector<ObjPtr, 2> r = createOp("py.rms_norm", ops, attrs.list, loc, 1, {1, w ? 1 : 0});
    return r.empty() ? nullptr : r[0];
  }
  if (isF && (name == "batch_norm" || name == "instance_norm" ||
              name == "group_norm")) {
    std::optional<BoundArgs> b =
        name == "batch_norm"
            ? bindOr("input, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-05")
        : name == "instance_norm"
            ? bindOr("input, running_mean=None, running_var=None, weight=None, bias=None, use_input_stats=True, momentum=0.1, eps=1e-05")
            : bindOr("input, num_groups, weight=None, bias=None, eps=1e-05");
    if (!b)
      return nullptr;
    bool failed = false;
    ObjPtr x = tensorArg(*b, "input");
    std::optional<double> eps = x ? getFloat(b->get("eps"), loc, "eps") : std::nullopt;
    if (!eps)
      return nullptr;
    attrs.f64("eps", *eps);
    std::vector<ObjPtr> ops = {x};
    llvm::SmallVector<int32_t> segments = {1};
    if (name == "batch_norm") {
      std::optional<bool> training = getBool(b->get("training"), loc, "training");
      if (!training)
        return nullptr;
      if (*training)
        return error(loc, "batch_norm in training mode (batch statistics) is "
                          "not supported by py2triton yet; call model.eval()");
      ObjPtr mean = tensorArg(*b, "running_mean");
      ObjPtr var = mean ? tensorArg(*b, "running_var") : nullptr;
      if (!var)
        return nullptr;
      ops.push_back(mean);
      ops.push_back(var);
      segments.append({1, 1});
    } else if (name == "instance_norm") {
      if (!b->isNone("running_mean") || !b->isNone("running_var"))
        return error(loc, "instance_norm with running statistics is not supported by py2triton");
    } else {
      std::optional<int64_t> groups = getInt(b->get("num_groups"), loc, "num_groups");
      if (!groups)
        return nullptr;
      attrs.i64("num_groups", *groups);
    }
    ObjPtr w = optTensor(*b, "weight", failed), bias = optTensor(*b, "bias", failed);
    if (failed)
      return nullptr;
    if (w)
      ops.push_back(w);
    if (bias)
      ops.push_back(bias);
    segments.append({w ? 1 : 0, bias ? 1 : 0});
    llvm::SmallVector<ObjPtr, 2> r = createOp(("py." + name).str(), ops, attrs.list, loc, 1, segments);
    return r.empty() ? nullptr : r[0];
  }
  if (isF && name == "normalize") {
    std::optional<BoundArgs> b = bindOr("input, p=2.0, dim=1, eps=1e-12, out=None");
    if (!b)
      return nullptr;
    ObjPtr x = tensorArg(*b, "input");
    std::optional<double> p = x ? getFloat(b->get("p"), loc, "p") : std::nullopt;
    std::optional<int64_t> dim = p ? getInt(b->get("dim"), loc, "dim") : std::nullopt;
    std::optional<double> eps = dim ? getFloat(b->get("eps"), loc, "eps") : std::nullopt;
    if (!eps)
      return nullptr;
    return createOp1("py.normalize", {x}, attrs.f64("p", *p).i64("dim", *dim).f64("eps", *eps).list, loc);
  }
  if (name == "cosine_similarity") {
    std::optional<BoundArgs> b = bindOr("x1, x2, dim=1, eps=1e-08");
    if (!b)
      return nullptr;
    mlir::Type common = resultType({b->get("x1"), b->get("x2")});
    ObjPtr x1 = toTensor(b->get("x1"), loc, common);
    ObjPtr x2 = x1 ? toTensor(b->get("x2"), loc, common) : nullptr;
    std::optional<int64_t> dim = x2 ? getInt(b->get("dim"), loc, "dim") : std::nullopt;
    std::optional<double> eps = dim ? getFloat(b->get("eps"), loc, "eps") : std::nullopt;
    if (!eps)
      return nullptr;
    return createOp1("py.cosine_similarity", {x1, x2}, attrs.i64("dim", *dim).f64("eps", *eps).list, loc);
  }

  // Losses.
  if (isF) {
    for (const LossEntry &entry : kLosses) {
      if (name != entry.name)
        continue;
      std::optional<BoundArgs> b = bindOr(entry.signature);
      if (!b)
        return nullptr;
      for (StringRef unsupported : {"weight", "size_average", "reduce", "pos_weight"})
        if (b->get(unsupported) && !b->isNone(unsupported))
          return error(loc, fullName + "(" + unsupported + "=...) is not supported by py2triton");
      if (b->get("ignore_index")) {
        std::optional<int64_t> ii = getInt(b->get("ignore_index"), loc, "ignore_index");
        if (!ii)
          return nullptr;
        if (*ii != -100)
          return error(loc, fullName + "(ignore_index=...) is not supported by py2triton");
      }
      ObjPtr input = tensorArg(*b, "input");
      ObjPtr target = input ? tensorArg(*b, "target") : nullptr;
      if (!target)
        return nullptr;
      std::optional<std::string> reduction = getStr(b->get("reduction"), loc, "reduction");
      if (!reduction)
        return nullptr;
      attrs.str("reduction", *reduction);
      for (StringRef param : {"beta", "delta", "label_smoothing"})
        if (ObjPtr v = b->get(param)) {
          std::optional<double> f = getFloat(v, loc, param);
          if (!f)
            return nullptr;
          attrs.f64(param, *f);
        }
      if (ObjPtr v = b->get("log_target")) {
        std::optional<bool> f = getBool(v, loc, "log_target");
        if (!f)
          return nullptr;
        attrs.flag("log_target", *f);
      }
      // Elementwise losses compare values of one dtype.
      bool classIndices = name == "cross_entropy" || name == "nll_loss";
      if (!classIndices) {
        mlir::Type common = resultType({input, target});
        if (!(input = castTo(input, common, loc)) || !(target = castTo(target, common, loc)))
          return nullptr;
      }
      return createOp1(entry.op, {input, target}, attrs.list, loc);
    }
  }
  if (isF && name == "triplet_margin_loss") {
    std::optional<BoundArgs> b = bindOr("anchor, positive, negative, margin=1.0, p=2, eps=1e-06, swap=False, size_average=None, reduce=None, reduction='mean'");
    if (!b)
      return nullptr;
    ObjPtr a = tensorArg(*b, "anchor");
    ObjPtr p = a ? tensorArg(*b, "positive") : nullptr;
    ObjPtr n = p ? tensorArg(*b, "negative") : nullptr;
    if (!n)
      return nullptr;
    std::optional<double> margin = getFloat(b->get("margin"), loc, "margin");
    std::optional<double> pv = margin ? getFloat(b->get("p"), loc, "p") : std::nullopt;
    std::optional<double> eps = pv ? getFloat(b->get("eps"), loc, "eps") : std::nullopt;
    std::optional<bool> swap = eps ? getBool(b->get("swap"), loc, "swap") : std::nullopt;
    std::optional<std::string> reduction = swap ? getStr(b->get("reduction"), loc, "reduction") : std::nullopt;
    if (!reduction)
      return nullptr;
    attrs.f64("margin", *margin).f64("p", *pv).f64("eps", *eps).flag("swap", *swap).str("reduction", *reduction);
    return createOp1("py.triplet_margin_loss", {a, p, n}, attrs.list, loc);
  }

  // Pooling.
  if (isF && (name.starts_with("max_pool") || name.starts_with("avg_pool"))) {
    bool isMax = name.starts_with("max_pool");
    int64_t k = name.drop_back().back() - '0';
    std::optional<BoundArgs> b =
        isMax ? bindOr("input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False")
        : k == 1 ? bindOr("input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True")
                 : bindOr("input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None");
    if (!b)
      return nullptr;
    ObjPtr x = tensorArg(*b, "input");
    if (!x)
      return nullptr;
    auto expand = [&](StringRef param, std::optional<llvm::SmallVector<int64_t>> dflt)
        -> std::optional<llvm::SmallVector<int64_t>> {
      ObjPtr v = b->get(param);
      if (v->kind == Object::None)
        return dflt;
      std::optional<llvm::SmallVector<int64_t>> l = getIntList(v, loc, param);
      if (!l)
        return std::nullopt;
      if (l->size() == 1)
        l = llvm::SmallVector<int64_t>(k, (*l)[0]);
      if ((int64_t)l->size() != k) {
        error(loc, param + " must have " + llvm::Twine(k) + " elements");
        return std::nullopt;
      }
      return l;
    };
    std::optional<llvm::SmallVector<int64_t>> kernel = expand("kernel_size", std::nullopt);
    std::optional<llvm::SmallVector<int64_t>> stride = kernel ? expand("stride", kernel) : std::nullopt;
    std::optional<llvm::SmallVector<int64_t>> padding = stride ? expand("padding", std::nullopt) : std::nullopt;
    std::optional<bool> ceil = padding ? getBool(b->get("ceil_mode"), loc, "ceil_mode") : std::nullopt;
    if (!ceil)
      return nullptr;
    attrs.dims("kernel_size", *kernel).dims("stride", *stride).dims("padding", *padding).flag("ceil_mode", *ceil);
    if (isMax) {
      std::optional<llvm::SmallVector<int64_t>> dilation = expand("dilation", std::nullopt);
      std::optional<bool> ri = dilation ? getBool(b->get("return_indices"), loc, "return_indices") : std::nullopt;
      if (!ri)
        return nullptr;
      if (*ri)
        return error(loc, "max pooling with return_indices=True is not supported by py2triton");
      attrs.dims("dilation", *dilation);
      return createOp1("py.max_pool", {x}, attrs.list, loc);
    }
    std::optional<bool> cip = getBool(b->get("count_include_pad"), loc, "count_include_pad");
    if (!cip)
      return nullptr;
    if (b->get("divisor_override") && !b->isNone("divisor_override"))
      return error(loc, "divisor_override is not supported by py2triton");
    attrs.flag("count_include_pad", *cip);
    return createOp1("py.avg_pool", {x}, attrs.list, loc);
  }

  if (isF && name == "scaled_dot_product_attention") {
    std::optional<BoundArgs> b = bindOr("query, key, value, attn_mask=None, dropout_p=0.0, is_causal=False, scale=None, enable_gqa=False");
    if (!b)
      return nullptr;
    bool failed = false;
    ObjPtr q = tensorArg(*b, "query");
    ObjPtr kk = q ? tensorArg(*b, "key") : nullptr;
    ObjPtr v = kk ? tensorArg(*b, "value") : nullptr;
    ObjPtr mask = v ? optTensor(*b, "attn_mask", failed) : nullptr;
    if (!v || failed)
      return nullptr;
    std::optional<double> dropout = getFloat(b->get("dropout_p"), loc, "dropout_p");
    std::optional<bool> causal = dropout ? getBool(b->get("is_causal"), loc, "is_causal") : std::nullopt;
    if (!causal)
      return nullptr;
    if (*dropout != 0.0)
      return error(loc, "attention dropout is random; dropout_p must be 0.0");
    attrs.flag("is_causal", *causal);
    if (!b->isNone("scale")) {
      std::optional<double> s = getFloat(b->get("scale"), loc, "scale");
      if (!s)
        return nullptr;
      attrs.f64("scale", *s);
    }
    std::vector<ObjPtr> ops = {q, kk, v};
    if (mask)
      ops.push_back(mask);
    return createOp1("py.scaled_dot_product_attention", ops, attrs.list, loc);
  }
  if (isF && name == "dropout") {
    std::optional<BoundArgs> b = bindOr("input, p=0.5, training=True, inplace=False");
    if (!b)
      return nullptr;
    std::optional<double> p = getFloat(b->get("p"), loc, "p");
    std::optional<bool> training = p ? getBool(b->get("training"), loc, "training") : std::nullopt;
    if (!training)
      return nullptr;
    if (*training && *p != 0.0)
      return error(loc, "dropout with p > 0 in training mode is random and "
                        "cannot be verified; use p=0.0 or training=False");
    return getTensor(b->get("input"), loc, "input");
  }
  return error(loc, "'" + fullName + "' is not supported by py2triton");
}

//===----------------------------------------------------------------------===//
// Tensor methods
//===----------------------------------------------------------------------===//

ObjPtr Evaluator::callTensorMethod(ObjPtr self, StringRef name,
                                   std::vector<ObjPtr> args, KwArgs kwargs,
                                   const Location &loc) {
  // Methods on `self` instances (register_buffer) are handled by the
  // attribute lookup; this is for tensors only.
  auto withSelf = [&](std::vector<ObjPtr> rest) {
    rest.insert(rest.begin(), self);
    return rest;
  };
  /// `x.view(2, 3)` and `x.view((2, 3))` both mean one shape argument.
  auto packVarargs = [&]() {
    if (args.size() == 1 && args[0]->isSequence())
      return args[0];
    return Object::ofSeq(Object::Tuple, args);
  };
  mlir::RankedTensorType type = self->getTensorType();

  if (name.ends_with("_") && !name.starts_with("_") && name != "requires_grad_")
    return error(loc, "in-place method '" + name +
                          "' is not supported by py2triton; use the "
                          "out-of-place form");
  if (name == "requires_grad_" || name == "contiguous" || name == "clone" ||
      name == "detach" || name == "cpu" || name == "cuda")
    return self;
  if (name == "size") {
    if (args.empty() && kwargs.empty())
      return getAttribute(self, "shape", loc);
    std::optional<BoundArgs> b = bind("Tensor.size", "dim", args, kwargs, loc);
    if (!b)
      return nullptr;
    std::optional<int64_t> dim = getInt(b->get("dim"), loc, "dim");
    if (!dim)
      return nullptr;
    int64_t rank = type.getRank();
    if (*dim < -rank || *dim >= rank)
      return error(loc, "dim " + llvm::Twine(*dim) + " is out of range for rank " + llvm::Twine(rank));
    int64_t d = type.getDimSize(*dim < 0 ? *dim + rank : *dim);
    if (d == mlir::ShapedType::kDynamic)
      return error(loc, "the size of dim " + llvm::Twine(*dim) + " is not known at compile time");
    return Object::ofInt(d);
  }
  if (name == "dim" || name == "ndimension")
    return Object::ofInt(type.getRank());
  if (name == "numel" || name == "nelement") {
    if (!type.hasStaticShape())
      return error(loc, "numel() of a tensor with dynamic dims is not known at compile time");
    return Object::ofInt(type.getNumElements());
  }
  if (name == "is_contiguous")
    return Object::ofBool(true);
  // dtype conversions.
  mlir::Type castType = llvm::StringSwitch<mlir::Type>(name)
                            .Case("float", builder.getF32Type())
                            .Case("half", builder.getF16Type())
                            .Case("bfloat16", builder.getBF16Type())
                            .Case("double", builder.getF64Type())
                            .Case("int", builder.getI32Type())
                            .Case("long", builder.getI64Type())
                            .Case("bool", builder.getI1Type())
                            .Default(nullptr);
  if (castType) {
    if (!args.empty())
      return error(loc, "Tensor." + name + "() takes no arguments");
    return castTo(self, castType, loc, true);
  }
  if (name == "to" || name == "type") {
    for (ObjPtr &a : args) {
      if (a->kind == Object::Dtype)
        return castTo(self, a->type, loc, true);
      if (a->kind == Object::Tensor)
        return castTo(self, a->getTensorType().getElementType(), loc);
    }
    for (auto &[k, v] : kwargs)
      if (k == "dtype")
        if (mlir::Type t = getDtype(v, loc, "dtype"))
          return castTo(self, t, loc, true);
    return self;
  }
  if (name == "type_as" || name == "view_as" || name == "expand_as" ||
      name == "reshape_as") {
    if (args.size() != 1 || args[0]->kind != Object::Tensor)
      return error(loc, "Tensor." + name + "() takes one tensor");
    mlir::RankedTensorType other = args[0]->getTensorType();
    if (name == "type_as")
      return castTo(self, other.getElementType(), loc);
    llvm::SmallVector<int64_t> shape(other.getShape());
    if (!other.hasStaticShape())
      return error(loc, "Tensor." + name + "() needs a tensor with a static shape");
    return createOp1(name == "expand_as" ? "py.expand" : "py.reshape", {self},
                     {builder.getNamedAttr(name == "expand_as" ? "sizes" : "shape",
                                           builder.getDenseI64ArrayAttr(shape))},
                     loc);
  }
  if (name == "view" || name == "reshape") {
    if (args.size() == 1 && args[0]->kind == Object::Dtype)
      return error(loc, "Tensor.view(dtype) (bit reinterpretation) is not supported by py2triton");
    return callBuiltin("torch.reshape", {self, packVarargs()}, {}, loc);
  }
  if (name == "permute")
    return callBuiltin("torch.permute", {self, packVarargs()}, {}, loc);
  if (name == "expand") {
    std::optional<llvm::SmallVector<int64_t>> sizes = getIntList(packVarargs(), loc, "sizes");
    if (!sizes)
      return nullptr;
    return createOp1("py.expand", {self},
                     {builder.getNamedAttr("sizes", builder.getDenseI64ArrayAttr(*sizes))},
                     loc);
  }
  if (name == "flip" && !args.empty() && !args[0]->isSequence())
    return callBuiltin("torch.flip", {self, packVarargs()}, {}, loc);
  if (name == "mT") {
    int64_t rank = type.getRank();
    if (rank < 2)
      return error(loc, "mT needs a tensor with at least 2 dims");
    return callBuiltin("torch.transpose", {self, Object::ofInt(-2), Object::ofInt(-1)}, {}, loc);
  }
  if (name == "where") {
    // x.where(condition, y) == torch.where(condition, x, y).
    if (args.size() != 2)
      return error(loc, "Tensor.where() takes (condition, other)");
    return callBuiltin("torch.where", {args[0], self, args[1]}, kwargs, loc);
  }
  if (name == "masked_fill") {
    std::optional<BoundArgs> b = bind("Tensor.masked_fill", "mask, value", args, kwargs, loc);
    if (!b)
      return nullptr;
    // The value takes the receiver's dtype (no promotion).
    ObjPtr mask = getTensor(b->get("mask"), loc, "mask");
    ObjPtr value = mask ? toTensor(b->get("value"), loc, type.getElementType()) : nullptr;
    if (!value)
      return nullptr;
    return createOp1("py.where", {mask, value, self}, {}, loc);
  }
  // Arithmetic-style methods.
  if (name == "add" || name == "sub" || name == "div" || name == "divide" ||
      name == "subtract")
    return callBuiltin(("torch." + name).str(), withSelf(args), kwargs, loc);
  if (name == "softmax" || name == "log_softmax")
    return callBuiltin(("torch." + name).str(), withSelf(args), kwargs, loc);
  std::string torchName = ("torch." + name).str();
  if (findUnary(name, M) || findBinary(name) || isIn(name, kReductions) ||
      isKnownBuiltin(torchName))
    return callBuiltin(torchName, withSelf(args), kwargs, loc);
  return error(loc, "tensor method '" + name + "' is not supported by py2triton");
}

//===----------------------------------------------------------------------===//
// nn modules
//===----------------------------------------------------------------------===//

ObjPtr Evaluator::callNNModule(ObjPtr module, std::vector<ObjPtr> args,
                               KwArgs kwargs, const Location &loc) {
  StringRef kind = module->name;
  kind.consume_front("nn.");
  auto oneInput = [&]() -> ObjPtr {
    if (args.size() != 1 || !kwargs.empty())
      return error(loc, module->name + " takes exactly one input");
    return getTensor(args[0], loc, "the input of " + module->name);
  };
  if (kind == "Sequential") {
    if (args.size() != 1)
      return error(loc, "nn.Sequential takes exactly one input");
    ObjPtr x = args[0];
    for (ObjPtr &m : module->elems)
      if (!(x = call(m, {x}, {}, loc)))
        return nullptr;
    return x;
  }
  if (kind == "ModuleList")
    return error(loc, "nn.ModuleList is not callable; iterate over it");
  if (kind == "Linear") {
    ObjPtr x = oneInput();
    if (!x)
      return nullptr;
    ObjPtr bias = module->getAttr("bias");
    KwArgs kw = {{"bias", bias}};
    return callBuiltin("F.linear", {x, module->getAttr("weight")}, kw, loc);
  }
  if (kind == "LayerNorm" || kind == "RMSNorm") {
    ObjPtr x = oneInput();
    if (!x)
      return nullptr;
    KwArgs kw = {{"weight", module->getAttr("weight")},
                 {"eps", module->getAttr("eps")}};
    if (kind == "LayerNorm")
      kw.emplace_back("bias", module->getAttr("bias"));
    return callBuiltin(kind == "LayerNorm" ? "F.layer_norm" : "F.rms_norm",
                       {x, module->getAttr("normalized_shape")}, kw, loc);
  }
  if (kind.starts_with("BatchNorm") || kind.starts_with("InstanceNorm")) {
    ObjPtr x = oneInput();
    if (!x)
      return nullptr;
    int64_t want = kind.drop_back().back() - '0' + 1;
    int64_t rank = x->getTensorType().getRank();
    if (rank != want + 1 && !(want == 2 && rank == 2))
      return error(loc, module->name + " expects a " + llvm::Twine(want + 1) +
                            "-D input, got rank " + llvm::Twine(rank));
    KwArgs kw = {{"weight", module->getAttr("weight")},
                 {"bias", module->getAttr("bias")},
                 {"eps", module->getAttr("eps")}};
    if (kind.starts_with("BatchNorm")) {
      kw.emplace_back("training", Object::ofBool(false));
      return callBuiltin("F.batch_norm",
                         {x, module->getAttr("running_mean"),
                          module->getAttr("running_var")},
                         kw, loc);
    }
    return callBuiltin("F.instance_norm", {x}, kw, loc);
  }
  if (kind == "GroupNorm") {
    ObjPtr x = oneInput();
    if (!x)
      return nullptr;
    KwArgs kw = {{"weight", module->getAttr("weight")},
                 {"bias", module->getAttr("bias")},
                 {"eps", module->getAttr("eps")}};
    return callBuiltin("F.group_norm", {x, module->getAttr("num_groups")}, kw,
                       loc);
  }
  const ModuleEntry *entry = findModule(kind);
  if (!entry)
    return error(loc, module->name + " is not callable by py2triton");
  if (StringRef(entry->functional) == "identity")
    return oneInput();
  // Forward the constructor's configuration as keywords.
  KwArgs kw;
  for (const std::string &key : module->attrOrder)
    kw.emplace_back(key, module->attrs[key]);
  for (auto &[k, v] : kwargs)
    kw.emplace_back(k, v);
  if (StringRef(entry->functional) == "F.dropout")
    kw.emplace_back("training", Object::ofBool(false));
  return callBuiltin(entry->functional, std::move(args), std::move(kw), loc);
}
