//===- TritonEmitter.cpp - Print py IR as a Triton Python module ----------===//
//
// Kernel formation by materialisation points (see TritonEmitter.h), then one
// @triton.jit kernel per materialised value:
//   pointwise  - flat 1-D iteration over the output, multi-index by div/mod;
//   reduction  - rows = kept dims, columns = reduced dims, looped over
//                BLOCK_N chunks with an fp32 (or int64) accumulator;
//   matmul     - tiled tl.dot over (M, N) tiles, looped over K, batched over
//                program_id(2); operands evaluated through index maps, so
//                transposes and elementwise prologues are fused;
//   scan       - rows x scanned dim, looped with a carry;
//   attention  - flash attention: (query block, batch) programs loop over key
//                blocks with an online softmax, nothing of size L x S stored.
// Values are computed in fp32 for fp16/bf16 (fp64 stays fp64) and rounded to
// the output dtype at the store. Every load and store is masked.
//
//===----------------------------------------------------------------------===//

#include "py2triton/Target/Triton/PythonLiteral.h"
#include "py2triton/Target/Triton/TemplateText.h"
#include "py2triton/Target/Triton/TritonEmitter.h"
#include "py2triton/Target/Triton/Schedule.h"

#include "py2triton/Dialect/Py/Transforms/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FormatVariadic.h"

#include <cmath>
#include <map>
#include <set>
#include <regex>

using namespace mlir;
using namespace py2triton;
using llvm::StringRef;

namespace {

#include "TritonTemplates.inc"

/// The text of templates/triton/<name>.py (embedded at build time).
StringRef getTemplate(StringRef name) {
  for (const auto &t : kTemplates)
    if (name == t.name)
      return t.text;
  llvm::report_fatal_error("py2triton: no template '" + name + "'");
}

/// A template with every `{{key}}` replaced by its value, in one pass (a
/// value is never scanned for holes).
std::string
fillTemplate(StringRef name,
             std::initializer_list<std::pair<StringRef, std::string>> values) {
  TemplateParts parts = splitTemplate(getTemplate(name));
  std::string out(parts.pieces[0]);
  for (size_t i = 0; i < parts.holes.size(); ++i) {
    StringRef key = parts.holes[i];
    const std::string *value = nullptr;
    for (const auto &kv : values)
      if (kv.first == key)
        value = &kv.second;
    if (!value)
      llvm::report_fatal_error("py2triton: template '" + name +
                               "' has no value for '" + key + "'");
    out += *value;
    out += parts.pieces[i + 1];
  }
  return out;
}

//===----------------------------------------------------------------------===//
// Small helpers
//===----------------------------------------------------------------------===//

RankedTensorType tensorType(Value v) {
  return cast<RankedTensorType>(v.getType());
}

/// The dtype name shared by triton.language and torch ("float32", "int1" is
/// torch's "bool").
std::string dtypeName(Type t, bool torchSpelling) {
  if (t.isF16())
    return "float16";
  if (t.isBF16())
    return "bfloat16";
  if (t.isF64())
    return "float64";
  if (t.isInteger(1))
    return torchSpelling ? "bool" : "int1";
  if (t.isUnsignedInteger(8))
    return "uint8";
  if (auto it = dyn_cast<IntegerType>(t))
    return "int" + std::to_string(it.getWidth());
  return "float32";
}

/// Triton dtype name for an element type.
std::string tlType(Type t) { return "tl." + dtypeName(t, false); }

/// torch dtype name for an element type.
std::string torchType(Type t) { return "torch." + dtypeName(t, true); }

bool isFloat(Type t) { return isa<FloatType>(t); }

/// The source name of argument `i` (its `py.name`: "x", "fc.weight").
std::string argName(func::FuncOp func, unsigned i) {
  auto name = func.getArgAttrOfType<StringAttr>(i, "py.name");
  return name ? name.str() : "arg" + std::to_string(i);
}

/// The type values of element type `t` are computed in: fp32 for the 16-bit
/// floats, the type itself otherwise.
Type computeType(Type t) {
  if (t.isF16() || t.isBF16())
    return Float32Type::get(t.getContext());
  return t;
}

/// A Python literal for `v` in a float context.
std::string floatLiteral(double v) {
  if (std::isnan(v))
    return "float(\"nan\")";
  if (std::isinf(v))
    return v > 0 ? "float(\"inf\")" : "-float(\"inf\")";
  std::string s;
  char buf[64];
  snprintf(buf, sizeof(buf), "%.17g", v);
  s = buf;
  // Shortest form that round-trips.
  for (int prec = 1; prec <= 17; ++prec) {
    snprintf(buf, sizeof(buf), "%.*g", prec, v);
    if (std::strtod(buf, nullptr) == v) {
      s = buf;
      break;
    }
  }
  if (s.find_first_of(".eEn") == std::string::npos)
    s += ".0";
  return s;
}

int64_t getI64(Operation *op, StringRef name, int64_t dflt) {
  if (auto a = op->getAttrOfType<IntegerAttr>(name))
    return a.getInt();
  return dflt;
}
bool getBool(Operation *op, StringRef name, bool dflt) {
  if (auto a = op->getAttrOfType<BoolAttr>(name))
    return a.getValue();
  return dflt;
}
std::optional<double> getF64(Operation *op, StringRef name) {
  if (auto a = op->getAttrOfType<FloatAttr>(name))
    return a.getValueAsDouble();
  return std::nullopt;
}
SmallVector<int64_t> getDims(Operation *op, StringRef name) {
  if (auto a = op->getAttrOfType<DenseI64ArrayAttr>(name))
    return SmallVector<int64_t>(a.asArrayRef());
  return {};
}
int64_t normDim(int64_t d, int64_t rank) { return d < 0 ? d + rank : d; }

int64_t nextPow2(int64_t v) {
  int64_t p = 1;
  while (p < v)
    p <<= 1;
  return p;
}

/// The identity of reduction `name` as a Python literal, for values of
/// compute type `ct` read from tensors of element type `elt` (bool extrema
/// use 0/1 so that tl.maximum/minimum keep booleans).
std::string reductionIdentity(StringRef name, Type ct, Type elt) {
  bool fl = isa<FloatType>(ct);
  bool isMax = name == "py.amax" || name == "py.argmax";
  if (name == "py.sum" || name == "py.mean")
    return fl ? "0.0" : "0";
  if (name == "py.prod")
    return fl ? "1.0" : "1";
  if (elt.isInteger(1))
    return isMax ? "0" : "1";
  if (isMax)
    return fl ? "-float(\"inf\")" : "-9223372036854775807";
  return fl ? "float(\"inf\")" : "9223372036854775807";
}

bool isReduction(StringRef name) {
  return name == "py.sum" || name == "py.mean" || name == "py.amax" ||
         name == "py.amin" || name == "py.prod" || name == "py.argmax" ||
         name == "py.argmin";
}
/// Elementwise ops: evaluated lane by lane inside any kernel.
bool isElementwise(StringRef name) {
  static const llvm::StringSet<> kElementwise = {
      "py.add", "py.sub", "py.mul", "py.div", "py.floor_div", "py.remainder",
      "py.pow", "py.maximum", "py.minimum", "py.bitwise_and", "py.bitwise_or",
      "py.bitwise_xor", "py.logical_and", "py.logical_or", "py.logical_xor",
      "py.eq", "py.ne", "py.lt", "py.le", "py.gt", "py.ge", "py.where",
      "py.neg", "py.abs", "py.exp", "py.exp2", "py.expm1", "py.log",
      "py.log2", "py.log10", "py.log1p", "py.sqrt", "py.rsqrt", "py.sin",
      "py.cos", "py.tan", "py.tanh", "py.sigmoid", "py.erf", "py.floor",
      "py.ceil", "py.trunc", "py.round", "py.sign", "py.reciprocal",
      "py.square", "py.relu", "py.logical_not", "py.bitwise_not"};
  return kElementwise.contains(name);
}
/// The dims reduction `op` reduces (all when none are given), normalised and
/// sorted.
SmallVector<int64_t> reducedDims(Operation *op) {
  int64_t rank = cast<RankedTensorType>(op->getOperand(0).getType()).getRank();
  SmallVector<int64_t> red;
  for (int64_t d : getDims(op, "dims"))
    red.push_back(normDim(d, rank));
  if (red.empty())
    for (int64_t d = 0; d < rank; ++d)
      red.push_back(d);
  llvm::sort(red);
  red.erase(std::unique(red.begin(), red.end()), red.end());
  return red;
}
bool isScan(StringRef name) {
  return name == "py.cumsum" || name == "py.cumprod";
}
bool isMatmul(StringRef name) { return name == "py.matmul"; }
bool isAttention(StringRef name) {
  return name == "py.scaled_dot_product_attention";
}

using Dims = SmallVector<std::string, 4>;

bool isStaticDim(const std::string &d, int64_t &v);

/// Product of dims: folded to a number when every dim is static, else a
/// parenthesised expression ("1" for none).
std::string product(ArrayRef<std::string> dims) {
  if (dims.empty())
    return "1";
  int64_t total = 1, v;
  bool allStatic = true;
  for (const std::string &d : dims)
    allStatic &= isStaticDim(d, v) && (total *= v, true);
  if (allStatic)
    return std::to_string(total);
  std::string s;
  for (const std::string &d : dims)
    s += (s.empty() ? "" : " * ") + d;
  return dims.size() == 1 ? s : "(" + s + ")";
}

bool isStaticDim(const std::string &d, int64_t &v) {
  return !StringRef(d).getAsInteger(10, v);
}

//===----------------------------------------------------------------------===//
// Function-level state
//===----------------------------------------------------------------------===//

class FunctionEmitter;

/// Online softmax statistics: in `sum(exp(t - g(m)))` with `m = amax(t)`
/// (keepdim, over the sum's dims) and `g` elementwise in `m` alone (softmax:
/// g(m) = m; logsumexp: m, or 0 where m is infinite), `m` and the sum come
/// from one pass over `t` (running maxima, sums rescaled when they grow).
struct SoftmaxStats {
  Operation *max, *sum;
  Value t, shift;
};

/// `sum(where(index == range, val, 0))` over one dim of static size
/// `classes`, where `range` is the constant 0..classes-1 along that dim and
/// `index` is constant along it (cross-entropy's pick of the target class):
/// the sum is `val` at `index`, or 0 when `index` is outside the range.
struct OneHotSum {
  Value index, val;
  int64_t classes;
};

/// Tiles of an outer reduction (see outerReductionTiles).
struct OuterTiles {
  int64_t blockM, blockN;
  int warps;
};

/// Builds the body of one @triton.jit kernel.
class KernelWriter {
public:
  KernelWriter(FunctionEmitter &fe, std::string name) : fe(fe), name(name) {}

  void line(const Twine &text) {
    std::string str = text.str();
    (cur ? *cur : lines).push_back(std::string(indent * 4, ' ') + str);
    // Track the tile axes of assigned variables (see axesOf).
    size_t eq = str.find(" = ");
    if (eq == std::string::npos)
      return;
    std::string var = str.substr(0, eq);
    if (var.find_first_of(" ([,") != std::string::npos)
      return;
    static const std::map<std::string, unsigned> seeds = {
        {"offs", 1}, {"rows", 1}, {"cols", 2}, {"rm", 1},
        {"rn", 2},   {"rka", 2},  {"rkb", 1}};
    auto seed = seeds.find(var);
    setAxes(var, seed != seeds.end() ? seed->second
                                     : axesOf(str.substr(eq + 3)));
  }
  std::string fresh(StringRef prefix = "t") {
    return (prefix + Twine(counter++)).str();
  }
  /// Emits `var = expr` and returns var.
  std::string def(const std::string &expr, StringRef prefix = "t") {
    std::string v = fresh(prefix);
    line(v + " = " + expr);
    setAxes(v, axesOf(expr));
    return v;
  }

  /// Tile axes an index variable varies along (bit k = axis k), so a load
  /// whose offset spans every axis of its mask needs no broadcast term.
  std::map<std::string, unsigned> axisBits;
  void setAxes(const std::string &var, unsigned bits) { axisBits[var] = bits; }
  unsigned axesOf(const std::string &expr) const {
    unsigned bits = 0;
    static const std::regex ident("[A-Za-z_][A-Za-z0-9_]*");
    for (auto it = std::sregex_iterator(expr.begin(), expr.end(), ident);
         it != std::sregex_iterator(); ++it) {
      auto f = axisBits.find(it->str());
      if (f != axisBits.end())
        bits |= f->second;
    }
    return bits;
  }

  /// The value of `v` at multi-index `idx` (one Triton expression per dim of
  /// `v`, "0" for a broadcast dim). Returns a variable name or literal; the
  /// value is in computeType(element type).
  FailureOr<std::string> eval(Value v, ArrayRef<std::string> idx);
  /// The value of `v` with lanes outside `mask` replaced by `other`.
  FailureOr<std::string> evalMasked(Value v, ArrayRef<std::string> idx,
                                    const std::string &other);

  /// Splits `linear` into a multi-index over `dims` (row-major); returns the
  /// index expressions ("0" for static size-1 dims).
  Dims delinearize(const std::string &linear, ArrayRef<std::string> dims,
                   StringRef prefix);
  /// Row-major linear offset of `idx` in a contiguous tensor of `dims`.
  std::string linearize(ArrayRef<std::string> idx, ArrayRef<std::string> dims);

  /// Registers a symbolic dim used by the kernel (its base symbols become
  /// parameters).
  std::string useDim(const std::string &d);

  FunctionEmitter &fe;
  std::string name;
  std::vector<std::string> lines;
  int indent = 1;
  unsigned counter = 0;
  std::string mask = "mask";
  /// Tensors read by the kernel, in parameter order.
  SmallVector<Value> leaves;
  DenseMap<Value, std::string> leafName;
  llvm::SetVector<std::string, std::vector<std::string>, std::set<std::string>>
      symParams;
  std::map<std::string, std::string> memo;
  std::set<std::string> zeroDefined;
  bool rawLoads = false;

  // Row kernels: the iteration space (iterDims) is split into rows and
  // columns (colDims, one block wide, so the whole extent is in registers);
  // reductions over exactly colDims of a value spanning the iteration space
  // are computed inline (softmax, layer norm: one read of the input).
  bool rowKernel = false;
  SmallVector<int64_t> colDims;
  Dims iterDims, fullIdx;
  /// Looped row kernels (rows longer than a block): each inline reduction
  /// becomes its own loop over the row, emitted (after the loops of the
  /// reductions it depends on) into `preamble`, before the output loop.
  bool looped = false;
  Dims rowIdx;                 // per iteration dim: row index or "" (column)
  std::string colExtent;       // product of the column dims
  std::vector<std::string> preamble;
  std::vector<std::string> *cur = nullptr;
  unsigned loopCounter = 0;
  /// Opens a loop over the row's chunks; returns the full index for it.
  Dims openRowLoop(const std::string &suffix);
  /// Set when eval meets a value it cannot compute inside this kernel (a
  /// reduction it cannot inline, a matmul or scan): the planner materialises
  /// it and emits the function again.
  Value materializeRequest;
  FailureOr<std::string> evalInlineReduction(Operation *op,
                                             ArrayRef<std::string> idx);
  /// Ops computed by a looped row kernel (its root's region): the partners
  /// of online softmax statistics are looked up here.
  llvm::SetVector<Operation *> region;
  /// The index at which a looped row kernel evaluates reduction `op` over its
  /// columns: the row index, "0" for reduced dims it keeps.
  Dims rowResultIdx(Operation *op) const;
  /// Looped row kernels: the row max and the sum of exponentials shifted by
  /// it (softmax, log_softmax, logsumexp, cross-entropy) from one loop.
  std::optional<SoftmaxStats> matchSoftmaxStats(Operation *op);
  LogicalResult emitSoftmaxStats(const SoftmaxStats &stats);
  /// Whether the kernel computes online softmax statistics (its looped
  /// blocks are then chosen for the exp-bound loop).
  bool onlineSoftmax = false;
  /// Looped row kernels: a one-hot sum over the columns read as a gather.
  FailureOr<std::string> emitOneHotSum(Operation *op, const OneHotSum &sum);
  bool needsPow = false, needsTanh = false;
  /// Whether the kernel rounds to the caller's float dtype (a cast to the
  /// runtime-generic float type): it then takes it as constexpr FLOAT_T.
  bool needsFloatT = false;
  /// Ops whose values this kernel computes (the schedule's fusion groups).
  llvm::SetVector<Operation *> evaluated;

  std::string leafParam(Value v);
};

class FunctionEmitter {
public:
  FunctionEmitter(func::FuncOp func, unsigned &kernelCounter,
                  std::string &kernelText, llvm::StringSet<> &helpers)
      : func(func), kernelCounter(kernelCounter), kernelText(kernelText),
        helpers(helpers) {}

  LogicalResult run();
  /// Removes the wrapper lines of constants that nothing reads, and defines
  /// the others' values (constDefs).
  void dropUnusedConstants();

  /// Wrapper source of the function (def + body).
  std::string wrapperText;
  /// Python names of the function's arguments ("fc.weight" -> "fc_weight").
  std::vector<std::string> paramNames;

  func::FuncOp func;
  unsigned &kernelCounter;
  std::string &kernelText;
  llvm::StringSet<> &helpers;
  DenseMap<Value, Dims> dims;
  DenseMap<Value, std::string> buffers;
  unsigned numBuffers = 0;
  llvm::SetVector<Value> materialized;
  std::vector<std::string> body; // wrapper body lines
  std::string floatDtypeVar;      // runtime float dtype, when generic
  Type genericFloat;              // the IR float type that follows it

  /// Wrapper lines creating non-splat constant tensors (as `_cst<i>`), the
  /// module-level definitions of their values, one per constant, and (once
  /// planned) the definitions of those the kernels or the wrapper read.
  std::vector<std::string> constLines, constValues;
  std::string constDefs;
  /// Matmuls fused as the prologue of a pointwise root (root -> matmul).
  DenseMap<Value, Value> epilogueOf;
  /// The value a failed emission asked to materialise (see KernelWriter).
  Value materializeRequest;

  /// Schedule knobs (Schedule.h): the function's, and the root's of the
  /// kernel being emitted (which win).
  DictionaryAttr funcKnobs;
  Value currentRoot;
  Attribute knob(StringRef key) {
    if (currentRoot)
      if (Operation *op = currentRoot.getDefiningOp())
        if (auto d = op->getAttrOfType<DictionaryAttr>(kScheduleAttr))
          if (Attribute a = d.get(key))
            return a;
    return funcKnobs ? funcKnobs.get(key) : Attribute();
  }
  std::optional<int64_t> knobInt(StringRef key) {
    if (auto i = dyn_cast_or_null<IntegerAttr>(knob(key)))
      return i.getInt();
    return std::nullopt;
  }
  StringRef knobStr(StringRef key) {
    if (auto s = dyn_cast_or_null<StringAttr>(knob(key)))
      return s.getValue();
    return "";
  }
  /// One emitted kernel, as the schedule records it.
  struct KernelRecord {
    std::string name, kind, grid;
    std::vector<std::pair<std::string, int64_t>> constexprs;
    int warps = 4;
    std::vector<std::string> tune;
    Value root;
    llvm::SetVector<Operation *> ops;
  };
  std::vector<KernelRecord> records;
  /// Stamps `py.kernel` / `py.fused_into` on the IR (the -py-schedule pass).
  void annotate();

  LogicalResult computeDims(Operation *op);
  LogicalResult emitKernel(Value v);
  LogicalResult emitRowPointwise(Value v, const std::string &out,
                                 ArrayRef<int64_t> colDims);
  LogicalResult emitTiledPointwise(Value v, const std::string &out);
  /// A row kernel over rows longer than a block: one loop per inline
  /// reduction, then (for a full-shape `v`) an output loop. `reduced` is the
  /// value stored per row (a reduction or its epilogue), or null when `v`
  /// spans the iteration space.
  LogicalResult emitLoopedRow(KernelWriter &kw, Value v, const std::string &out,
                              ArrayRef<std::string> rowDims,
                              ArrayRef<int64_t> rowPos, const std::string &M,
                              const std::string &N, Value reduced);
  /// A reduction in `v`'s fused region whose input spans `v`'s iteration
  /// space with a static, block-sized reduced extent; its reduced dims.
  std::optional<SmallVector<int64_t>> findRowReduction(Value v);
  /// Whether reduction `op` has a static reduced extent small enough to be
  /// computed inline by a persistent row kernel.
  bool findRowReductionCandidate(Operation *op);
  /// Whether `op` reduces a long static extent into few rows: it then runs
  /// in two stages (many programs write partial results, one finishes).
  bool isSplitReduction(Operation *op);
  LogicalResult emitSplitReduction(Value v, const std::string &out);
  /// An outer reduction (kept dims contiguous) over too few kept tiles to
  /// fill the GPU: `splits` programs per tile each reduce `chunk` reduced
  /// rows into an fp32 workspace, then a second kernel combines the partial
  /// results and applies `epilogue` (or null).
  LogicalResult emitOuterSplitReduction(Value v, const std::string &out,
                                        Value epilogue, const OuterTiles &tiles,
                                        int64_t splits, int64_t chunk);
  /// Values computed inside the kernel of `root` (stops at materialised
  /// values and arguments).
  void collectRegion(Value root, llvm::SetVector<Operation *> &ops);
  LogicalResult emitAll();
  LogicalResult emitPointwise(Value v, const std::string &out);
  /// `v` is the reduction; `epilogue` (or null) a pointwise value of the
  /// reduction's result shape computed from it before the store.
  LogicalResult emitReduction(Value v, const std::string &out,
                              Value epilogue = Value());
  LogicalResult emitScan(Value v, const std::string &out);
  /// `v` is the matmul; `root` (or null) a pointwise consumer over the same
  /// [batch, M, N] space computed in the epilogue from the accumulator.
  LogicalResult emitMatmul(Value v, const std::string &out, Value root);
  /// `v` is a scaled_dot_product_attention: one flash-attention kernel.
  LogicalResult emitAttention(Value v, const std::string &out);
  /// The value a chain of views of `x` reads: a tensor in memory (an
  /// argument or an emitted buffer), a materialised value, or the first
  /// computed (non-view) value. `x` itself when it is not a view.
  Value viewSource(Value x);
  /// Whether `x` is a tensor in memory or a view of one (readable through
  /// strides and index maps, in its own dtype).
  bool isViewOfBuffer(Value x) { return buffers.count(viewSource(x)); }
  /// One autotuning candidate: constexpr values, warps, stages.
  struct TuneConfig {
    std::vector<std::pair<std::string, int64_t>> values;
    int warps, stages;
  };
  void finishKernel(KernelWriter &kw, ArrayRef<std::string> extraParams,
                    ArrayRef<std::string> extraArgs,
                    ArrayRef<std::pair<std::string, int64_t>> constexprs,
                    const std::string &grid, const std::string &comment,
                    int numWarps = 4, ArrayRef<TuneConfig> tune = {},
                    int numStages = 0);
  std::string runtimeDtype(Type t) {
    if (genericFloat && t == genericFloat)
      return floatDtypeVar;
    return torchType(t);
  }
  std::string shapeTuple(Value v) {
    const Dims &d = dims[v];
    std::string s = "(";
    for (const std::string &x : d)
      s += x + ", ";
    return s + ")";
  }
};

//===----------------------------------------------------------------------===//
// Shapes (symbolic dims)
//===----------------------------------------------------------------------===//

LogicalResult FunctionEmitter::computeDims(Operation *op) {
  StringRef name = op->getName().getStringRef();
  if (op->getNumResults() != 1)
    return op->emitError("the Triton back end does not support '")
           << name << "' yet";
  Value result = op->getResult(0);
  RankedTensorType rt = dyn_cast<RankedTensorType>(result.getType());
  if (!rt)
    return op->emitError("the Triton back end needs tensor results");
  int64_t rank = rt.getRank();
  Dims out(rank);
  // Static dims are known directly.
  bool allStatic = true;
  for (int64_t k = 0; k < rank; ++k) {
    if (rt.isDynamicDim(k))
      allStatic = false;
    else
      out[k] = std::to_string(rt.getDimSize(k));
  }
  if (allStatic) {
    dims[result] = out;
    return success();
  }
  auto in = [&](unsigned i) -> Dims & { return dims[op->getOperand(i)]; };
  if (op->getNumOperands() > 0 &&
      (name == "py.cast" || name == "py.full_like" || name == "py.neg" ||
       op->getNumOperands() >= 2 || name.starts_with("py."))) {
    // Elementwise (and default): dims from the right-aligned operands.
    bool elementwise = true;
    if (isReduction(name) || isMatmul(name) || isAttention(name) ||
        name == "py.reshape" ||
        name == "py.transpose" || name == "py.permute" ||
        name == "py.unsqueeze" || name == "py.squeeze" || name == "py.expand" ||
        name == "py.slice" || name == "py.select" || name == "py.cat")
      elementwise = false;
    if (elementwise) {
      for (int64_t k = 0; k < rank; ++k) {
        if (!out[k].empty())
          continue;
        for (Value operand : op->getOperands()) {
          auto ot = tensorType(operand);
          int64_t j = k - (rank - ot.getRank());
          if (j >= 0 && ot.isDynamicDim(j)) {
            out[k] = dims[operand][j];
            break;
          }
        }
      }
    } else if (isReduction(name)) {
      auto it = tensorType(op->getOperand(0));
      SmallVector<int64_t> rd = getDims(op, "dims");
      llvm::SmallDenseSet<int64_t> red;
      for (int64_t d : rd)
        red.insert(normDim(d, it.getRank()));
      if (rd.empty())
        for (int64_t d = 0; d < it.getRank(); ++d)
          red.insert(d);
      bool keep = getBool(op, "keepdim", false);
      int64_t k = 0;
      for (int64_t d = 0; d < it.getRank(); ++d) {
        if (red.count(d)) {
          if (keep)
            ++k;
          continue;
        }
        if (out[k].empty())
          out[k] = in(0)[d];
        ++k;
      }
    } else if (name == "py.transpose") {
      Dims d = in(0);
      int64_t a = normDim(getI64(op, "dim0", 0), rank);
      int64_t b = normDim(getI64(op, "dim1", 0), rank);
      std::swap(d[a], d[b]);
      out = d;
    } else if (name == "py.permute") {
      SmallVector<int64_t> perm = getDims(op, "dims");
      for (int64_t k = 0; k < rank; ++k)
        out[k] = in(0)[normDim(perm[k], rank)];
    } else if (name == "py.unsqueeze") {
      Dims d = in(0);
      d.insert(d.begin() + normDim(getI64(op, "dim", 0), rank), "1");
      out = d;
    } else if (name == "py.squeeze" || name == "py.select") {
      auto it = tensorType(op->getOperand(0));
      Dims d = in(0);
      Dims r;
      if (name == "py.select") {
        int64_t dim = normDim(getI64(op, "dim", 0), it.getRank());
        for (int64_t k = 0; k < it.getRank(); ++k)
          if (k != dim)
            r.push_back(d[k]);
      } else {
        // Keep exactly the dims the result keeps: match by static 1s.
        SmallVector<int64_t> sd = getDims(op, "dims");
        llvm::SmallDenseSet<int64_t> sq;
        for (int64_t x : sd)
          sq.insert(normDim(x, it.getRank()));
        for (int64_t k = 0; k < it.getRank(); ++k) {
          bool one = !it.isDynamicDim(k) && it.getDimSize(k) == 1;
          if (one && (sd.empty() || sq.count(k)))
            continue;
          r.push_back(d[k]);
        }
      }
      out = r;
    } else if (name == "py.expand") {
      SmallVector<int64_t> sizes = getDims(op, "sizes");
      auto it = tensorType(op->getOperand(0));
      int64_t off = rank - it.getRank();
      for (int64_t k = 0; k < rank; ++k)
        if (out[k].empty() && k >= off)
          out[k] = in(0)[k - off];
    } else if (name == "py.matmul") {
      auto a = tensorType(op->getOperand(0)), b = tensorType(op->getOperand(1));
      Dims ad = in(0), bd = in(1);
      // Result: batch dims, then M (if a is not 1-D), then N (if b is not 1-D).
      Dims batch;
      int64_t ab = std::max<int64_t>(0, a.getRank() - 2),
              bb = std::max<int64_t>(0, b.getRank() - 2);
      int64_t nb = std::max(ab, bb);
      for (int64_t k = 0; k < nb; ++k) {
        int64_t ia = k - (nb - ab), ib = k - (nb - bb);
        std::string da = ia >= 0 ? ad[ia] : "1", db = ib >= 0 ? bd[ib] : "1";
        batch.push_back(da == "1" ? db : da);
      }
      Dims r = batch;
      if (a.getRank() >= 2)
        r.push_back(ad[a.getRank() - 2]);
      if (b.getRank() >= 2)
        r.push_back(bd[b.getRank() - 1]);
      for (int64_t k = 0; k < rank; ++k)
        if (out[k].empty())
          out[k] = r[k];
    } else if (isAttention(name)) {
      // [batch..., L, Ev]: broadcast batch dims of query, key and value, the
      // query's length and the value's head dim.
      Dims r(rank - 2, "1");
      for (Value operand : op->getOperands().take_front(3)) {
        const Dims &od = dims[operand];
        int64_t off = (rank - 2) - ((int64_t)od.size() - 2);
        for (int64_t k = 0; k + 2 < (int64_t)od.size(); ++k)
          if (od[k] != "1")
            r[k + off] = od[k];
      }
      r.push_back(in(0)[in(0).size() - 2]);
      r.push_back(in(2).back());
      for (int64_t k = 0; k < rank; ++k)
        if (out[k].empty())
          out[k] = r[k];
    } else if (name == "py.cat") {
      int64_t dim = normDim(getI64(op, "dim", 0), rank);
      for (int64_t k = 0; k < rank; ++k) {
        if (!out[k].empty())
          continue;
        if (k != dim) {
          out[k] = in(0)[k];
          continue;
        }
        std::string total;
        for (Value input : op->getOperands())
          total += (total.empty() ? "" : " + ") + dims[input][k];
        out[k] = "(" + total + ")";
      }
    } else if (name == "py.reshape") {
      // The one inferred (-1) dim: numel / product of the others.
      std::string numel = product(in(0));
      Dims known;
      for (int64_t k = 0; k < rank; ++k)
        if (!out[k].empty())
          known.push_back(out[k]);
      for (int64_t k = 0; k < rank; ++k)
        if (out[k].empty())
          out[k] = "(" + numel + " // " + product(known) + ")";
    }
  }
  for (int64_t k = 0; k < rank; ++k)
    if (out[k].empty())
      return op->emitError("the Triton back end cannot size dim ")
             << k << " of this '" << name << "' result (dynamic shape)";
  dims[result] = out;
  return success();
}

//===----------------------------------------------------------------------===//
// KernelWriter
//===----------------------------------------------------------------------===//

std::string KernelWriter::useDim(const std::string &d) {
  static const std::regex sym("[A-Za-z_][A-Za-z0-9_]*_d[0-9]+");
  for (auto it = std::sregex_iterator(d.begin(), d.end(), sym);
       it != std::sregex_iterator(); ++it)
    symParams.insert(it->str());
  return d;
}

std::string KernelWriter::leafParam(Value v) {
  auto it = leafName.find(v);
  if (it != leafName.end())
    return it->second;
  std::string n = "in" + std::to_string(leaves.size());
  leaves.push_back(v);
  leafName[v] = n;
  return n;
}

Dims KernelWriter::delinearize(const std::string &linear,
                               ArrayRef<std::string> dims, StringRef prefix) {
  Dims idx(dims.size(), "0");
  std::string rest = linear;
  for (int64_t k = (int64_t)dims.size() - 1; k >= 0; --k) {
    int64_t v;
    bool isStatic = isStaticDim(dims[k], v);
    if (isStatic && v == 1)
      continue;
    useDim(dims[k]);
    bool first = true;
    for (int64_t j = 0; j < k; ++j) {
      int64_t w;
      if (!(isStaticDim(dims[j], w) && w == 1))
        first = false;
    }
    std::string name = (prefix + Twine(k)).str();
    unsigned bits = axesOf(rest);
    if (first) {
      line(name + " = " + rest);
    } else {
      line(name + " = " + rest + " % " + dims[k]);
      std::string next = fresh("r");
      line(next + " = " + rest + " // " + dims[k]);
      setAxes(next, bits);
      rest = next;
    }
    setAxes(name, bits);
    idx[k] = name;
  }
  return idx;
}

std::string KernelWriter::linearize(ArrayRef<std::string> idx,
                                    ArrayRef<std::string> dims) {
  std::string expr;
  for (size_t k = 0; k < dims.size(); ++k) {
    useDim(dims[k]);
    if (expr.empty())
      expr = idx[k];
    else
      expr = "(" + expr + ") * " + dims[k] + " + " + idx[k];
  }
  return expr.empty() ? "0" : expr;
}

FailureOr<std::string> KernelWriter::evalMasked(Value v,
                                                ArrayRef<std::string> idx,
                                                const std::string &other) {
  FailureOr<std::string> r = eval(v, idx);
  if (failed(r))
    return failure();
  return def("tl.where(" + mask + ", " + *r + ", " + other + ")");
}

FailureOr<std::string> KernelWriter::eval(Value v, ArrayRef<std::string> idx) {
  std::string key = std::to_string((uintptr_t)v.getAsOpaquePointer()) + "@" +
                    llvm::join(idx, ",") + "#" + mask;
  auto it = memo.find(key);
  if (it != memo.end())
    return it->second;
  if (Operation *def = v.getDefiningOp())
    evaluated.insert(def);

  RankedTensorType type = tensorType(v);
  Type elt = type.getElementType();
  Type ct = computeType(elt);
  auto done = [&](const std::string &r) -> FailureOr<std::string> {
    memo[key] = r;
    return r;
  };

  // Leaves: tensors in memory.
  if (fe.buffers.count(v)) {
    std::string p = leafParam(v);
    std::string off;
    for (int64_t k = 0; k < type.getRank(); ++k) {
      if (idx[k] == "0")
        continue;
      off += " + (" + idx[k] + ") * " + p + "_s" + std::to_string(k);
    }
    // `<mask>_z` (zeros of the mask's shape) broadcasts the pointer to the
    // full tile when the index does not span every axis of the mask (a mask
    // narrower than the index is broadcast by tl.load itself).
    unsigned bits = 0;
    for (int64_t k = 0; k < type.getRank(); ++k)
      bits |= axesOf(idx[k]);
    std::string bcast;
    unsigned maskBits = axesOf(mask);
    if ((bits & maskBits) != maskBits) {
      if (!zeroDefined.count(mask)) {
        zeroDefined.insert(mask);
        line(mask + "_z = " + mask + ".to(tl.int32) * 0");
      }
      bcast = " + " + mask + "_z";
    }
    std::string load = "tl.load(" + p + off + bcast + ", mask=" + mask +
                       ", other=0)";
    // Wrappers follow the caller's float dtype, so every 16/32-bit float
    // load is widened to fp32 explicitly (except raw matmul operands, which
    // go to tl.dot in their own dtype).
    if (!rawLoads && (ct != elt || (isFloat(elt) && !elt.isF64())))
      load += ".to(" + tlType(ct) + ")";
    return done(def(load, "x"));
  }

  Operation *op = v.getDefiningOp();
  StringRef name = op->getName().getStringRef();
  int64_t rank = type.getRank();

  // Index of operand `i` under broadcasting.
  auto operandIdx = [&](unsigned i) {
    RankedTensorType ot = tensorType(op->getOperand(i));
    Dims r;
    int64_t off = rank - ot.getRank();
    for (int64_t k = 0; k < ot.getRank(); ++k) {
      bool one = !ot.isDynamicDim(k) && ot.getDimSize(k) == 1;
      r.push_back(one ? "0" : idx[k + off]);
    }
    return r;
  };
  auto operand = [&](unsigned i) -> FailureOr<std::string> {
    return eval(op->getOperand(i), operandIdx(i));
  };

  if (name == "py.constant") {
    auto attr = cast<DenseElementsAttr>(op->getAttr("value"));
    if (isa<FloatType>(elt))
      return done(floatLiteral(
          (*attr.getValues<APFloat>().begin()).convertToDouble()));
    if (elt.isInteger(1))
      return done(*attr.getValues<bool>().begin() ? "True" : "False");
    return done(std::to_string((*attr.getValues<APInt>().begin()).getSExtValue()));
  }
  if (name == "py.full_like") {
    double value = getF64(op, "value").value_or(0.0);
    std::string lit = isFloat(elt)        ? floatLiteral(value)
                      : elt.isInteger(1) ? (value != 0.0 ? "True" : "False")
                                         : std::to_string((int64_t)value);
    return done(lit);
  }
  if (name == "py.cast") {
    FailureOr<std::string> x = operand(0);
    if (failed(x))
      return failure();
    Type from = tensorType(op->getOperand(0)).getElementType();
    if (elt.isInteger(1))
      return done(def("(" + *x + " != 0)"));
    std::string r = *x;
    // A literal (constant, full_like) becomes a typed scalar first.
    if (!r.empty() && (isdigit(r[0]) || r[0] == '-' || r[0] == 'f' ||
                       r == "True" || r == "False"))
      r = def("tl.full([], " + r + ", " + tlType(computeType(from)) + ")");
    if (from.isInteger(1))
      r = def(r + ".to(tl.int32)");
    // Round through the target type so fp16/bf16 casts lose precision like
    // torch, then continue in the compute type. A cast to the caller-following
    // float type rounds to the caller's dtype (FLOAT_T), not the annotation's,
    // unless the user named the dtype (py.explicit).
    std::string target = tlType(elt);
    if (fe.genericFloat && elt == fe.genericFloat && !fe.floatDtypeVar.empty() &&
        !op->hasAttr("py.explicit")) {
      target = "FLOAT_T";
      needsFloatT = true;
      // Integers reach 16-bit floats through fp32 (the interpreter has no
      // direct int -> bf16 conversion).
      if (!isFloat(from))
        r = def(r + ".to(tl.float32)");
    }
    r = def("_round(" + r + ", " + target + ")");
    if (ct != elt || target == "FLOAT_T")
      r = def(r + ".to(" + tlType(ct) + ")");
    return done(r);
  }

  // Views: transform the index.
  if (name == "py.transpose") {
    Dims in(idx.begin(), idx.end());
    int64_t a = normDim(getI64(op, "dim0", 0), rank),
            b = normDim(getI64(op, "dim1", 0), rank);
    std::swap(in[a], in[b]);
    FailureOr<std::string> r = eval(op->getOperand(0), in);
    if (failed(r))
      return failure();
    return done(*r);
  }
  if (name == "py.permute") {
    SmallVector<int64_t> perm = getDims(op, "dims");
    Dims in(rank);
    for (int64_t k = 0; k < rank; ++k)
      in[normDim(perm[k], rank)] = idx[k];
    FailureOr<std::string> r = eval(op->getOperand(0), in);
    if (failed(r))
      return failure();
    return done(*r);
  }
  if (name == "py.unsqueeze") {
    Dims in(idx.begin(), idx.end());
    in.erase(in.begin() + normDim(getI64(op, "dim", 0), rank));
    FailureOr<std::string> r = eval(op->getOperand(0), in);
    if (failed(r))
      return failure();
    return done(*r);
  }
  if (name == "py.squeeze" || name == "py.select") {
    RankedTensorType it = tensorType(op->getOperand(0));
    Dims in;
    size_t j = 0;
    if (name == "py.select") {
      int64_t dim = normDim(getI64(op, "dim", 0), it.getRank());
      int64_t index = getI64(op, "index", 0);
      std::string ix = index >= 0 ? std::to_string(index)
                                  : "(" + fe.dims[op->getOperand(0)][dim] +
                                        " + " + std::to_string(index) + ")";
      useDim(ix);
      for (int64_t k = 0; k < it.getRank(); ++k)
        in.push_back(k == dim ? ix : idx[j++]);
    } else {
      SmallVector<int64_t> sd = getDims(op, "dims");
      llvm::SmallDenseSet<int64_t> sq;
      for (int64_t x : sd)
        sq.insert(normDim(x, it.getRank()));
      for (int64_t k = 0; k < it.getRank(); ++k) {
        bool one = !it.isDynamicDim(k) && it.getDimSize(k) == 1;
        if (one && (sd.empty() || sq.count(k)))
          in.push_back("0");
        else
          in.push_back(idx[j++]);
      }
    }
    FailureOr<std::string> r = eval(op->getOperand(0), in);
    if (failed(r))
      return failure();
    return done(*r);
  }
  if (name == "py.expand") {
    RankedTensorType it = tensorType(op->getOperand(0));
    int64_t off = rank - it.getRank();
    Dims in;
    for (int64_t k = 0; k < it.getRank(); ++k) {
      bool one = !it.isDynamicDim(k) && it.getDimSize(k) == 1;
      in.push_back(one ? "0" : idx[k + off]);
    }
    FailureOr<std::string> r = eval(op->getOperand(0), in);
    if (failed(r))
      return failure();
    return done(*r);
  }
  if (name == "py.slice") {
    RankedTensorType it = tensorType(op->getOperand(0));
    int64_t dim = normDim(getI64(op, "dim", 0), rank);
    int64_t start = getI64(op, "start", 0), step = getI64(op, "step", 1);
    if (start < 0) {
      if (it.isDynamicDim(dim))
        return op->emitError("negative slice start on a dynamic dim is not "
                             "supported by the Triton back end yet");
      start = std::max<int64_t>(0, start + it.getDimSize(dim));
    }
    Dims in(idx.begin(), idx.end());
    if (in[dim] != "0" || start != 0)
      in[dim] = "(" + in[dim] + ")" + (step != 1 ? " * " + std::to_string(step) : "") +
                (start ? " + " + std::to_string(start) : "");
    FailureOr<std::string> r = eval(op->getOperand(0), in);
    if (failed(r))
      return failure();
    return done(*r);
  }
  if (name == "py.flip") {
    SmallVector<int64_t> fd = getDims(op, "dims");
    Dims in(idx.begin(), idx.end());
    for (int64_t d : fd) {
      d = normDim(d, rank);
      in[d] = useDim("(" + fe.dims[v][d] + " - 1 - (" + idx[d] + "))");
    }
    FailureOr<std::string> r = eval(op->getOperand(0), in);
    if (failed(r))
      return failure();
    return done(*r);
  }
  if (name == "py.reshape") {
    Value src = op->getOperand(0);
    std::string lin = def(linearize(idx, fe.dims[v]), "l");
    Dims in = delinearize(lin, fe.dims[src], fresh("j") + "_");
    FailureOr<std::string> r = eval(src, in);
    if (failed(r))
      return failure();
    return done(*r);
  }

  if (isReduction(name)) {
    FailureOr<std::string> r = evalInlineReduction(op, idx);
    if (failed(r))
      return failure();
    return done(*r);
  }
  if (isMatmul(name) || isScan(name) || isAttention(name)) {
    materializeRequest = v;
    return failure();
  }
  if (name == "py.cat") {
    // Each input covers a range of the concatenated dim; its lanes read it
    // (under their own mask) and the others keep the previous value.
    int64_t dim = normDim(getI64(op, "dim", 0), rank);
    std::string offset = "0", result, outerMask = mask;
    for (Value input : op->getOperands()) {
      std::string size = useDim(fe.dims[input][dim]);
      Dims in(idx.begin(), idx.end());
      in[dim] = def("(" + idx[dim] + ") - " + offset, "q");
      std::string inside = def("(" + in[dim] + " >= 0) & (" + in[dim] + " < " + size + ")", "ok");
      mask = def(outerMask + " & " + inside, "qm");
      FailureOr<std::string> x = eval(input, in);
      mask = outerMask;
      if (failed(x))
        return failure();
      result = result.empty() ? *x : def("tl.where(" + inside + ", " + *x + ", " + result + ")");
      offset = "(" + offset + " + " + size + ")";
    }
    return done(result);
  }
  if (name == "py.max_pool" || name == "py.avg_pool") {
    // Pooling: each output element walks its (static, unrolled) window;
    // positions outside the input (padding, ceil mode) are masked out.
    Value src = op->getOperand(0);
    RankedTensorType st = tensorType(src);
    SmallVector<int64_t> kernel = getDims(op, "kernel_size");
    SmallVector<int64_t> stride = getDims(op, "stride");
    SmallVector<int64_t> pad = getDims(op, "padding");
    SmallVector<int64_t> dil = getDims(op, "dilation");
    int64_t k = kernel.size();
    if (stride.empty())
      stride = kernel;
    if (pad.empty())
      pad.assign(k, 0);
    if (dil.empty())
      dil.assign(k, 1);
    int64_t lead = st.getRank() - k;
    bool isMaxPool = name == "py.max_pool";
    Type ct = computeType(st.getElementType());
    std::string acc = def(isMaxPool ? "tl.full([], -float(\"inf\"), " + tlType(ct) + ")"
                                    : "tl.full([], 0.0, " + tlType(ct) + ")", "pool");
    std::string count = "0";
    int64_t windows = 1;
    for (int64_t d : kernel)
      windows *= d;
    if (windows > 512)
      return op->emitError("pooling windows of more than 512 elements are not "
                           "supported by the Triton back end");
    std::string outerMask = mask;
    for (int64_t w = 0; w < windows; ++w) {
      Dims in(idx.begin(), idx.begin() + lead);
      std::string valid;
      int64_t rest = w;
      SmallVector<int64_t> offs(k);
      for (int64_t d = k - 1; d >= 0; --d) {
        offs[d] = rest % kernel[d];
        rest /= kernel[d];
      }
      for (int64_t d = 0; d < k; ++d) {
        std::string size = useDim(fe.dims[src][lead + d]);
        std::string ix = def("(" + idx[lead + d] + ") * " + std::to_string(stride[d]) +
                             " + " + std::to_string(offs[d] * dil[d] - pad[d]), "p");
        in.push_back(ix);
        valid += (valid.empty() ? "" : " & ") + ("(" + ix + " >= 0) & (" + ix + " < " + size + ")");
      }
      std::string vmask = def(outerMask + " & " + valid, "pm");
      mask = vmask;
      FailureOr<std::string> x = eval(src, in);
      mask = outerMask;
      if (failed(x))
        return failure();
      std::string ok = def(valid, "ok");
      if (isMaxPool) {
        acc = def("tl.maximum(" + acc + ", tl.where(" + ok + ", " + *x +
                  ", -float(\"inf\")), propagate_nan=tl.PropagateNan.ALL)", "pool");
      } else {
        acc = def(acc + " + tl.where(" + ok + ", " + *x + ", 0.0)", "pool");
        count = def(count + " + " + ok + ".to(tl.float32)", "cnt");
      }
    }
    if (isMaxPool)
      return done(acc);
    // Divisor as torch: the window clipped to the padded input, or (without
    // count_include_pad) the number of positions inside the input.
    if (getBool(op, "count_include_pad", true)) {
      std::string divisor = "1.0";
      for (int64_t d = 0; d < k; ++d) {
        std::string size = fe.dims[src][lead + d];
        std::string start = "((" + idx[lead + d] + ") * " + std::to_string(stride[d]) +
                            " - " + std::to_string(pad[d]) + ")";
        std::string end = "tl.minimum(" + start + " + " + std::to_string(kernel[d]) +
                          ", " + size + " + " + std::to_string(pad[d]) + ")";
        divisor = def("(" + divisor + ") * (" + end + " - " + start + ").to(tl.float32)", "div");
      }
      return done(def(acc + " / " + divisor));
    }
    return done(def(acc + " / " + count));
  }

  // Elementwise ops (anything else is not supported by this back end).
  if (!isElementwise(name))
    return op->emitError("the Triton back end does not support '")
           << name << "' yet";
  SmallVector<std::string, 3> xs;
  for (unsigned i = 0; i < op->getNumOperands(); ++i) {
    FailureOr<std::string> x = operand(i);
    if (failed(x))
      return failure();
    xs.push_back(*x);
  }
  Type opElt = op->getNumOperands()
                   ? tensorType(op->getOperand(0)).getElementType()
                   : elt;
  bool fl = isFloat(opElt);
  auto bin = [&](StringRef sym) { return "(" + xs[0] + " " + sym.str() + " " + xs[1] + ")"; };
  std::string e;
  if (name == "py.add")
    e = bin("+");
  else if (name == "py.sub")
    e = bin("-");
  else if (name == "py.mul")
    e = bin("*");
  else if (name == "py.div")
    e = bin("/");
  else if (name == "py.floor_div" || name == "py.remainder") {
    if (fl) {
      std::string q = def("tl.floor(" + xs[0] + " / " + xs[1] + ")");
      e = name == "py.floor_div" ? q : "(" + xs[0] + " - " + xs[1] + " * " + q + ")";
    } else {
      // Python floor semantics, independent of the backend's `//` on
      // negative operands.
      std::string a = xs[0], b = xs[1];
      std::string q0 = def("tl.abs(" + a + ") // tl.abs(" + b + ")");
      std::string neg = def("((" + a + " < 0) != (" + b + " < 0))");
      std::string tq = def("tl.where(" + neg + ", -" + q0 + ", " + q0 + ")");
      std::string fq = def("tl.where(" + neg + " & (" + q0 + " * tl.abs(" + b +
                           ") != tl.abs(" + a + ")), " + tq + " - 1, " + tq + ")");
      e = name == "py.floor_div" ? fq : "(" + a + " - " + b + " * " + fq + ")";
    }
  } else if (name == "py.pow") {
    // Constant exponents become multiplications or roots (exact, and no
    // log/exp round trip); others go through _pow.
    std::optional<double> c;
    Operation *eop = op->getOperand(1).getDefiningOp();
    auto attr = eop && eop->getName().getStringRef() == "py.constant"
                    ? dyn_cast<DenseElementsAttr>(eop->getAttr("value"))
                    : DenseElementsAttr();
    if (attr && attr.isSplat()) {
      if (isa<FloatType>(attr.getElementType()))
        c = (*attr.getValues<APFloat>().begin()).convertToDouble();
      else if (attr.getElementType().isInteger(64))
        c = (double)(*attr.getValues<APInt>().begin()).getSExtValue();
    }
    if (c && *c == std::floor(*c) && std::fabs(*c) <= 8 && *c != 0) {
      std::string prod = xs[0];
      for (int i = 1; i < (int)std::fabs(*c); ++i)
        prod += " * " + xs[0];
      e = *c > 0 ? "(" + prod + ")" : "(1.0 / (" + prod + "))";
    } else if (c && *c == 0) {
      e = "(" + xs[0] + " * 0 + 1)";
    } else if (c && *c == 0.5) {
      e = "tl.sqrt(" + xs[0] + ")";
    } else if (c && *c == -0.5) {
      e = "tl.rsqrt(" + xs[0] + ")";
    } else if (c && fl) {
      e = "tl.where(" + xs[0] + " < 0, float(\"nan\"), tl.exp2(" + floatLiteral(*c) +
          " * tl.log2(" + xs[0] + ")))";
    } else {
      needsPow = true;
      e = "_pow(" + xs[0] + ", " + xs[1] + ")";
    }
  } else if (name == "py.maximum")
    e = fl ? "tl.maximum(" + xs[0] + ", " + xs[1] + ", propagate_nan=tl.PropagateNan.ALL)"
           : "tl.maximum(" + xs[0] + ", " + xs[1] + ")";
  else if (name == "py.minimum")
    e = fl ? "tl.minimum(" + xs[0] + ", " + xs[1] + ", propagate_nan=tl.PropagateNan.ALL)"
           : "tl.minimum(" + xs[0] + ", " + xs[1] + ")";
  else if (name == "py.bitwise_and" || name == "py.logical_and")
    e = name == "py.logical_and" ? "((" + xs[0] + " != 0) & (" + xs[1] + " != 0))" : bin("&");
  else if (name == "py.bitwise_or" || name == "py.logical_or")
    e = name == "py.logical_or" ? "((" + xs[0] + " != 0) | (" + xs[1] + " != 0))" : bin("|");
  else if (name == "py.bitwise_xor" || name == "py.logical_xor")
    e = name == "py.logical_xor" ? "((" + xs[0] + " != 0) ^ (" + xs[1] + " != 0))" : bin("^");
  else if (name == "py.eq")
    e = bin("==");
  else if (name == "py.ne")
    e = bin("!=");
  else if (name == "py.lt")
    e = bin("<");
  else if (name == "py.le")
    e = bin("<=");
  else if (name == "py.gt")
    e = bin(">");
  else if (name == "py.ge")
    e = bin(">=");
  else if (name == "py.where")
    e = "tl.where(" + xs[0] + ", " + xs[1] + ", " + xs[2] + ")";
  else if (name == "py.neg")
    e = "(-" + xs[0] + ")";
  else if (name == "py.abs")
    e = "tl.abs(" + xs[0] + ")";
  else if (name == "py.exp")
    e = "tl.exp(" + xs[0] + ")";
  else if (name == "py.exp2")
    e = "tl.exp2(" + xs[0] + ")";
  else if (name == "py.expm1") {
    std::string u = def("tl.exp(" + xs[0] + ")");
    e = "tl.where(" + u + " == 1.0, " + xs[0] + ", tl.where(" + u + " - 1.0 == -1.0, -1.0, (" +
        u + " - 1.0) * " + xs[0] + " / tl.log(" + u + ")))";
  } else if (name == "py.log")
    e = "tl.log(" + xs[0] + ")";
  else if (name == "py.log2")
    e = "tl.log2(" + xs[0] + ")";
  else if (name == "py.log10")
    e = "(tl.log(" + xs[0] + ") * 0.43429448190325176)";
  else if (name == "py.log1p") {
    std::string u = def("1.0 + " + xs[0]);
    // log(u) * x / (u - 1) is exact to an ulp for small x; at x = +inf it
    // would be inf / inf, so large x takes log(u) itself.
    e = "tl.where(" + u + " == 1.0, " + xs[0] + ", tl.where(" + xs[0] +
        " > 1e30, tl.log(" + u + "), tl.log(" + u + ") * " + xs[0] + " / (" +
        u + " - 1.0)))";
  } else if (name == "py.sqrt")
    e = "tl.sqrt(" + xs[0] + ")";
  else if (name == "py.rsqrt")
    e = "tl.rsqrt(" + xs[0] + ")";
  else if (name == "py.sin")
    e = "tl.sin(" + xs[0] + ")";
  else if (name == "py.cos")
    e = "tl.cos(" + xs[0] + ")";
  else if (name == "py.tan")
    e = "(tl.sin(" + xs[0] + ") / tl.cos(" + xs[0] + "))";
  else if (name == "py.tanh") {
    needsTanh = true;
    e = "_tanh(" + xs[0] + ")";
  } else if (name == "py.sigmoid")
    e = "tl.sigmoid(" + xs[0] + ")";
  else if (name == "py.erf")
    e = "tl.erf(" + xs[0] + ")";
  else if (name == "py.floor")
    e = fl ? "tl.floor(" + xs[0] + ")" : xs[0];
  else if (name == "py.ceil")
    e = fl ? "tl.ceil(" + xs[0] + ")" : xs[0];
  else if (name == "py.trunc")
    e = fl ? "tl.where(" + xs[0] + " < 0, tl.ceil(" + xs[0] + "), tl.floor(" + xs[0] + "))" : xs[0];
  else if (name == "py.round") {
    if (!fl) {
      e = xs[0];
    } else {
      // Round half to even, as torch.round.
      std::string r = def("tl.floor(" + xs[0] + " + 0.5)");
      e = "tl.where((" + r + " - " + xs[0] + " == 0.5) & (" + r + " - 2.0 * tl.floor(" + r +
          " * 0.5) != 0.0), " + r + " - 1.0, " + r + ")";
    }
  } else if (name == "py.sign")
    e = "tl.where(" + xs[0] + " > 0, 1, tl.where(" + xs[0] + " < 0, -1, 0)).to(" +
        tlType(ct) + ")";
  else if (name == "py.reciprocal")
    e = "(1.0 / " + xs[0] + ")";
  else if (name == "py.square")
    e = "(" + xs[0] + " * " + xs[0] + ")";
  else if (name == "py.relu")
    e = fl ? "tl.where(" + xs[0] + " > 0, " + xs[0] + ", 0.0)" : "tl.maximum(" + xs[0] + ", 0)";
  else if (name == "py.logical_not")
    e = "(" + xs[0] + " == 0)";
  else if (name == "py.bitwise_not")
    e = elt.isInteger(1) ? "(" + xs[0] + " == 0)" : "(~" + xs[0] + ")";
  else
    return op->emitError("the Triton back end does not support '")
           << name << "' yet";
  std::string r = def(e);
  // Integer results that torch computes in a wider type stay as computed;
  // comparisons are booleans.
  return done(r);
}

/// The memo key of reduction result `v` at `idx` (see evalInlineReduction).
static std::string reductionKey(Value v, ArrayRef<std::string> idx) {
  return "red@" + std::to_string((uintptr_t)v.getAsOpaquePointer()) + "@" +
         llvm::join(idx, ",");
}

/// The index of `operand` when its user is evaluated at `idx`: operands
/// broadcast from the right, size-1 dims read index 0.
static Dims broadcastIdx(Value operand, ArrayRef<std::string> idx) {
  RankedTensorType ot = tensorType(operand);
  int64_t off = (int64_t)idx.size() - ot.getRank();
  Dims r;
  for (int64_t k = 0; k < ot.getRank(); ++k) {
    bool one = !ot.isDynamicDim(k) && ot.getDimSize(k) == 1;
    r.push_back(one ? "0" : idx[k + off]);
  }
  return r;
}

/// Matches `sumOp` as the sum of online softmax statistics.
static std::optional<SoftmaxStats> matchSoftmaxSum(Operation *sumOp) {
  if (sumOp->getName().getStringRef() != "py.sum")
    return std::nullopt;
  Operation *exp = sumOp->getOperand(0).getDefiningOp();
  if (!exp || exp->getName().getStringRef() != "py.exp")
    return std::nullopt;
  Operation *sub = exp->getOperand(0).getDefiningOp();
  if (!sub || sub->getName().getStringRef() != "py.sub")
    return std::nullopt;
  Value t = sub->getOperand(0), shift = sub->getOperand(1);
  if (!isFloat(tensorType(t).getElementType()) ||
      tensorType(t) != tensorType(sub->getResult(0)))
    return std::nullopt;
  // The shift: elementwise ops and splat constants over one amax of `t`.
  Operation *maxOp = nullptr;
  SmallVector<Value> work = {shift};
  llvm::SmallPtrSet<Operation *, 8> seen;
  while (!work.empty()) {
    Operation *d = work.pop_back_val().getDefiningOp();
    if (!d)
      return std::nullopt;
    if (!seen.insert(d).second)
      continue;
    StringRef n = d->getName().getStringRef();
    if (n == "py.amax") {
      if (maxOp && maxOp != d)
        return std::nullopt;
      maxOp = d;
      continue;
    }
    if (n == "py.constant") {
      if (!cast<DenseElementsAttr>(d->getAttr("value")).isSplat())
        return std::nullopt;
      continue;
    }
    if (!isElementwise(n))
      return std::nullopt;
    for (Value operand : d->getOperands())
      work.push_back(operand);
  }
  if (!maxOp || maxOp->getOperand(0) != t || !getBool(maxOp, "keepdim", false) ||
      reducedDims(maxOp) != reducedDims(sumOp) ||
      tensorType(shift).getShape() !=
          tensorType(maxOp->getResult(0)).getShape())
    return std::nullopt;
  return SoftmaxStats{maxOp, sumOp, t, shift};
}

/// Whether `v` is the constant 0, 1, ..., classes-1 along dim `d` of a
/// rank-`rank` broadcast (size 1 elsewhere).
static bool isClassRange(Value v, int64_t rank, int64_t d, int64_t classes) {
  Operation *op = v.getDefiningOp();
  if (!op || op->getName().getStringRef() != "py.constant")
    return false;
  RankedTensorType t = tensorType(v);
  int64_t off = rank - t.getRank();
  if (off < 0 || d < off || !t.hasStaticShape())
    return false;
  for (int64_t k = 0; k < t.getRank(); ++k)
    if (t.getDimSize(k) != (k + off == d ? classes : 1))
      return false;
  Type elt = t.getElementType();
  if (!elt.isInteger() || elt.isInteger(1))
    return false;
  int64_t i = 0;
  for (APInt x : cast<DenseElementsAttr>(op->getAttr("value")).getValues<APInt>())
    if (x.getSExtValue() != i++)
      return false;
  return true;
}

/// Matches `sumOp` as a one-hot sum (see OneHotSum).
static std::optional<OneHotSum> matchOneHotSum(Operation *sumOp) {
  if (sumOp->getName().getStringRef() != "py.sum")
    return std::nullopt;
  SmallVector<int64_t> red = reducedDims(sumOp);
  Value src = sumOp->getOperand(0);
  RankedTensorType st = tensorType(src);
  int64_t rank = st.getRank();
  if (red.size() != 1 || st.isDynamicDim(red[0]))
    return std::nullopt;
  int64_t d = red[0], classes = st.getDimSize(d);
  Operation *where = src.getDefiningOp();
  if (!where || where->getName().getStringRef() != "py.where")
    return std::nullopt;
  Operation *zero = where->getOperand(2).getDefiningOp();
  if (!zero || zero->getName().getStringRef() != "py.constant")
    return std::nullopt;
  auto zeroAttr = cast<DenseElementsAttr>(zero->getAttr("value"));
  if (!zeroAttr.isSplat() ||
      (isa<FloatType>(zeroAttr.getElementType())
           ? !zeroAttr.getSplatValue<APFloat>().isZero()
           : !zeroAttr.getSplatValue<APInt>().isZero()))
    return std::nullopt;
  Operation *eq = where->getOperand(0).getDefiningOp();
  if (!eq || eq->getName().getStringRef() != "py.eq" ||
      tensorType(eq->getResult(0)).getRank() != rank ||
      tensorType(where->getOperand(1)).getRank() > rank)
    return std::nullopt;
  for (unsigned i = 0; i < 2; ++i) {
    Value range = eq->getOperand(i), index = eq->getOperand(1 - i);
    RankedTensorType it = tensorType(index);
    int64_t off = rank - it.getRank();
    Type elt = it.getElementType();
    if (!isClassRange(range, rank, d, classes) || off < 0 || !elt.isInteger() ||
        elt.isInteger(1))
      continue;
    // The index must not vary along the summed dim.
    if (d >= off && (it.isDynamicDim(d - off) || it.getDimSize(d - off) != 1))
      continue;
    return OneHotSum{index, where->getOperand(1), classes};
  }
  return std::nullopt;
}

/// The reduction of tile `acc` along axis 1 as a [BLOCK_M, 1] expression:
/// the sum (also a mean's partial sum), the product, or the NaN-propagating
/// extremum (tl.max/tl.min may drop NaN lanes; torch propagates NaN).
static std::string reduceRows(FunctionEmitter &fe, StringRef name,
                              const std::string &acc, bool fl) {
  if (name == "py.sum" || name == "py.mean")
    return "tl.sum(" + acc + ", axis=1)[:, None]";
  if (name == "py.prod") {
    fe.helpers.insert("mul_combine");
    return "tl.reduce(" + acc + ", 1, _mul_combine)[:, None]";
  }
  std::string r = std::string(name == "py.amax" ? "tl.max(" : "tl.min(") +
                  acc + ", axis=1)[:, None]";
  if (fl)
    r = "tl.where(tl.max((" + acc + " != " + acc +
        ").to(tl.int32), axis=1)[:, None] > 0, float(\"nan\"), " + r + ")";
  return r;
}

/// Accumulator `acc` combined with lane values `x` for reduction `name`.
static std::string accumulate(StringRef name, const std::string &acc,
                              const std::string &x, bool fl) {
  if (name == "py.sum" || name == "py.mean")
    return acc + " + " + x;
  if (name == "py.prod")
    return acc + " * " + x;
  return std::string(name == "py.amax" ? "tl.maximum(" : "tl.minimum(") + acc +
         ", " + x + (fl ? ", propagate_nan=tl.PropagateNan.ALL)" : ")");
}

Dims KernelWriter::rowResultIdx(Operation *op) const {
  bool keep = getBool(op, "keepdim", false);
  Dims r;
  for (int64_t k = 0; k < (int64_t)iterDims.size(); ++k) {
    if (llvm::is_contained(colDims, k)) {
      if (keep)
        r.push_back("0");
      continue;
    }
    r.push_back(rowIdx[k]);
  }
  return r;
}

std::optional<SoftmaxStats> KernelWriter::matchSoftmaxStats(Operation *op) {
  StringRef name = op->getName().getStringRef();
  if (name == "py.sum") {
    std::optional<SoftmaxStats> s = matchSoftmaxSum(op);
    if (s && region.contains(s->max))
      return s;
  } else if (name == "py.amax") {
    for (Operation *other : region)
      if (std::optional<SoftmaxStats> s = matchSoftmaxSum(other))
        if (s->max == op)
          return s;
  }
  return std::nullopt;
}

LogicalResult KernelWriter::emitSoftmaxStats(const SoftmaxStats &stats) {
  Type ct = computeType(tensorType(stats.t).getElementType());
  std::string ty = tlType(ct);
  Value maxV = stats.max->getResult(0);
  Dims maxIdx = rowResultIdx(stats.max);
  // g(m) for a tile `m` of maxima: the shift evaluated with the row max bound
  // to `m` (memo entries made on the way are dropped again).
  auto shiftOf = [&](const std::string &m) -> FailureOr<std::string> {
    std::map<std::string, std::string> saved = memo;
    memo[reductionKey(maxV, maxIdx)] = m;
    FailureOr<std::string> g = eval(stats.shift, maxIdx);
    memo = std::move(saved);
    return g;
  };
  std::vector<std::string> buffer, *savedCur = cur;
  std::string savedMask = mask;
  int savedIndent = indent;
  auto restore = llvm::make_scope_exit([&] {
    cur = savedCur;
    mask = savedMask;
    indent = savedIndent;
  });
  cur = &buffer;
  indent = 1;
  onlineSoftmax = true;
  // One exp per element: the running max `accm` is row-wide (one value per
  // row, grown by the chunk's NaN-propagating max, _max_rows), the sums
  // `accs` are per lane, of exp(t - g(accm)), all rescaled by the one factor
  // exp(g(old) - g(new)) when the max grows (by exactly 1 when the shifts are
  // equal, so rows that are -inf so far never make inf - inf). Masked lanes
  // read -inf and add 0. After the loop, the lanes share the row's shift:
  // their sums add up as they are.
  std::string tag = std::to_string(loopCounter++);
  std::string accM = "accm" + tag, accS = "accs" + tag;
  line(accM + " = tl.full([BLOCK_M, 1], -float(\"inf\"), " + ty + ")");
  line(accS + " = tl.full([BLOCK_M, BLOCK_N], 0.0, " + ty + ")");
  Dims full = openRowLoop(tag);
  FailureOr<std::string> x = eval(stats.t, full);
  if (failed(x))
    return failure();
  std::string v = def("tl.where(" + mask + ", " + *x + ", -float(\"inf\")).to(" + ty + ")", "v");
  fe.helpers.insert("max_rows");
  std::string grown = def("tl.maximum(" + accM + ", _max_rows(" + v +
                          "), propagate_nan=tl.PropagateNan.ALL)", "m");
  FailureOr<std::string> gOld = shiftOf(accM);
  if (failed(gOld))
    return failure();
  FailureOr<std::string> gNew = shiftOf(grown);
  if (failed(gNew))
    return failure();
  std::string alpha = def("tl.where(" + *gOld + " == " + *gNew + ", 1.0, tl.exp(" +
                          *gOld + " - " + *gNew + "))", "a");
  std::string term = def("tl.where(" + v + " == -float(\"inf\"), 0.0, tl.exp(" + v +
                         " - " + *gNew + "))", "e");
  line(accS + " = " + accS + " * " + alpha + " + " + term);
  line(accM + " = " + grown);
  indent = 1;
  std::string rowMax = def(accM, "red");
  std::string rowSum = def(reduceRows(fe, "py.sum", accS, true), "red");
  preamble.insert(preamble.end(), buffer.begin(), buffer.end());
  memo[reductionKey(maxV, maxIdx)] = rowMax;
  memo[reductionKey(stats.sum->getResult(0), rowResultIdx(stats.sum))] = rowSum;
  return success();
}

FailureOr<std::string> KernelWriter::emitOneHotSum(Operation *op,
                                                   const OneHotSum &sum) {
  int64_t d = reducedDims(op)[0];
  Type ct = computeType(tensorType(op->getOperand(0)).getElementType());
  std::string accTy = isFloat(ct) ? tlType(ct) : "tl.int64";
  std::vector<std::string> buffer, *savedCur = cur;
  std::string savedMask = mask;
  int savedIndent = indent;
  auto restore = llvm::make_scope_exit([&] {
    cur = savedCur;
    mask = savedMask;
    indent = savedIndent;
  });
  cur = &buffer;
  indent = 1;
  // The buffer goes to the preamble, before the lines emitted so far: values
  // memoised there (e.g. the target read by an ignore_index test) are not
  // defined yet, so it starts from an empty memo (and keeps its own).
  std::map<std::string, std::string> savedMemo;
  std::swap(memo, savedMemo);
  auto restoreMemo = llvm::make_scope_exit([&] { std::swap(memo, savedMemo); });
  // The index per row, then `val` at it: one element per row, no loop.
  Dims rows = rowIdx;
  rows[d] = "0";
  mask = "rmask";
  FailureOr<std::string> index = eval(sum.index, broadcastIdx(sum.index, rows));
  if (failed(index))
    return failure();
  std::string ok = def("rmask & (" + *index + " >= 0) & (" + *index + " < " +
                       std::to_string(sum.classes) + ")", "ok");
  rows[d] = def("tl.where(" + ok + ", " + *index + ", 0)", "g");
  mask = ok;
  FailureOr<std::string> val = eval(sum.val, broadcastIdx(sum.val, rows));
  if (failed(val))
    return failure();
  std::string r = def("tl.where(" + ok + ", " + *val + ", 0).to(" + accTy + ")", "red");
  preamble.insert(preamble.end(), buffer.begin(), buffer.end());
  return r;
}

Dims KernelWriter::openRowLoop(const std::string &suffix) {
  line("for n" + suffix + " in range(0, " + useDim(colExtent) + ", BLOCK_N):");
  indent += 1;
  std::string colsVar = "cols" + suffix, maskVar = "mask" + suffix;
  line(colsVar + " = n" + suffix + " + tl.arange(0, BLOCK_N)[None, :]");
  setAxes(colsVar, 2);
  line(maskVar + " = rmask & (" + colsVar + " < " + colExtent + ")");
  mask = maskVar;
  Dims colSizes;
  for (int64_t c : colDims)
    colSizes.push_back(iterDims[c]);
  Dims colIdx = delinearize(colsVar, colSizes, "c" + suffix + "_");
  Dims full = rowIdx;
  for (size_t i = 0; i < colDims.size(); ++i)
    full[colDims[i]] = colIdx[i];
  return full;
}

FailureOr<std::string>
KernelWriter::evalInlineReduction(Operation *op, ArrayRef<std::string> idx) {
  Value v = op->getResult(0);
  std::string key = reductionKey(v, idx);
  auto it = memo.find(key);
  if (it != memo.end())
    return it->second;
  auto refuse = [&]() -> FailureOr<std::string> {
    materializeRequest = v;
    return failure();
  };
  StringRef name = op->getName().getStringRef();
  Value src = op->getOperand(0);
  RankedTensorType st = tensorType(src);
  int64_t rank = st.getRank();
  if (!rowKernel || rank != (int64_t)iterDims.size())
    return refuse();
  for (int64_t k = 0; k < rank; ++k)
    if (fe.dims[src][k] != iterDims[k])
      return refuse();
  SmallVector<int64_t> red;
  for (int64_t d : getDims(op, "dims"))
    red.push_back(normDim(d, rank));
  if (red.empty())
    for (int64_t d = 0; d < rank; ++d)
      red.push_back(d);
  llvm::sort(red);
  SmallVector<int64_t> cols(colDims.begin(), colDims.end());
  llvm::sort(cols);
  if (red != cols)
    return refuse();
  // The requested index must address the kernel's own rows.
  bool keep = getBool(op, "keepdim", false);
  size_t j = 0;
  for (int64_t k = 0; k < rank; ++k) {
    bool isCol = llvm::is_contained(cols, k);
    if (isCol) {
      if (keep && idx[j++] != "0")
        return refuse();
      continue;
    }
    if (idx[j++] != fullIdx[k])
      return refuse();
  }
  Type ct = computeType(st.getElementType());
  bool fl = isFloat(ct);
  if (looped) {
    if (name == "py.argmax" || name == "py.argmin")
      return refuse();
    // The row max and a sum of exponentials shifted by it: one loop for both.
    if (std::optional<SoftmaxStats> stats = matchSoftmaxStats(op)) {
      if (failed(emitSoftmaxStats(*stats)))
        return failure();
      auto found = memo.find(key);
      if (found == memo.end())
        return refuse();
      return found->second;
    }
    // A one-hot sum (cross-entropy's target pick) reads one element per row.
    if (std::optional<OneHotSum> pick = matchOneHotSum(op)) {
      FailureOr<std::string> r = emitOneHotSum(op, *pick);
      if (failed(r))
        return failure();
      memo[key] = *r;
      return *r;
    }
    // Its own loop over the row, accumulating in registers, emitted into
    // the preamble; nested reductions complete (and land) before it.
    std::vector<std::string> buffer, *savedCur = cur;
    std::string savedMask = mask;
    int savedIndent = indent;
    cur = &buffer;
    indent = 1;
    std::string tag = std::to_string(loopCounter++);
    std::string accTy = fl ? tlType(ct) : "tl.int64";
    std::string initL = reductionIdentity(name, ct, st.getElementType());
    std::string acc = "acc" + tag;
    line(acc + " = tl.full([BLOCK_M, BLOCK_N], " + initL + ", " + accTy + ")");
    Dims full = openRowLoop(tag);
    FailureOr<std::string> x = eval(src, full);
    if (failed(x)) {
      cur = savedCur;
      mask = savedMask;
      indent = savedIndent;
      return failure();
    }
    std::string xm = def("tl.where(" + mask + ", " + *x + ", " + initL + ").to(" + accTy + ")", "v");
    line(acc + " = " + accumulate(name, acc, xm, fl));
    indent = 1;
    std::string r = reduceRows(fe, name, acc, fl);
    if (name == "py.mean")
      r = "(" + r + " / " + colExtent + ")";
    std::string result = def(r, "red");
    preamble.insert(preamble.end(), buffer.begin(), buffer.end());
    cur = savedCur;
    mask = savedMask;
    indent = savedIndent;
    memo[key] = result;
    return result;
  }
  // The input is read under the full tile mask, whatever the caller's.
  std::string callerMask = mask;
  mask = "mask";
  auto restoreMask = llvm::make_scope_exit([&] { mask = callerMask; });
  FailureOr<std::string> x = eval(src, fullIdx);
  if (failed(x))
    return failure();
  std::string accTy = fl ? tlType(ct) : "tl.int64";
  bool isMax = name == "py.amax" || name == "py.argmax";
  std::string init = reductionIdentity(name, ct, st.getElementType());
  std::string xm = def("tl.where(" + mask + ", " + *x + ", " + init + ").to(" +
                       accTy + ")", "v");
  std::string r;
  if (name == "py.sum")
    r = "tl.sum(" + xm + ", axis=1)[:, None]";
  else if (name == "py.mean")
    r = "(tl.sum(" + xm + ", axis=1)[:, None] / " + useDim(product(
            [&] { Dims d; for (int64_t c : cols) d.push_back(iterDims[c]); return d; }())) + ")";
  else if (name == "py.prod") {
    fe.helpers.insert("mul_combine");
    r = "tl.reduce(" + xm + ", 1, _mul_combine)[:, None]";
  } else if (name == "py.amax" || name == "py.amin") {
    r = std::string(isMax ? "tl.max(" : "tl.min(") + xm + ", axis=1)[:, None]";
    if (fl)
      r = "tl.where(tl.max((" + xm + " != " + xm + ").to(tl.int32), axis=1)[:, None] > 0, "
          "float(\"nan\"), " + r + ")";
  } else {
    r = std::string(isMax ? "tl.argmax(" : "tl.argmin(") + xm +
        ", axis=1, tie_break_left=True)[:, None].to(tl.int64)";
  }
  std::string result = def(r, "red");
  memo[key] = result;
  return result;
}

//===----------------------------------------------------------------------===//
// Kernels
//===----------------------------------------------------------------------===//

void FunctionEmitter::finishKernel(
    KernelWriter &kw, ArrayRef<std::string> extraParams,
    ArrayRef<std::string> extraArgs,
    ArrayRef<std::pair<std::string, int64_t>> constexprs,
    const std::string &grid, const std::string &comment, int numWarps,
    ArrayRef<TuneConfig> tuneIn, int numStages) {
  // The kernel's kind, as the schedule names it.
  StringRef c = comment;
  std::string kind = c.contains("attention")        ? "attention"
                     : c.starts_with("matmul")      ? "matmul"
                     : kw.looped                    ? "looped-row"
                     : c.contains("split stage")    ? "split-reduction"
                     : c.contains(" along dim ")    ? "scan"
                     : c.contains("2-D tiles")      ? "pointwise-2d"
                     : c.starts_with("pointwise")   ? "pointwise"
                     : kw.rowKernel || c.contains("persistent") ? "persistent-row"
                     : c.contains("looped")         ? "looped-row"
                                                    : c.split(' ').first.str();
  // Knob overrides (Schedule.h): warps and stages for every kernel, the
  // chunk of looped row kernels.
  std::vector<TuneConfig> tune(tuneIn.begin(), tuneIn.end());
  std::vector<std::pair<std::string, int64_t>> cexprs(constexprs.begin(),
                                                      constexprs.end());
  std::optional<int64_t> warpKnob = knobInt("num_warps");
  std::optional<int64_t> stageKnob = knobInt("num_stages");
  if (warpKnob)
    numWarps = *warpKnob;
  if (stageKnob)
    numStages = *stageKnob;
  for (TuneConfig &t : tune) {
    if (warpKnob)
      t.warps = *warpKnob;
    if (stageKnob)
      t.stages = *stageKnob;
  }
  if (std::optional<int64_t> rb = knobInt("row_block"); rb && kind == "looped-row")
    for (auto &[n, v] : cexprs)
      if (n == "BLOCK_N") {
        v = *rb;
        if (!warpKnob)
          numWarps = *rb >= 1024 ? 8 : 4;
      }
  constexprs = cexprs;
  // Signature: leaves (pointer + strides), output/extra params, symbolic
  // dims, constexpr block sizes.
  std::vector<std::string> params, args;
  for (Value leaf : kw.leaves) {
    std::string p = kw.leafName[leaf];
    params.push_back(p);
    args.push_back(buffers[leaf]);
    for (int64_t k = 0; k < tensorType(leaf).getRank(); ++k) {
      params.push_back(p + "_s" + std::to_string(k));
      args.push_back(buffers[leaf] + ".stride(" + std::to_string(k) + ")");
    }
  }
  for (const std::string &p : extraParams)
    params.push_back(p);
  for (const std::string &a : extraArgs)
    args.push_back(a);
  for (const std::string &s : kw.symParams) {
    params.push_back(s);
    args.push_back(s);
  }
  std::string launchConst;
  for (auto &[n, v] : constexprs) {
    params.push_back(n + ": tl.constexpr");
    launchConst += ", " + n + "=" + std::to_string(v);
  }
  std::string floatT;
  if (kw.needsFloatT) {
    params.push_back("FLOAT_T: tl.constexpr");
    floatT = ", FLOAT_T=_TL_DTYPES[" + floatDtypeVar + "]";
    helpers.insert("tl_dtypes");
    launchConst += floatT;
  }
  std::string text;
  if (!tune.empty()) {
    // Autotuned: the block sizes come from the chosen config, keyed on the
    // dynamic sizes (static ones are baked into the kernel).
    for (auto &[n, v] : tune.front().values)
      params.push_back(n + ": tl.constexpr");
    text += "@triton.autotune(\n    configs=[\n";
    for (const TuneConfig &c : tune) {
      std::string vals;
      for (auto &[n, v] : c.values)
        vals += (vals.empty() ? "" : ", ") + ("\"" + n + "\": " + std::to_string(v));
      text += "        triton.Config({" + vals + "}, num_warps=" +
              std::to_string(c.warps) + ", num_stages=" +
              std::to_string(c.stages) + "),\n";
    }
    std::string keys;
    for (const std::string &sym : kw.symParams)
      keys += (keys.empty() ? "" : ", ") + ("\"" + sym + "\"");
    text += "    ],\n    key=[" + keys + "],\n)\n";
    launchConst.clear();
    for (auto &[n, v] : constexprs)
      launchConst += ", " + n + "=" + std::to_string(v);
    launchConst += floatT;
  }
  kernelText += fillTemplate("kernel", {{"decorators", text},
                                        {"name", kw.name},
                                        {"params", llvm::join(params, ", ")},
                                        {"comment", comment},
                                        {"body", llvm::join(kw.lines, "\n")}});
  if (kw.needsPow)
    helpers.insert("pow");
  if (kw.needsTanh)
    helpers.insert("tanh");
  body.push_back(kw.name + "[" + grid + "](" + llvm::join(args, ", ") +
                 launchConst +
                 (tune.empty() ? ", num_warps=" + std::to_string(numWarps) : "") +
                 (tune.empty() && numStages
                      ? ", num_stages=" + std::to_string(numStages)
                      : "") +
                 ")");
  KernelRecord rec;
  rec.name = kw.name;
  rec.kind = kind;
  rec.grid = grid;
  rec.constexprs = cexprs;
  rec.warps = numWarps;
  for (const TuneConfig &t : tune) {
    std::string cfg;
    for (auto &[n, v] : t.values)
      cfg += n + "=" + std::to_string(v) + " ";
    rec.tune.push_back(cfg + "num_warps=" + std::to_string(t.warps) +
                       " num_stages=" + std::to_string(t.stages));
  }
  rec.root = currentRoot;
  rec.ops = kw.evaluated;
  records.push_back(std::move(rec));
}

/// Largest reduced extent kept in registers by a persistent row kernel.
constexpr int64_t kPersistentLimit = 32768;

/// The longest row kept in registers for `root`'s kernel: rows of up to
/// 32768 elements when it computes at most two row reductions (softmax,
/// norms); with more live row values (cross-entropy's gather) registers
/// spill, so 16384.
static int64_t persistentLimit(FunctionEmitter &fe, Value root);

/// Blocks of a persistent row kernel for rows of `n` elements: the whole row
/// in one block, about 2048 elements per program, warps by tile size: 8 from
/// 2048 elements on, also for the longest default rows (32768 fp32 elements
/// are 128 data registers a thread over 8 warps; a softmax of such rows ran
/// faster over 8 warps than over 16 on an H200, with a few spilled registers
/// either way); 16 only for tiles beyond the default limit
/// (reduction=persistent), which 8 warps' registers cannot hold.
static std::tuple<int64_t, int64_t, int> persistentBlocks(const std::string &M,
                                                         int64_t n) {
  int64_t blockN = std::max<int64_t>(16, nextPow2(n)), m;
  int64_t blockM = std::max<int64_t>(1, 2048 / blockN);
  if (isStaticDim(M, m))
    blockM = std::min(blockM, std::max<int64_t>(1, nextPow2(m)));
  int64_t tile = blockN * blockM;
  int warps = tile > kPersistentLimit ? 16 : tile >= 2048 ? 8 : 4;
  return {blockM, blockN, warps};
}

/// Whether reducing `colDims` of `iterDims` keeps the innermost dim: the
/// reduction walks outer dims, so kept elements, not reduced ones, are
/// contiguous.
static bool isOuterReduction(ArrayRef<std::string> iterDims,
                             ArrayRef<int64_t> colDims) {
  int64_t last = (int64_t)iterDims.size() - 1;
  if (last < 0)
    return false;
  // Trailing size-1 dims do not count.
  while (last > 0 && iterDims[last] == "1")
    --last;
  return !llvm::is_contained(colDims, last);
}
static bool isOuterReduction(const KernelWriter &kw) {
  return isOuterReduction(kw.iterDims, kw.colDims);
}

/// Tiles of an outer reduction over `M` kept and `N` reduced elements:
/// BLOCK_M kept elements (contiguous, the fast axis of every load: up to 128,
/// 512 bytes of fp32 per tile row) by BLOCK_N reduced ones, about 4096
/// elements per tile accumulated in registers and reduced at the end.
static OuterTiles outerReductionTiles(const std::string &M,
                                      const std::string &N) {
  int64_t m, n;
  int64_t blockM = isStaticDim(M, m) ? std::min<int64_t>(128, nextPow2(m)) : 128;
  int64_t blockN = 4096 / blockM;
  if (isStaticDim(N, n))
    blockN = std::min(blockN, nextPow2(n));
  return {blockM, blockN, blockM * blockN >= 2048 ? 8 : 4};
}

/// Programs that keep an H100/H200 busy (132 SMs, about 8 programs each),
/// and the most programs that share one kept tile of an outer reduction.
constexpr int64_t kTargetPrograms = 1024;
constexpr int64_t kMaxOuterSplits = 256;

/// How an outer reduction of `n` reduced rows over `m` kept elements is split:
/// when its kept tiles alone are too few programs, each tile's rows are
/// shared by up to kTargetPrograms / tiles programs, each reducing at least
/// two tiles. Returns {splits, rows per split}; 1 split = no split.
static std::pair<int64_t, int64_t> outerReductionSplit(int64_t m, int64_t n,
                                                       const OuterTiles &t) {
  auto cdiv = [](int64_t a, int64_t b) { return (a + b - 1) / b; };
  int64_t tiles = cdiv(m, t.blockM);
  int64_t splits = std::min({cdiv(kTargetPrograms, tiles),
                             n / (2 * t.blockN), kMaxOuterSplits});
  if (splits < 2)
    return {1, n};
  int64_t chunk = cdiv(cdiv(n, splits), t.blockN) * t.blockN;
  return {cdiv(n, chunk), chunk};
}

void FunctionEmitter::collectRegion(Value root,
                                    llvm::SetVector<Operation *> &ops) {
  SmallVector<Value> work = {root};
  while (!work.empty()) {
    Value v = work.pop_back_val();
    Operation *op = v.getDefiningOp();
    if (!op || (v != root && (buffers.count(v) || materialized.count(v))))
      continue;
    if (!ops.insert(op))
      continue;
    for (Value operand : op->getOperands())
      work.push_back(operand);
  }
}

std::optional<SmallVector<int64_t>> FunctionEmitter::findRowReduction(Value v) {
  llvm::SetVector<Operation *> region;
  collectRegion(v, region);
  const Dims &vd = dims[v];
  for (Operation *op : region) {
    if (!isReduction(op->getName().getStringRef()) || op->getResult(0) == v)
      continue;
    Value src = op->getOperand(0);
    const Dims &sd = dims[src];
    if (sd.size() != vd.size() || !llvm::equal(sd, vd))
      continue;
    SmallVector<int64_t> red;
    int64_t rank = sd.size();
    for (int64_t d : getDims(op, "dims"))
      red.push_back(normDim(d, rank));
    if (red.empty())
      for (int64_t d = 0; d < rank; ++d)
        red.push_back(d);
    return red;
  }
  return std::nullopt;
}

static int64_t persistentLimit(FunctionEmitter &fe, Value root) {
  // Knob: reduction=looped never keeps a row in registers; persistent keeps
  // rows of up to twice the default limit.
  StringRef mode = fe.knobStr("reduction");
  if (mode == "looped")
    return 0;
  if (mode == "persistent")
    return 2 * kPersistentLimit;
  llvm::SetVector<Operation *> region;
  fe.collectRegion(root, region);
  int64_t reductions = llvm::count_if(region, [](Operation *op) {
    return isReduction(op->getName().getStringRef());
  });
  return reductions > 2 ? kPersistentLimit / 2 : kPersistentLimit;
}

LogicalResult FunctionEmitter::emitLoopedRow(KernelWriter &kw, Value v,
                                             const std::string &out,
                                             ArrayRef<std::string> rowDims,
                                             ArrayRef<int64_t> rowPos,
                                             const std::string &M,
                                             const std::string &N,
                                             Value reduced) {
  kw.looped = true;
  kw.colExtent = N;
  collectRegion(reduced ? reduced : v, kw.region);
  int64_t rank = kw.iterDims.size();
  kw.line("pid = tl.program_id(0)");
  kw.line("rows = pid.to(tl.int64) * BLOCK_M + tl.arange(0, BLOCK_M)[:, None]");
  kw.line("rmask = rows < " + kw.useDim(M));
  Dims rowIdx = kw.delinearize("rows", rowDims, "k");
  kw.rowIdx.assign(rank, "");
  for (size_t i = 0; i < rowPos.size(); ++i)
    kw.rowIdx[rowPos[i]] = rowIdx[i];
  std::vector<std::string> header = std::move(kw.lines);
  kw.lines.clear();
  std::string comment;
  if (reduced) {
    // One value per row: the reduction (with its epilogue).
    // Reduced dims are indexed 0 when the stored value keeps them (a keepdim
    // reduction, or an epilogue of its shape), else left out.
    Dims resultIdx;
    Operation *redOp = v.getDefiningOp();
    bool keep = tensorType(reduced).getRank() == rank;
    for (int64_t k = 0; k < rank; ++k) {
      bool isCol = llvm::is_contained(kw.colDims, k);
      if (isCol) {
        if (keep)
          resultIdx.push_back("0");
        continue;
      }
      resultIdx.push_back(kw.rowIdx[k]);
    }
    kw.fullIdx = kw.rowIdx;
    kw.mask = "rmask";
    FailureOr<std::string> r = reduced == v ? kw.evalInlineReduction(redOp, resultIdx)
                                            : kw.eval(reduced, resultIdx);
    if (failed(r)) {
      materializeRequest = kw.materializeRequest == v ? Value() : kw.materializeRequest;
      return failure();
    }
    kw.line("tl.store(out + rows, _round(" + *r + " + tl.zeros([BLOCK_M, 1], " +
            tlType(computeType(tensorType(reduced).getElementType())) +
            "), out.dtype.element_ty), mask=rmask)");
    comment = v.getDefiningOp()->getName().getStringRef().drop_front(3).str() +
              " over rows of " + N + " elements, looped over BLOCK_N chunks" +
              (isOuterReduction(kw) ? " (outer dims: BLOCK_M contiguous "
                                      "outputs per program)"
                                    : "") +
              (reduced != v ? ", pointwise epilogue fused" : "");
  } else {
    // The output loop: reductions it reads were computed by the loops before.
    Dims full = kw.openRowLoop("");
    kw.fullIdx = full;
    FailureOr<std::string> val = kw.eval(v, full);
    if (failed(val)) {
      materializeRequest = kw.materializeRequest;
      return failure();
    }
    std::string off = kw.linearize(full, dims[v]);
    kw.line("tl.store(out + " + off + (kw.axesOf(off) == 3 ? "" : " + rows * 0 + cols * 0") + ", _round(" + *val +
            " + tl.zeros([BLOCK_M, BLOCK_N], " +
            tlType(computeType(tensorType(v).getElementType())) +
            "), out.dtype.element_ty), mask=mask)");
    comment = "row kernel over rows of " + N + " elements: one loop per row "
              "reduction, then the output loop";
  }
  std::vector<std::string> outputLines = std::move(kw.lines);
  kw.lines = std::move(header);
  kw.lines.insert(kw.lines.end(), kw.preamble.begin(), kw.preamble.end());
  kw.lines.insert(kw.lines.end(), outputLines.begin(), outputLines.end());
  int64_t m, n;
  // Tiles of 2048 elements over 8 warps; a one-loop online softmax
  // (logsumexp, cross-entropy: one exp per element) runs best on tiles of
  // 1024 over 4 warps (H200 schedule search).
  int64_t tile = reduced && kw.onlineSoftmax ? 1024 : 2048;
  int64_t blockN = isStaticDim(N, n) ? std::min<int64_t>(tile, std::max<int64_t>(16, nextPow2(n))) : tile;
  int64_t blockM = std::max<int64_t>(1, tile / blockN);
  int warps = tile == 2048 && blockN >= 1024 ? 8 : 4;
  if (isOuterReduction(kw)) {
    // The innermost dim is kept: a program takes BLOCK_M neighbouring
    // outputs (contiguous in memory, so Triton's coalescing makes them the
    // fast axis) and walks the reduced rows BLOCK_N at a time.
    OuterTiles tiles = outerReductionTiles(M, N);
    blockM = tiles.blockM;
    blockN = tiles.blockN;
    warps = tiles.warps;
  }
  if (isStaticDim(M, m))
    blockM = std::min(blockM, std::max<int64_t>(1, nextPow2(m)));
  finishKernel(kw, {"out"}, {out}, {{"BLOCK_M", blockM}, {"BLOCK_N", blockN}},
               "(triton.cdiv(" + M + ", " + std::to_string(blockM) + "),)",
               comment, warps);
  return success();
}

/// Rows (kept elements) at most this many, reduced extent at least this
/// long: split the reduction across programs.
constexpr int64_t kSplitMaxRows = 64;
constexpr int64_t kSplitMinExtent = 1 << 17;

bool FunctionEmitter::isSplitReduction(Operation *op) {
  StringRef name = op->getName().getStringRef();
  if (name != "py.sum" && name != "py.amax" && name != "py.amin" &&
      name != "py.prod")
    return false;
  Value src = op->getOperand(0);
  // Outer reductions split along their own path (emitOuterSplitReduction).
  if (isOuterReduction(dims[src], reducedDims(op)))
    return false;
  int64_t total = 1, rows = 1, x;
  for (const std::string &d : dims[src]) {
    if (!isStaticDim(d, x))
      return false;
    total *= x;
  }
  for (const std::string &d : dims[op->getResult(0)]) {
    isStaticDim(d, x);
    rows *= x;
  }
  return rows <= kSplitMaxRows && total / std::max<int64_t>(rows, 1) >= kSplitMinExtent;
}

LogicalResult FunctionEmitter::emitSplitReduction(Value v,
                                                  const std::string &out) {
  Operation *op = v.getDefiningOp();
  StringRef name = op->getName().getStringRef();
  Value src = op->getOperand(0);
  int64_t rank = tensorType(src).getRank();
  llvm::SmallDenseSet<int64_t> red;
  for (int64_t d : getDims(op, "dims"))
    red.insert(normDim(d, rank));
  if (red.empty())
    for (int64_t d = 0; d < rank; ++d)
      red.insert(d);
  Dims keptDims, redDims;
  SmallVector<int64_t> keptPos, redPos;
  for (int64_t d = 0; d < rank; ++d) {
    (red.count(d) ? redDims : keptDims).push_back(dims[src][d]);
    (red.count(d) ? redPos : keptPos).push_back(d);
  }
  int64_t M, N;
  isStaticDim(product(keptDims), M);
  isStaticDim(product(redDims), N);
  const int64_t blockN = 2048;
  int64_t splits = std::min<int64_t>(1024, (N + 16383) / 16384);
  int64_t chunk = ((N + splits - 1) / splits + blockN - 1) / blockN * blockN;
  splits = (N + chunk - 1) / chunk;
  bool isMax = name == "py.amax";
  Type ct = computeType(tensorType(src).getElementType());
  bool fl = isFloat(ct);
  std::string init = reductionIdentity(name, ct, tensorType(src).getElementType());
  std::string accTy = fl ? "tl.float32" : "tl.int64";
  auto combine = [&](const std::string &a, const std::string &b) {
    if (name == "py.sum")
      return a + " + " + b;
    if (name == "py.prod")
      return a + " * " + b;
    return std::string(isMax ? "tl.maximum(" : "tl.minimum(") + a + ", " + b +
           (fl ? ", propagate_nan=tl.PropagateNan.ALL)" : ")");
  };
  auto finish = [&](const std::string &acc) {
    if (name == "py.sum")
      return "tl.sum(" + acc + ", axis=1)";
    if (name == "py.prod") {
      helpers.insert("mul_combine");
      return "tl.reduce(" + acc + ", 1, _mul_combine)";
    }
    return std::string(isMax ? "tl.max(" : "tl.min(") + acc + ", axis=1)";
  };

  // Stage 1: program (row, split) reduces one chunk of the row.
  KernelWriter kw(*this, "_" + func.getSymName().str() + "_k" +
                             std::to_string(kernelCounter++));
  kw.line("rows = tl.program_id(0).to(tl.int64) + tl.arange(0, 1)[:, None]");
  kw.line("split = tl.program_id(1)");
  kw.line("rmask = rows < " + std::to_string(M));
  Dims keptIdx = kw.delinearize("rows", keptDims, "k");
  kw.line("acc = tl.full([1, BLOCK_N], " + init + ", " + accTy + ")");
  kw.line("for n0 in range(split * CHUNK, split * CHUNK + CHUNK, BLOCK_N):");
  kw.indent = 2;
  kw.line("cols = n0 + tl.arange(0, BLOCK_N)[None, :]");
  kw.line("mask = rmask & (cols < " + std::to_string(N) + ")");
  Dims redIdx = kw.delinearize("cols", redDims, "c");
  Dims full(rank);
  for (size_t i = 0; i < keptPos.size(); ++i)
    full[keptPos[i]] = keptIdx[i];
  for (size_t i = 0; i < redPos.size(); ++i)
    full[redPos[i]] = redIdx[i];
  FailureOr<std::string> x = kw.eval(src, full);
  if (failed(x)) {
    materializeRequest = kw.materializeRequest;
    return failure();
  }
  std::string xv = kw.def("tl.where(mask, " + *x + ", " + init + ").to(" + accTy + ")", "v");
  kw.line("acc = " + combine("acc", xv));
  kw.indent = 1;
  kw.line("tl.store(part + rows * " + std::to_string(splits) + " + split, " +
          finish("acc") + "[:, None], mask=rmask)");
  std::string partBuf = "part" + std::to_string(numBuffers++);
  body.push_back(partBuf + " = torch.empty((" + std::to_string(M) + ", " +
                 std::to_string(splits) + "), dtype=" +
                 (fl ? "torch.float32" : "torch.int64") + ", device=_device)");
  finishKernel(kw, {"part"}, {partBuf},
               {{"BLOCK_N", blockN}, {"CHUNK", chunk}},
               "(" + std::to_string(M) + ", " + std::to_string(splits) + ")",
               name.drop_front(3).str() + ", split stage 1: " +
                   std::to_string(splits) + " programs per row each reduce " +
                   std::to_string(chunk) + " elements",
               8);
  // Stage 2: one program per row finishes over the partial results.
  std::string k2 = "_" + func.getSymName().str() + "_k" +
                   std::to_string(kernelCounter++);
  int64_t blockS = std::max<int64_t>(16, nextPow2(splits));
  kernelText += "@triton.jit\ndef " + k2 +
                "(part, out, SPLITS: tl.constexpr, BLOCK_S: tl.constexpr):\n"
                "    # " + name.drop_front(3).str() +
                ", split stage 2: combine the partial results of one row\n"
                "    row = tl.program_id(0)\n"
                "    offs = tl.arange(0, BLOCK_S)[None, :]\n"
                "    p = tl.load(part + row * SPLITS + offs, mask=offs < SPLITS, other=" +
                init + ")\n"
                "    tl.store(out + row + tl.arange(0, 1), _round(" + finish("p") +
                ", out.dtype.element_ty))\n\n\n";
  body.push_back(k2 + "[(" + std::to_string(M) + ",)](" + partBuf + ", " + out +
                 ", SPLITS=" + std::to_string(splits) +
                 ", BLOCK_S=" + std::to_string(blockS) + ", num_warps=4)");
  return success();
}

LogicalResult FunctionEmitter::emitOuterSplitReduction(
    Value v, const std::string &out, Value epilogue, const OuterTiles &tiles,
    int64_t splits, int64_t chunk) {
  Operation *op = v.getDefiningOp();
  StringRef name = op->getName().getStringRef();
  Value src = op->getOperand(0);
  int64_t rank = tensorType(src).getRank();
  SmallVector<int64_t> red = reducedDims(op);
  Dims keptDims, redDims;
  SmallVector<int64_t> keptPos, redPos;
  for (int64_t d = 0; d < rank; ++d) {
    bool isRed = llvm::is_contained(red, d);
    (isRed ? redDims : keptDims).push_back(dims[src][d]);
    (isRed ? redPos : keptPos).push_back(d);
  }
  std::string M = product(keptDims), N = product(redDims);
  int64_t m = 1;
  isStaticDim(M, m);
  Type elt = tensorType(src).getElementType(), ct = computeType(elt);
  bool fl = isFloat(ct);
  std::string accTy = fl ? tlType(ct) : "tl.int64";
  std::string init = reductionIdentity(name, ct, elt);
  std::string opName = name.drop_front(3).str();
  std::string S = std::to_string(splits);

  // Stage 1: program (kept tile, split) reduces CHUNK reduced rows of its
  // BLOCK_M contiguous outputs in a [BLOCK_M, BLOCK_N] accumulator.
  KernelWriter kw(*this, "_" + func.getSymName().str() + "_k" +
                             std::to_string(kernelCounter++));
  kw.line("pid = tl.program_id(0)");
  kw.line("split = tl.program_id(1)");
  kw.line("rows = pid.to(tl.int64) * BLOCK_M + tl.arange(0, BLOCK_M)[:, None]");
  kw.line("rmask = rows < " + M);
  Dims keptIdx = kw.delinearize("rows", keptDims, "k");
  kw.line("acc = tl.full([BLOCK_M, BLOCK_N], " + init + ", " + accTy + ")");
  kw.line("for n0 in range(split * CHUNK, split * CHUNK + CHUNK, BLOCK_N):");
  kw.indent = 2;
  kw.line("cols = n0 + tl.arange(0, BLOCK_N)[None, :]");
  kw.line("mask = rmask & (cols < " + N + ")");
  Dims redIdx = kw.delinearize("cols", redDims, "c");
  Dims full(rank);
  for (size_t i = 0; i < keptPos.size(); ++i)
    full[keptPos[i]] = keptIdx[i];
  for (size_t i = 0; i < redPos.size(); ++i)
    full[redPos[i]] = redIdx[i];
  // Reductions nested in the input are not computed here (rowKernel is
  // off): they are materialised first.
  FailureOr<std::string> x = kw.eval(src, full);
  if (failed(x)) {
    materializeRequest = kw.materializeRequest;
    return failure();
  }
  std::string xv = kw.def("tl.where(mask, " + *x + ", " + init + ").to(" + accTy + ")", "v");
  kw.line("acc = " + accumulate(name, "acc", xv, fl));
  kw.indent = 1;
  kw.line("tl.store(part + split * " + M + " + rows, " +
          reduceRows(*this, name, "acc", fl) + ", mask=rmask)");

  // Stage 2: BLOCK_M outputs per program combine their partial results,
  // then the epilogue.
  KernelWriter kc(*this, "_" + func.getSymName().str() + "_k" +
                             std::to_string(kernelCounter++));
  kc.line("pid = tl.program_id(0)");
  kc.line("rows = pid.to(tl.int64) * BLOCK_M + tl.arange(0, BLOCK_M)[:, None]");
  kc.line("rmask = rows < " + M);
  kc.line("sp = tl.arange(0, BLOCK_S)[None, :]");
  kc.line("p = tl.load(part + sp * " + M + " + rows, mask=rmask & (sp < " + S +
          "), other=" + init + ")");
  std::string total = reduceRows(*this, name, "p", fl);
  if (name == "py.mean")
    total = "(" + total + " / " + N + ")";
  total = kc.def(total, "red");
  Dims rowIdx = kc.delinearize("rows", keptDims, "k");
  auto resultIdx = [&](bool keep) {
    Dims r;
    size_t j = 0;
    for (int64_t d = 0; d < rank; ++d) {
      if (llvm::is_contained(red, d)) {
        if (keep)
          r.push_back("0");
        continue;
      }
      r.push_back(rowIdx[j++]);
    }
    return r;
  };
  std::string result = total;
  if (epilogue) {
    kc.memo[reductionKey(v, resultIdx(getBool(op, "keepdim", false)))] = total;
    kc.mask = "rmask";
    FailureOr<std::string> e =
        kc.eval(epilogue, resultIdx(tensorType(epilogue).getRank() == rank));
    if (failed(e)) {
      materializeRequest = kc.materializeRequest;
      return failure();
    }
    result = *e;
  }
  kc.line("tl.store(out + rows, _round(" + result + " + tl.zeros([BLOCK_M, 1], " +
          tlType(computeType(tensorType(epilogue ? epilogue : v).getElementType())) +
          "), out.dtype.element_ty), mask=rmask)");

  std::string partBuf = "part" + std::to_string(numBuffers++);
  body.push_back(partBuf + " = torch.empty((" + S + ", " + M + "), dtype=" +
                 (fl ? torchType(ct) : "torch.int64") + ", device=_device)");
  finishKernel(kw, {"part"}, {partBuf},
               {{"BLOCK_M", tiles.blockM}, {"BLOCK_N", tiles.blockN}, {"CHUNK", chunk}},
               "(triton.cdiv(" + M + ", " + std::to_string(tiles.blockM) + "), " + S + ")",
               opName + " over outer dim(s), split stage 1: " + S +
                   " programs per BLOCK_M contiguous outputs each reduce " +
                   std::to_string(chunk) + " of the " + N + " rows",
               tiles.warps);
  int64_t blockS = nextPow2(splits);
  int64_t blockM = std::min<int64_t>(nextPow2(m), std::max<int64_t>(1, 4096 / blockS));
  finishKernel(kc, {"part", "out"}, {partBuf, out},
               {{"BLOCK_M", blockM}, {"BLOCK_S", blockS}},
               "(triton.cdiv(" + M + ", " + std::to_string(blockM) + "),)",
               opName + ", split stage 2: combine the " + S +
                   " partial results of each output" +
                   (epilogue ? ", pointwise epilogue fused" : ""),
               4);
  return success();
}

bool FunctionEmitter::findRowReductionCandidate(Operation *op) {
  Value src = op->getOperand(0);
  const Dims &sd = dims[src];
  int64_t rank = sd.size();
  SmallVector<int64_t> red;
  for (int64_t d : getDims(op, "dims"))
    red.push_back(normDim(d, rank));
  if (red.empty())
    for (int64_t d = 0; d < rank; ++d)
      red.push_back(d);
  // Any row reduction can be computed inside a row kernel: persistently
  // when the row fits a block, else with one loop per reduction.
  (void)red;
  return true;
}

LogicalResult FunctionEmitter::emitRowPointwise(Value v, const std::string &out,
                                                ArrayRef<int64_t> colDims) {
  KernelWriter kw(*this, "_" + func.getSymName().str() + "_k" +
                             std::to_string(kernelCounter++));
  const Dims &d = dims[v];
  int64_t rank = d.size();
  Dims rowDims, colSizes;
  SmallVector<int64_t> rowPos;
  for (int64_t k = 0; k < rank; ++k) {
    if (llvm::is_contained(colDims, k)) {
      colSizes.push_back(d[k]);
    } else {
      rowDims.push_back(d[k]);
      rowPos.push_back(k);
    }
  }
  SmallVector<int64_t> sortedCols(colDims.begin(), colDims.end());
  llvm::sort(sortedCols);
  std::string M = product(rowDims), N = product(colSizes);
  kw.rowKernel = true;
  kw.colDims.assign(sortedCols.begin(), sortedCols.end());
  kw.iterDims = d;
  int64_t staticN;
  if (!isStaticDim(N, staticN) || staticN > persistentLimit(*this, v) ||
      isOuterReduction(kw))
    return emitLoopedRow(kw, v, out, rowDims, rowPos, M, N, Value());
  kw.line("pid = tl.program_id(0)");
  kw.line("rows = pid.to(tl.int64) * BLOCK_M + tl.arange(0, BLOCK_M)[:, None]");
  kw.line("cols = tl.arange(0, BLOCK_N)[None, :]");
  kw.line("mask = (rows < " + kw.useDim(M) + ") & (cols < " + kw.useDim(N) + ")");
  Dims rowIdx = kw.delinearize("rows", rowDims, "k");
  Dims colIdx = kw.delinearize("cols", colSizes, "c");
  Dims full(rank);
  for (size_t i = 0; i < rowPos.size(); ++i)
    full[rowPos[i]] = rowIdx[i];
  for (size_t i = 0; i < sortedCols.size(); ++i)
    full[sortedCols[i]] = colIdx[i];
  kw.fullIdx = full;
  kw.zeroDefined.insert("mask");
  kw.line("mask_z = mask.to(tl.int32) * 0");
  FailureOr<std::string> val = kw.eval(v, full);
  if (failed(val)) {
    materializeRequest = kw.materializeRequest;
    return failure();
  }
  std::string off = kw.linearize(full, d);
  kw.line("tl.store(out + " + off + (kw.axesOf(off) == 3 ? "" : " + mask_z") + ", _round(" + *val + " + tl.zeros([BLOCK_M, BLOCK_N], " +
          tlType(computeType(tensorType(v).getElementType())) +
          "), out.dtype.element_ty), mask=mask)");
  int64_t n = 1;
  isStaticDim(N, n);
  auto [blockM, blockN, warps] = persistentBlocks(M, n);
  finishKernel(kw, {"out"}, {out}, {{"BLOCK_M", blockM}, {"BLOCK_N", blockN}},
               "(triton.cdiv(" + M + ", " + std::to_string(blockM) + "),)",
               "persistent row kernel: each program holds BLOCK_M whole rows "
               "of " + N + " elements; reductions over the row are computed "
               "in registers and reused (one read of the input)",
               warps);
  return success();
}

/// A persistent-able reduction in `v`'s region whose *result* has `v`'s
/// shape: `v` is then that reduction's epilogue.
static Operation *findReducedRoot(FunctionEmitter &fe, Value v) {
  llvm::SetVector<Operation *> region;
  fe.collectRegion(v, region);
  for (Operation *op : region) {
    if (!isReduction(op->getName().getStringRef()) || op->getResult(0) == v ||
        !fe.findRowReductionCandidate(op))
      continue;
    // Also a keepdim reduction under a squeeze (logsumexp): `v` has the
    // kept dims.
    Dims kept;
    SmallVector<int64_t> red = reducedDims(op);
    const Dims &sd = fe.dims[op->getOperand(0)];
    for (int64_t d = 0; d < (int64_t)sd.size(); ++d)
      if (!llvm::is_contained(red, d))
        kept.push_back(sd[d]);
    if (llvm::equal(fe.dims[op->getResult(0)], fe.dims[v]) ||
        (getBool(op, "keepdim", false) && llvm::equal(kept, fe.dims[v])))
      return op;
  }
  return nullptr;
}

/// Whether `v`'s kernel reads a tensor through a transpose or permutation:
/// then 2-D tiles let every load and the store be coalesced (Triton gives
/// each its own layout and converts through shared memory).
static bool readsTransposed(FunctionEmitter &fe, Value v) {
  if (tensorType(v).getRank() < 2)
    return false;
  llvm::SetVector<Operation *> region;
  fe.collectRegion(v, region);
  return llvm::any_of(region, [](Operation *op) {
    StringRef n = op->getName().getStringRef();
    return n == "py.transpose" || n == "py.permute";
  });
}

LogicalResult FunctionEmitter::emitTiledPointwise(Value v,
                                                  const std::string &out) {
  KernelWriter kw(*this, "_" + func.getSymName().str() + "_k" +
                             std::to_string(kernelCounter++));
  const Dims &d = dims[v];
  Dims rowDims(d.begin(), d.end() - 1);
  std::string M = product(rowDims), N = d.back();
  kw.line("pid_m = tl.program_id(0)");
  kw.line("pid_n = tl.program_id(1)");
  kw.line("rows = pid_m.to(tl.int64) * BLOCK_M + tl.arange(0, BLOCK_M)[:, None]");
  kw.line("cols = pid_n * BLOCK_N + tl.arange(0, BLOCK_N)[None, :]");
  kw.line("mask = (rows < " + kw.useDim(M) + ") & (cols < " + kw.useDim(N) + ")");
  Dims full = kw.delinearize("rows", rowDims, "k");
  full.push_back("cols");
  FailureOr<std::string> val = kw.eval(v, full);
  if (failed(val)) {
    materializeRequest = kw.materializeRequest;
    return failure();
  }
  std::string off = kw.linearize(full, d);
  kw.line("tl.store(out + " + off + (kw.axesOf(off) == 3 ? "" : " + rows * 0 + cols * 0") +
          ", _round(" + *val + " + tl.zeros([BLOCK_M, BLOCK_N], " +
          tlType(computeType(tensorType(v).getElementType())) +
          "), out.dtype.element_ty), mask=mask)");
  int64_t m, n;
  int64_t blockM = isStaticDim(M, m) ? std::min<int64_t>(64, std::max<int64_t>(1, nextPow2(m))) : 64;
  int64_t blockN = isStaticDim(N, n) ? std::min<int64_t>(64, std::max<int64_t>(16, nextPow2(n))) : 64;
  finishKernel(kw, {"out"}, {out}, {{"BLOCK_M", blockM}, {"BLOCK_N", blockN}},
               "(triton.cdiv(" + M + ", " + std::to_string(blockM) + "), triton.cdiv(" +
                   N + ", " + std::to_string(blockN) + "))",
               "pointwise over 2-D tiles (an input is read transposed: each "
               "access gets its own coalesced layout)",
               8);
  return success();
}

LogicalResult FunctionEmitter::emitPointwise(Value v, const std::string &out) {
  if (std::optional<SmallVector<int64_t>> cols = findRowReduction(v))
    return emitRowPointwise(v, out, *cols);
  if (Operation *red = findReducedRoot(*this, v))
    return emitReduction(red->getResult(0), out, v);
  if (readsTransposed(*this, v))
    return emitTiledPointwise(v, out);
  KernelWriter kw(*this, "_" + func.getSymName().str() + "_k" +
                             std::to_string(kernelCounter++));
  const Dims &d = dims[v];
  std::string numel = product(d);
  kw.line("pid = tl.program_id(0)");
  kw.line("offs = pid.to(tl.int64) * BLOCK + tl.arange(0, BLOCK)");
  kw.line("mask = offs < numel");
  Dims idx = kw.delinearize("offs", d, "i");
  FailureOr<std::string> val = kw.eval(v, idx);
  if (failed(val)) {
    materializeRequest = kw.materializeRequest;
    return failure();
  }
  kw.line("tl.store(out + offs, _round(" + *val + " + tl.zeros([BLOCK], " +
          tlType(computeType(tensorType(v).getElementType())) +
          "), out.dtype.element_ty), mask=mask)");
  int64_t n;
  int64_t block = isStaticDim(numel, n) ? std::min<int64_t>(1024, std::max<int64_t>(16, nextPow2(n))) : 1024;
  if (std::optional<int64_t> b = knobInt("block"))
    block = *b;
  finishKernel(kw, {"out", "numel"}, {out, numel}, {{"BLOCK", block}},
               "(triton.cdiv(" + numel + ", " + std::to_string(block) + "),)",
               "pointwise: " + std::to_string(d.size()) + "-d output, " +
                   "flat index split into per-dim indices",
               block >= 1024 ? 8 : 4);
  return success();
}

LogicalResult FunctionEmitter::emitReduction(Value v, const std::string &out,
                                             Value epilogue) {
  Operation *op = v.getDefiningOp();
  StringRef name = op->getName().getStringRef();
  Value src = op->getOperand(0);
  RankedTensorType st = tensorType(src);
  int64_t rank = st.getRank();
  SmallVector<int64_t> rd = getDims(op, "dims");
  llvm::SmallDenseSet<int64_t> red;
  for (int64_t d : rd)
    red.insert(normDim(d, rank));
  if (rd.empty())
    for (int64_t d = 0; d < rank; ++d)
      red.insert(d);
  Dims keptDims, redDims;
  SmallVector<int64_t> keptPos, redPos;
  for (int64_t d = 0; d < rank; ++d) {
    if (red.count(d)) {
      redDims.push_back(dims[src][d]);
      redPos.push_back(d);
    } else {
      keptDims.push_back(dims[src][d]);
      keptPos.push_back(d);
    }
  }
  std::string M = product(keptDims), N = product(redDims);
  // Outer reductions whose kept tiles alone are too few programs split their
  // reduced rows (argmax/argmin keep the single-kernel path below).
  int64_t staticM, staticN;
  if (name != "py.argmax" && name != "py.argmin" &&
      isOuterReduction(dims[src], redPos) && isStaticDim(M, staticM) &&
      isStaticDim(N, staticN)) {
    OuterTiles tiles = outerReductionTiles(M, N);
    auto [splits, chunk] = outerReductionSplit(staticM, staticN, tiles);
    if (splits > 1)
      return emitOuterSplitReduction(v, out, epilogue, tiles, splits, chunk);
  }
  KernelWriter kw(*this, "_" + func.getSymName().str() + "_k" +
                             std::to_string(kernelCounter++));
  kw.colDims.assign(redPos.begin(), redPos.end());
  kw.iterDims = dims[src];
  if (isStaticDim(N, staticN) &&
      staticN <= persistentLimit(*this, epilogue ? epilogue : v) &&
      !isOuterReduction(kw)) {
    // Persistent: whole rows in registers; reductions of the same rows
    // nested in the input (variance's mean) are computed inline too.
    kw.rowKernel = true;
    kw.colDims.assign(redPos.begin(), redPos.end());
    kw.iterDims = dims[src];
    kw.line("pid = tl.program_id(0)");
    kw.line("rows = pid.to(tl.int64) * BLOCK_M + tl.arange(0, BLOCK_M)[:, None]");
    kw.line("cols = tl.arange(0, BLOCK_N)[None, :]");
    kw.line("rmask = rows < " + kw.useDim(M));
    kw.line("mask = rmask & (cols < " + N + ")");
    Dims keptIdx = kw.delinearize("rows", keptDims, "k");
    Dims redIdx = kw.delinearize("cols", redDims, "c");
    Dims full(rank), resultIdx;
    for (size_t i = 0; i < keptPos.size(); ++i)
      full[keptPos[i]] = keptIdx[i];
    for (size_t i = 0; i < redPos.size(); ++i)
      full[redPos[i]] = redIdx[i];
    bool keep = tensorType(epilogue ? epilogue : v).getRank() == rank;
    for (int64_t d = 0; d < rank; ++d) {
      if (red.count(d)) {
        if (keep)
          resultIdx.push_back("0");
        continue;
      }
      resultIdx.push_back(full[d]);
    }
    kw.fullIdx = full;
    // Per-row values (the epilogue's other operands) are read under the row
    // mask, so they keep their [BLOCK_M, 1] shape.
    kw.mask = "rmask";
    FailureOr<std::string> r = epilogue ? kw.eval(epilogue, resultIdx)
                                        : kw.evalInlineReduction(op, resultIdx);
    if (failed(r)) {
      materializeRequest = kw.materializeRequest == v && !epilogue
                               ? Value()
                               : kw.materializeRequest;
      return failure();
    }
    kw.line("tl.store(out + rows, _round(" + *r + " + tl.zeros([BLOCK_M, 1], " +
            tlType(computeType(tensorType(epilogue ? epilogue : v).getElementType())) +
            "), out.dtype.element_ty), mask=rmask)");
    auto [blockM, blockN, warps] = persistentBlocks(M, staticN);
    finishKernel(kw, {"out"}, {out}, {{"BLOCK_M", blockM}, {"BLOCK_N", blockN}},
                 "(triton.cdiv(" + M + ", " + std::to_string(blockM) + "),)",
                 name.drop_front(3).str() + " over " + std::to_string(redDims.size()) +
                     " dim(s), persistent: BLOCK_M whole rows of " + N +
                     " elements per program" + (epilogue ? ", pointwise epilogue fused" : ""),
                 warps);
    return success();
  }
  if (name != "py.argmax" && name != "py.argmin") {
    kw.rowKernel = true;
    kw.colDims.assign(redPos.begin(), redPos.end());
    kw.iterDims = dims[src];
    return emitLoopedRow(kw, v, out, keptDims, keptPos, M, N,
                         epilogue ? epilogue : v);
  }
  if (epilogue)
    return failure();
  Type elt = st.getElementType();
  Type ct = computeType(elt);
  bool isArg = name == "py.argmax" || name == "py.argmin";
  bool isMax = name == "py.amax" || name == "py.argmax";
  std::string accTy = isFloat(ct) ? tlType(ct) : "tl.int64";
  std::string init = reductionIdentity(name, ct, elt);

  kw.line("pid = tl.program_id(0)");
  kw.line("rows = pid.to(tl.int64) * BLOCK_M + tl.arange(0, BLOCK_M)[:, None]");
  kw.line("rmask = rows < " + kw.useDim(M));
  Dims keptIdx = kw.delinearize("rows", keptDims, "k");
  kw.line("acc = tl.full([BLOCK_M, BLOCK_N], " + init + ", " + accTy + ")");
  if (isArg)
    kw.line("acci = tl.zeros([BLOCK_M, BLOCK_N], tl.int64)");
  kw.line("for n0 in range(0, " + kw.useDim(N) + ", BLOCK_N):");
  kw.indent = 2;
  kw.line("cols = n0 + tl.arange(0, BLOCK_N)[None, :]");
  kw.line("mask = rmask & (cols < " + N + ")");
  Dims redIdx = kw.delinearize("cols", redDims, "c");
  Dims full(rank);
  for (size_t i = 0; i < keptPos.size(); ++i)
    full[keptPos[i]] = keptIdx[i];
  for (size_t i = 0; i < redPos.size(); ++i)
    full[redPos[i]] = redIdx[i];
  FailureOr<std::string> x = kw.eval(src, full);
  if (failed(x)) {
    materializeRequest = kw.materializeRequest;
    return failure();
  }
  std::string xv = kw.def("tl.where(mask, " + *x + ", " + init + ").to(" + accTy + ")", "v");
  if (name == "py.sum" || name == "py.mean")
    kw.line("acc = acc + " + xv);
  else if (name == "py.prod")
    kw.line("acc = acc * " + xv);
  else if (isArg) {
    // Strict comparison keeps the first occurrence per lane; NaN wins.
    std::string better = isMax ? "(" + xv + " > acc)" : "(" + xv + " < acc)";
    if (isFloat(ct))
      better = "(" + better + " | ((" + xv + " != " + xv + ") & (acc == acc)))";
    kw.line("upd = " + better + " & mask");
    kw.line("acc = tl.where(upd, " + xv + ", acc)");
    kw.line("acci = tl.where(upd, cols, acci)");
  } else if (isMax)
    kw.line("acc = " + std::string(isFloat(ct) ? "tl.maximum(acc, " + xv + ", propagate_nan=tl.PropagateNan.ALL)" : "tl.maximum(acc, " + xv + ")"));
  else
    kw.line("acc = " + std::string(isFloat(ct) ? "tl.minimum(acc, " + xv + ", propagate_nan=tl.PropagateNan.ALL)" : "tl.minimum(acc, " + xv + ")"));
  kw.indent = 1;
  std::string res;
  if (name == "py.sum")
    res = "tl.sum(acc, axis=1)";
  else if (name == "py.mean")
    res = "tl.sum(acc, axis=1) / " + N;
  else if (name == "py.prod")
    res = "tl.reduce(acc, 1, _mul_combine)";
  else if (name == "py.amax" || name == "py.amin") {
    res = std::string(isMax ? "tl.max" : "tl.min") + "(acc, axis=1)";
    // tl.max/tl.min may drop NaN lanes; torch propagates NaN.
    if (isFloat(ct))
      res = "tl.where(tl.max((acc != acc).to(tl.int32), axis=1) > 0, "
            "float(\"nan\"), " + res + ")";
  } else {
    // Lane winners, then the smallest index among the best values.
    kw.line(std::string("best = ") + (isMax ? "tl.max" : "tl.min") +
            "(acc, axis=1)[:, None]");
    std::string isBest = isFloat(ct) ? "((acc == best) | ((acc != acc) & (best != best)))" : "(acc == best)";
    res = "tl.min(tl.where(" + isBest + ", acci, 9223372036854775807), axis=1)";
  }
  if (name == "py.prod")
    helpers.insert("mul_combine");
  kw.line("res = " + res);
  kw.line("tl.store(out + rows, _round(res[:, None], out.dtype.element_ty), mask=rmask)");

  int64_t n, m;
  int64_t blockN = isStaticDim(N, n) ? std::min<int64_t>(1024, std::max<int64_t>(16, nextPow2(n))) : 1024;
  int64_t blockM = std::max<int64_t>(1, 4096 / blockN);
  if (isStaticDim(M, m))
    blockM = std::min(blockM, std::max<int64_t>(1, nextPow2(m)));
  finishKernel(kw, {"out"}, {out}, {{"BLOCK_M", blockM}, {"BLOCK_N", blockN}},
               "(triton.cdiv(" + M + ", " + std::to_string(blockM) + "),)",
               name.drop_front(3).str() + " over " + std::to_string(redDims.size()) +
                   " dim(s): rows = kept dims, looped over the reduced extent",
               blockN >= 512 ? 8 : 4);
  return success();
}

LogicalResult FunctionEmitter::emitScan(Value v, const std::string &out) {
  Operation *op = v.getDefiningOp();
  StringRef name = op->getName().getStringRef();
  Value src = op->getOperand(0);
  RankedTensorType st = tensorType(src);
  int64_t rank = st.getRank();
  if (rank == 0)
    return op->emitError("scan of a 0-d tensor");
  int64_t dim = normDim(getI64(op, "dim", 0), rank);
  Dims keptDims;
  SmallVector<int64_t> keptPos;
  for (int64_t d = 0; d < rank; ++d)
    if (d != dim) {
      keptDims.push_back(dims[src][d]);
      keptPos.push_back(d);
    }
  std::string M = product(keptDims), N = dims[src][dim];
  KernelWriter kw(*this, "_" + func.getSymName().str() + "_k" +
                             std::to_string(kernelCounter++));
  Type ct = computeType(tensorType(v).getElementType());
  std::string accTy = tlType(ct);
  bool isSum = name == "py.cumsum";
  kw.line("pid = tl.program_id(0)");
  kw.line("rows = pid.to(tl.int64) * BLOCK_M + tl.arange(0, BLOCK_M)[:, None]");
  kw.line("rmask = rows < " + kw.useDim(M));
  Dims keptIdx = kw.delinearize("rows", keptDims, "k");
  kw.line(std::string("carry = tl.full([BLOCK_M, 1], ") + (isSum ? "0" : "1") + ", " + accTy + ")");
  kw.line("for n0 in range(0, " + kw.useDim(N) + ", BLOCK_N):");
  kw.indent = 2;
  kw.line("cols = n0 + tl.arange(0, BLOCK_N)[None, :]");
  kw.line("mask = rmask & (cols < " + N + ")");
  Dims full(rank);
  for (size_t i = 0; i < keptPos.size(); ++i)
    full[keptPos[i]] = keptIdx[i];
  full[dim] = "cols";
  FailureOr<std::string> x = kw.eval(src, full);
  if (failed(x)) {
    materializeRequest = kw.materializeRequest;
    return failure();
  }
  std::string xv = kw.def("tl.where(mask, " + *x + ", " + (isSum ? "0" : "1") + ").to(" + accTy + ")", "v");
  if (isSum) {
    kw.line("c = tl.cumsum(" + xv + ", axis=1) + carry");
    kw.line("carry = carry + tl.sum(" + xv + ", axis=1)[:, None]");
  } else {
    helpers.insert("mul_combine");
    kw.line("c = tl.associative_scan(" + xv + ", 1, _mul_combine) * carry");
    kw.line("carry = carry * tl.reduce(" + xv + ", 1, _mul_combine)[:, None]");
  }
  Dims outDims = dims[v];
  std::string off = kw.linearize(full, outDims);
  kw.line("tl.store(out + " + off + (kw.axesOf(off) == 3 ? "" : " + rows * 0 + cols * 0") + ", _round(c, out.dtype.element_ty), mask=mask)");
  kw.indent = 1;
  int64_t n;
  int64_t blockN = isStaticDim(N, n) ? std::min<int64_t>(1024, std::max<int64_t>(16, nextPow2(n))) : 1024;
  int64_t blockM = std::max<int64_t>(1, 2048 / blockN);
  finishKernel(kw, {"out"}, {out}, {{"BLOCK_M", blockM}, {"BLOCK_N", blockN}},
               "(triton.cdiv(" + M + ", " + std::to_string(blockM) + "),)",
               name.drop_front(3).str() + " along dim " + std::to_string(dim) +
                   ": rows x chunks with a running carry");
  return success();
}

LogicalResult FunctionEmitter::emitMatmul(Value v, const std::string &out,
                                          Value root) {
  Operation *op = v.getDefiningOp();
  Value a = op->getOperand(0), b = op->getOperand(1);
  RankedTensorType at = tensorType(a), bt = tensorType(b);
  RankedTensorType rt = tensorType(v);
  if (at.getRank() < 1 || bt.getRank() < 1)
    return op->emitError("matmul of a 0-d tensor");
  Dims ad = dims[a], bd = dims[b];
  bool aVec = at.getRank() == 1, bVec = bt.getRank() == 1;
  std::string M = aVec ? "1" : ad[at.getRank() - 2];
  std::string K = ad[at.getRank() - 1];
  std::string N = bVec ? "1" : bd[bt.getRank() - 1];
  int64_t ab = std::max<int64_t>(0, at.getRank() - 2), bb = std::max<int64_t>(0, bt.getRank() - 2);
  int64_t nb = std::max(ab, bb);
  const Dims &od = dims[v];
  Dims batchDims(od.begin(), od.begin() + nb);
  std::string B = product(batchDims);
  // split_k: programs on grid axis 2 each take a K chunk and write fp32
  // partial products; a second kernel sums them (no atomics: deterministic).
  // The epilogue then runs as its own kernel on the sum.
  int64_t splitK = knobInt("split_k").value_or(1);
  if (splitK > 1 && root) {
    materializeRequest = v;
    return failure();
  }
  KernelWriter kw(*this, "_" + func.getSymName().str() + "_k" +
                             std::to_string(kernelCounter++));
  // Programs walk the (M, N) tiles in groups of GROUP_M rows so that
  // neighbouring programs share A and B tiles in L2.
  kw.line("pid = tl.program_id(0)");
  kw.line("pid_b = tl.program_id(1).to(tl.int64)");
  if (splitK > 1) {
    kw.line("pid_k = tl.program_id(2)");
    kw.line("k_chunk = tl.cdiv(tl.cdiv(" + kw.useDim(K) + ", SPLIT_K), BLOCK_K) * BLOCK_K");
  }
  kw.line("num_pid_m = tl.cdiv(" + kw.useDim(M) + ", BLOCK_M)");
  kw.line("num_pid_n = tl.cdiv(" + kw.useDim(N) + ", BLOCK_N)");
  kw.line("group = GROUP_M * num_pid_n");
  kw.line("first_m = (pid // group) * GROUP_M");
  kw.line("group_m = tl.minimum(num_pid_m - first_m, GROUP_M)");
  kw.line("pid_m = first_m + (pid % group) % group_m");
  kw.line("pid_n = (pid % group) // group_m");
  kw.line("rm = pid_m * BLOCK_M + tl.arange(0, BLOCK_M)[:, None]");
  kw.line("rn = pid_n * BLOCK_N + tl.arange(0, BLOCK_N)[None, :]");
  Dims bIdx = kw.delinearize("pid_b", batchDims, "b");
  kw.line("acc = tl.zeros([BLOCK_M, BLOCK_N], tl.float32)");
  if (splitK > 1)
    kw.line("for k0 in range(pid_k * k_chunk, tl.minimum((pid_k + 1) * k_chunk, " +
            kw.useDim(K) + "), BLOCK_K):");
  else
    kw.line("for k0 in range(0, " + kw.useDim(K) + ", BLOCK_K):");
  kw.indent = 2;
  kw.line("rka = k0 + tl.arange(0, BLOCK_K)[None, :]");
  kw.line("rkb = k0 + tl.arange(0, BLOCK_K)[:, None]");
  // Operand indices: broadcast batch dims, then (m, k) / (k, n).
  auto batchFor = [&](RankedTensorType t, int64_t tb) {
    Dims r;
    for (int64_t k = 0; k < tb; ++k) {
      bool one = !t.isDynamicDim(k) && t.getDimSize(k) == 1;
      r.push_back(one ? "0" : bIdx[k + (nb - tb)]);
    }
    return r;
  };
  Dims ai = batchFor(at, ab);
  if (!aVec)
    ai.push_back("rm");
  ai.push_back("rka");
  Dims bi = batchFor(bt, bb);
  bi.push_back("rkb");
  if (!bVec)
    bi.push_back("rn");
  // Operands that are views of tensors in memory are loaded in their own
  // dtype (masked loads already give 0 outside); computed operands are
  // evaluated in fp32 and zeroed outside the tile.
  bool rawA = isViewOfBuffer(a), rawB = isViewOfBuffer(b);
  kw.mask = "amask";
  kw.line("amask = (rm < " + kw.useDim(M) + ") & (rka < " + K + ")");
  size_t leavesBeforeA = kw.leaves.size();
  kw.rawLoads = rawA;
  FailureOr<std::string> av = rawA ? kw.eval(a, ai) : kw.evalMasked(a, ai, "0.0");
  kw.rawLoads = false;
  if (failed(av)) {
    materializeRequest = kw.materializeRequest;
    return failure();
  }
  kw.mask = "bmask";
  kw.line("bmask = (rkb < " + K + ") & (rn < " + kw.useDim(N) + ")");
  size_t leavesBeforeB = kw.leaves.size();
  kw.rawLoads = rawB;
  FailureOr<std::string> bv = rawB ? kw.eval(b, bi) : kw.evalMasked(b, bi, "0.0");
  kw.rawLoads = false;
  if (failed(bv)) {
    materializeRequest = kw.materializeRequest;
    return failure();
  }
  // Operands go to tl.dot in their runtime dtype (tensor cores for
  // fp16/bf16); fp32 uses IEEE products like torch's default (no TF32).
  auto dotType = [&](size_t before, Type irType) -> std::string {
    if (!isFloat(irType) || irType.isF64())
      return tlType(irType);
    if (kw.leaves.size() > before) {
      Value leaf = kw.leaves[before];
      // The CPU interpreter's bf16 dot is wrong: it multiplies in fp32.
      if (isFloat(tensorType(leaf).getElementType()))
        return "tl.float32 if _INTERPRET else " + kw.leafName[leaf] +
               ".dtype.element_ty";
    }
    return tlType(irType);
  };
  // One dtype for both operands: the runtime dtype of the first tensor read
  // (tl.dot needs equal operand types).
  std::string aTy = dotType(leavesBeforeA, at.getElementType());
  std::string bTy = dotType(leavesBeforeB, bt.getElementType());
  if (aTy.find("element_ty") != std::string::npos)
    bTy = aTy;
  else
    aTy = bTy;
  kw.line("acc = tl.dot(" + *av + ".to(" + aTy + "), " + *bv + ".to(" + bTy +
          "), acc, input_precision=\"ieee\")");
  kw.indent = 1;
  // Output offset: contiguous [batch..., M?, N?].
  Dims oi(bIdx.begin(), bIdx.end());
  if (!aVec)
    oi.push_back("rm");
  if (!bVec)
    oi.push_back("rn");
  std::string off = kw.linearize(oi, od);
  std::string result = "acc";
  if (root) {
    // Epilogue: the consumer chain (bias, activation, scale, residual) is
    // evaluated on the accumulator tile before the single store.
    kw.mask = "omask";
    kw.line("omask = (rm < " + M + ") & (rn < " + N + ")");
    Dims full(oi.begin(), oi.end());
    std::string key = std::to_string((uintptr_t)v.getAsOpaquePointer()) + "@" +
                      llvm::join(full, ",") + "#omask";
    kw.memo[key] = "acc";
    FailureOr<std::string> val = kw.eval(root, full);
    if (failed(val)) {
      materializeRequest = kw.materializeRequest ? kw.materializeRequest : v;
      return failure();
    }
    result = *val;
  }
  std::string total = product(od);
  if (splitK > 1)
    kw.line("tl.store(out + pid_k * " + kw.useDim(total) + " + " + off +
            (kw.axesOf(off) == 3 ? "" : " + rm * 0 + rn * 0") + ", " + result +
            ", mask=(rm < " + M + ") & (rn < " + N + "))");
  else
    kw.line("tl.store(out + " + off + (kw.axesOf(off) == 3 ? "" : " + rm * 0 + rn * 0") + ", _round(" + result +
            ", out.dtype.element_ty), mask=(rm < " + M + ") & (rn < " + N + "))");
  (void)rt;
  int64_t mm = 0, nn = 0, kk = 0;
  bool sm = isStaticDim(M, mm), sn = isStaticDim(N, nn), sk = isStaticDim(K, kk);
  int64_t bm = sm ? std::min<int64_t>(64, std::max<int64_t>(16, nextPow2(mm))) : 64;
  int64_t bn = sn ? std::min<int64_t>(64, std::max<int64_t>(16, nextPow2(nn))) : 64;
  int64_t bk = sk ? std::min<int64_t>(32, std::max<int64_t>(16, nextPow2(kk))) : 32;
  // Large products are autotuned over tile shapes that keep the tensor
  // cores busy (the Triton tutorial's Hopper/Ampere set); small ones (and
  // the CPU interpreter's tests) use one fixed config.
  std::vector<TuneConfig> tune;
  bool large = (!sm || mm >= 256) && (!sn || nn >= 256) && (!sk || kk >= 256);
  // Knobs: a fixed tile, or autotuning switched on or off.
  StringRef tile = knobStr("matmul_tile");
  if (!tile.empty()) {
    SmallVector<StringRef> parts;
    tile.split(parts, 'x');
    parts[0].getAsInteger(10, bm);
    parts[1].getAsInteger(10, bn);
    parts[2].getAsInteger(10, bk);
    large = false;
  } else if (std::optional<int64_t> at = knobInt("autotune")) {
    if (*at == 0 && large) {
      bm = 128, bn = 128, bk = 64;
    }
    large = *at != 0;
  }
  if (large) {
    auto cfg = [&](int64_t m, int64_t n, int64_t k, int w, int st) {
      tune.push_back({{{"BLOCK_M", m}, {"BLOCK_N", n}, {"BLOCK_K", k}}, w, st});
    };
    cfg(128, 256, 64, 8, 3);
    cfg(256, 128, 64, 8, 3);
    cfg(128, 128, 64, 8, 4);
    cfg(128, 128, 64, 4, 4);
    cfg(128, 64, 64, 4, 4);
    cfg(64, 128, 64, 4, 4);
    cfg(128, 128, 32, 4, 4);
    cfg(64, 64, 32, 4, 5);
  }
  std::vector<std::pair<std::string, int64_t>> constexprs = {{"GROUP_M", 8}};
  if (splitK > 1)
    constexprs.push_back({"SPLIT_K", splitK});
  if (!large)
    constexprs.insert(constexprs.begin(),
                      {{"BLOCK_M", bm}, {"BLOCK_N", bn}, {"BLOCK_K", bk}});
  std::string splits = splitK > 1 ? ", " + std::to_string(splitK) : "";
  std::string grid =
      large ? "lambda META: (triton.cdiv(" + M + ", META[\"BLOCK_M\"]) * triton.cdiv(" +
                  N + ", META[\"BLOCK_N\"]), " + B + splits + ")"
            : "(triton.cdiv(" + M + ", " + std::to_string(bm) + ") * triton.cdiv(" + N +
                  ", " + std::to_string(bn) + "), " + B + splits + ")";
  std::string target = out;
  if (splitK > 1) {
    target = out + "_parts";
    body.push_back(target + " = torch.empty((" + std::to_string(splitK) + ", " +
                   total + "), dtype=torch.float32, device=_device)");
  }
  finishKernel(kw, {"out"}, {target}, constexprs, grid,
               std::string("matmul: (M, N) tiles, K loop with tl.dot, batch on "
                           "axis 1; operand views fused into the loads") +
                   (root ? "; pointwise epilogue fused" : "") +
                   (splitK > 1 ? "; K split over " + std::to_string(splitK) +
                                     " programs (partial products)"
                               : ""),
               bm * bn >= 128 * 128 ? 8 : 4, tune);
  if (splitK > 1) {
    // Stage 2: the partial products summed in fp32, rounded once.
    KernelWriter sw(*this, "_" + func.getSymName().str() + "_k" +
                               std::to_string(kernelCounter++));
    sw.line("pid = tl.program_id(0)");
    sw.line("offs = pid.to(tl.int64) * BLOCK + tl.arange(0, BLOCK)");
    sw.line("mask = offs < numel");
    sw.line("acc = tl.zeros([BLOCK], tl.float32)");
    sw.line("for s in range(SPLIT_K):");
    sw.line("    acc += tl.load(parts + s * numel + offs, mask=mask, other=0.0)");
    sw.line("tl.store(out + offs, _round(acc, out.dtype.element_ty), mask=mask)");
    finishKernel(sw, {"parts", "out", "numel"}, {target, out, total},
                 {{"BLOCK", 1024}, {"SPLIT_K", splitK}},
                 "(triton.cdiv(" + total + ", 1024),)",
                 "split-K sum: the " + std::to_string(splitK) +
                     " partial products of the matmul, in fp32",
                 4);
  }
  return success();
}

Value FunctionEmitter::viewSource(Value x) {
  while (true) {
    Operation *d = x.getDefiningOp();
    if (buffers.count(x) || !d || materialized.count(x))
      return x;
    StringRef n = d->getName().getStringRef();
    if (n != "py.transpose" && n != "py.permute" && n != "py.unsqueeze" &&
        n != "py.squeeze" && n != "py.expand" && n != "py.slice" &&
        n != "py.select" && n != "py.reshape")
      return x;
    x = d->getOperand(0);
  }
}

//===----------------------------------------------------------------------===//
// Attention
//===----------------------------------------------------------------------===//

/// The tiling of a flash-attention kernel: query rows per program (BLOCK_M),
/// keys per loop iteration (BLOCK_N), the padded head dims (BLOCK_D for
/// query/key, BLOCK_DV for value), warps and pipeline stages; for large
/// problems a list of (BLOCK_M, BLOCK_N, warps, stages) candidates that
/// @triton.autotune chooses from instead.
struct AttentionSchedule {
  int64_t blockM, blockN, blockD, blockDv;
  int warps, stages;
  std::vector<FunctionEmitter::TuneConfig> tune;
  /// The largest BLOCK_N any launch may use (key-length masking is left out
  /// when the length is a multiple of it).
  int64_t maxBlockN() const {
    int64_t n = blockN;
    for (const FunctionEmitter::TuneConfig &c : tune)
      for (auto &[name, value] : c.values)
        if (name == "BLOCK_N")
          n = std::max(n, value);
    return n;
  }
};

/// The schedule of a flash-attention kernel from its sizes: query length
/// `L` and key length `S` (kDynamic when only known at run time), head dims
/// `E` and `Ev` (static). FlashAttention-2's choices for the GPU: 128 query
/// rows per program; 64 keys per iteration for head dims up to 64 (the
/// accumulator and P tile fit in registers with 4 warps, 3 stages hide the
/// K/V loads), 32 for up to 128, fewer rows and 8 warps for up to 256.
/// Blocks shrink to a short static length (at least 16: tl.dot's minimum);
/// static lengths of 512 and more are autotuned around that choice. Dynamic
/// lengths take the GPU choice as is.
static AttentionSchedule attentionSchedule(int64_t L, int64_t S, int64_t E,
                                           int64_t Ev) {
  AttentionSchedule s;
  s.blockD = std::max<int64_t>(16, nextPow2(E));
  s.blockDv = std::max<int64_t>(16, nextPow2(Ev));
  int64_t d = std::max(s.blockD, s.blockDv);
  using Cfg = std::tuple<int64_t, int64_t, int, int>;
  std::vector<Cfg> candidates;
  if (d <= 64) {
    s.blockM = 128, s.blockN = 64, s.warps = 4, s.stages = 3;
    candidates = {{128, 64, 4, 3}, {128, 128, 8, 3}, {128, 64, 8, 3},
                  {64, 64, 4, 3},  {128, 32, 4, 4},  {64, 32, 4, 4}};
  } else if (d <= 128) {
    s.blockM = 128, s.blockN = 32, s.warps = 4, s.stages = 3;
    candidates = {{128, 32, 4, 3}, {128, 64, 8, 3}, {128, 64, 4, 2},
                  {64, 64, 4, 3},  {64, 32, 4, 3},  {128, 128, 8, 2}};
  } else {
    s.blockM = 64, s.blockN = 32, s.warps = 8, s.stages = 2;
    candidates = {{64, 32, 8, 2}, {64, 64, 8, 2}, {128, 32, 8, 2},
                  {64, 32, 4, 2}, {32, 32, 4, 2}};
  }
  bool dynL = ShapedType::isDynamic(L), dynS = ShapedType::isDynamic(S);
  if (!dynL && !dynS && L >= 512 && S >= 512) {
    for (auto [m, n, w, st] : candidates)
      s.tune.push_back({{{"BLOCK_M", m}, {"BLOCK_N", n}}, w, st});
    return s;
  }
  if (!dynL)
    s.blockM = std::min(s.blockM, std::max<int64_t>(16, nextPow2(L)));
  if (!dynS)
    s.blockN = std::min(s.blockN, std::max<int64_t>(16, nextPow2(S)));
  return s;
}

LogicalResult FunctionEmitter::emitAttention(Value v, const std::string &out) {
  auto op = cast<py::ScaledDotProductAttentionOp>(v.getDefiningOp());
  Value q = op.getQuery(), k = op.getKey(), val = op.getValue();
  // Operands computed by other kernels are materialised and read from
  // memory; views of tensors in memory are read through their index maps.
  for (Value x : {q, k, val}) {
    Value source = viewSource(x);
    if (!buffers.count(source)) {
      materializeRequest = source;
      return failure();
    }
  }
  const Dims &qd = dims[q], &kd = dims[k], &vd = dims[val], &od = dims[v];
  std::string L = qd[qd.size() - 2], S = kd[kd.size() - 2];
  std::string E = qd.back(), Ev = vd.back();
  int64_t nb = od.size() - 2;
  Dims batchDims(od.begin(), od.begin() + nb);
  std::string B = product(batchDims);
  int64_t l = ShapedType::kDynamic, sLen = ShapedType::kDynamic, e = 0, ev = 0;
  isStaticDim(L, l);
  isStaticDim(S, sLen);
  if (!isStaticDim(E, e) || !isStaticDim(Ev, ev))
    return op.emitError("the flash-attention kernel needs static head dims");
  AttentionSchedule sched = attentionSchedule(l, sLen, e, ev);
  bool causal = op.getIsCausal();
  double scale = op.getScale() ? op.getScale()->convertToDouble()
                               : 1.0 / std::sqrt(static_cast<double>(e));
  // Key columns past S exist only when S is not a multiple of every BLOCK_N.
  bool maskKeys = sLen == ShapedType::kDynamic || sLen % sched.maxBlockN() != 0;

  KernelWriter kw(*this, "_" + func.getSymName().str() + "_k" +
                             std::to_string(kernelCounter++));
  kw.line("pid_m = tl.program_id(0)");
  kw.line("pid_b = tl.program_id(1).to(tl.int64)");
  Dims bIdx = kw.delinearize("pid_b", batchDims, "b");
  // Operand index: its own batch dims (broadcast ones read index 0), then
  // the row and head-dim indices.
  auto indexOf = [&](Value x, const std::string &row, const std::string &col) {
    RankedTensorType t = tensorType(x);
    int64_t tb = t.getRank() - 2;
    Dims r;
    for (int64_t j = 0; j < tb; ++j) {
      bool one = !t.isDynamicDim(j) && t.getDimSize(j) == 1;
      r.push_back(one ? "0" : bIdx[j + (nb - tb)]);
    }
    r.push_back(row);
    r.push_back(col);
    return r;
  };
  // A mask from its terms, leaving out a head-dim bound the block matches.
  auto maskOf = [&](const std::string &rowTerm, const std::string &col,
                    int64_t size, int64_t block) {
    if (size == block)
      return "(" + rowTerm + ")";
    return "(" + rowTerm + ") & (" + col + " < " + std::to_string(size) + ")";
  };
  auto loadRaw = [&](Value x, ArrayRef<std::string> idx,
                     const std::string &mask) -> FailureOr<std::string> {
    kw.mask = mask;
    kw.rawLoads = true;
    FailureOr<std::string> r = kw.eval(x, idx);
    kw.rawLoads = false;
    return r;
  };

  kw.line("# The program's BLOCK_M query rows, loaded once.");
  kw.line("rm = pid_m * BLOCK_M + tl.arange(0, BLOCK_M)[:, None]");
  kw.line("rd = tl.arange(0, BLOCK_D)[None, :]");
  kw.setAxes("rd", 2);
  kw.line("rdv = tl.arange(0, BLOCK_DV)[None, :]");
  kw.setAxes("rdv", 2);
  kw.line("qmask = " + maskOf("rm < " + kw.useDim(L), "rd", e, sched.blockD));
  FailureOr<std::string> qv = loadRaw(q, indexOf(q, "rm", "rd"), "qmask");
  if (failed(qv)) {
    materializeRequest = kw.materializeRequest;
    return failure();
  }
  std::string qTile = *qv;

  std::string loopHeader = causal ? "tl.minimum(" + kw.useDim(S) +
                                        ", (pid_m + 1) * BLOCK_M)"
                                  : kw.useDim(S);
  std::vector<std::string> init = {
      "m_i = tl.full([BLOCK_M], -float(\"inf\"), tl.float32)",
      "l_i = tl.zeros([BLOCK_M], tl.float32)",
      "acc = tl.zeros([BLOCK_M, BLOCK_DV], tl.float32)",
      "qk_scale = " + floatLiteral(scale * 1.4426950408889634)};
  std::vector<std::string> header = std::move(kw.lines);
  kw.lines.clear();
  kw.indent = 2;
  kw.line("rk = n0 + tl.arange(0, BLOCK_N)[:, None]");
  kw.setAxes("rk", 1);
  kw.line("cols = n0 + tl.arange(0, BLOCK_N)[None, :]");
  kw.line("kmask = " + maskOf("rk < " + S, "rd", e, sched.blockD));
  FailureOr<std::string> kv = loadRaw(k, indexOf(k, "rk", "rd"), "kmask");
  if (failed(kv)) {
    materializeRequest = kw.materializeRequest;
    return failure();
  }
  kw.line("vmask = " + maskOf("rk < " + S, "rdv", ev, sched.blockDv));
  FailureOr<std::string> vv = loadRaw(val, indexOf(val, "rk", "rdv"), "vmask");
  if (failed(vv)) {
    materializeRequest = kw.materializeRequest;
    return failure();
  }
  // tl.dot runs in the op's dtype at run time, whatever the buffers hold
  // (intermediate ones are fp32): tensor cores for fp16/bf16, IEEE products
  // for fp32. fp32 under the CPU interpreter, whose bf16 dot is wrong.
  Type elt = tensorType(v).getElementType();
  std::vector<std::string> extraParams = {"out"}, extraArgs = {out};
  std::string dt = tlType(elt);
  if (genericFloat && elt == genericFloat) {
    helpers.insert("tl_dtypes");
    extraParams.push_back("DOT_DTYPE: tl.constexpr");
    extraArgs.push_back("_TL_DTYPES[" + floatDtypeVar + "]");
    dt = "DOT_DTYPE";
  }
  dt = "tl.float32 if _INTERPRET else " + dt;
  std::vector<std::string> loads = std::move(kw.lines);
  kw.lines.clear();

  kw.indent = 1;
  kw.line("# Scale and log2(e) folded: exp2 below computes exp.");
  for (const std::string &i : init)
    kw.line(i);
  kw.line("q = " + qTile + ".to(" + dt + ")");
  kw.line("# Loop over key blocks with an online softmax: running row max "
          "m_i, running sum l_i, fp32 accumulator rescaled as the max grows" +
          std::string(causal ? "; causal: key blocks past the diagonal are "
                               "skipped"
                             : "") +
          ".");
  kw.line("for n0 in range(0, " + loopHeader + ", BLOCK_N):");
  kw.indent = 2;
  kw.lines.insert(kw.lines.end(), loads.begin(), loads.end());
  kw.line("qk = tl.dot(q, tl.trans(" + *kv + ".to(" + dt +
          ")), input_precision=\"ieee\")");
  std::string valid;
  if (causal)
    valid = "(cols <= rm)";
  if (maskKeys)
    valid += (valid.empty() ? "" : " & ") + std::string("(cols < ") + S + ")";
  if (valid.empty())
    kw.line("qk = qk * qk_scale");
  else
    kw.line("qk = tl.where(" + valid + ", qk * qk_scale, -float(\"inf\"))");
  kw.line("m_new = tl.maximum(m_i, tl.max(qk, 1))");
  kw.line("alpha = tl.exp2(m_i - m_new)");
  kw.line("p = tl.exp2(qk - m_new[:, None])");
  kw.line("l_i = l_i * alpha + tl.sum(p, 1)");
  kw.line("acc = tl.dot(p.to(" + dt + "), " + *vv + ".to(" + dt +
          "), acc * alpha[:, None], input_precision=\"ieee\")");
  kw.line("m_i = m_new");
  kw.indent = 1;
  kw.line("# Normalise and store in the output dtype.");
  kw.line("omask = " + maskOf("rm < " + L, "rdv", ev, sched.blockDv));
  Dims oi(bIdx.begin(), bIdx.end());
  oi.push_back("rm");
  oi.push_back("rdv");
  std::string off = kw.linearize(oi, od);
  kw.line("tl.store(out + " + off + ", _round(acc / l_i[:, None], "
          "out.dtype.element_ty), mask=omask)");
  std::vector<std::string> body = std::move(kw.lines);
  kw.lines = std::move(header);
  kw.lines.insert(kw.lines.end(), body.begin(), body.end());

  std::vector<std::pair<std::string, int64_t>> constexprs = {
      {"BLOCK_D", sched.blockD}, {"BLOCK_DV", sched.blockDv}};
  bool tuned = !sched.tune.empty();
  if (!tuned)
    constexprs.insert(constexprs.begin(), {{"BLOCK_M", sched.blockM},
                                           {"BLOCK_N", sched.blockN}});
  std::string grid =
      tuned ? "lambda META: (triton.cdiv(" + L + ", META[\"BLOCK_M\"]), " + B +
                  ")"
            : "(triton.cdiv(" + L + ", " + std::to_string(sched.blockM) +
                  "), " + B + ")";
  finishKernel(kw, extraParams, extraArgs, constexprs, grid,
               std::string("flash attention") + (causal ? " (causal)" : "") +
                   ": a program per (BLOCK_M query rows, batch); key blocks "
                   "of BLOCK_N streamed through an online softmax, no L x S "
                   "scores in memory",
               sched.warps, sched.tune, sched.stages);
  return success();
}

LogicalResult FunctionEmitter::emitKernel(Value v) {
  // The buffer is registered after its kernel, so the kernel computes `v`
  // instead of loading it.
  std::string out = "buf" + std::to_string(numBuffers++);
  // Intermediate buffers of the caller-following float type stay fp32 (a
  // loss's inner sum must not overflow fp16); results follow the caller.
  Type elt = tensorType(v).getElementType();
  bool isResult = llvm::is_contained(
      func.getBody().front().getTerminator()->getOperands(), v);
  std::string dtype = (!isResult && genericFloat && elt == genericFloat)
                          ? "torch.float32"
                          : runtimeDtype(elt);
  body.push_back(out + " = torch.empty(" + shapeTuple(v) + ", dtype=" + dtype +
                 ", device=_device)");
  Operation *op = v.getDefiningOp();
  StringRef name = op->getName().getStringRef();
  currentRoot = v;
  auto epi = epilogueOf.find(v);
  LogicalResult result = epi != epilogueOf.end() ? emitMatmul(epi->second, out, v)
                         : isReduction(name) && isSplitReduction(op)
                             ? emitSplitReduction(v, out)
                         : isReduction(name)     ? emitReduction(v, out)
                         : isScan(name)          ? emitScan(v, out)
                         : isMatmul(name)        ? emitMatmul(v, out, Value())
                         : isAttention(name)     ? emitAttention(v, out)
                                                 : emitPointwise(v, out);
  buffers[v] = out;
  currentRoot = Value();
  return result;
}

LogicalResult FunctionEmitter::run() {
  Block &entry = func.getBody().front();
  if (Attribute a = func->getAttr(kScheduleAttr)) {
    funcKnobs = dyn_cast<DictionaryAttr>(a);
    std::string error;
    if (!funcKnobs)
      return func.emitError("'py.schedule' must be a dictionary of knobs");
    if (failed(verifyScheduleKnobs(funcKnobs, error)))
      return func.emitError(error);
  }
  for (Operation &op : entry.without_terminator())
    if (auto d = op.getAttrOfType<DictionaryAttr>(kScheduleAttr)) {
      std::string error;
      if (failed(verifyScheduleKnobs(d, error)))
        return op.emitError(error);
    }
  // fuse=0: every reduction and matmul is a kernel of its own.
  bool fuse = knobInt("fuse").value_or(1) != 0;
  // Runtime-generic float dtype: when every float argument shares one type,
  // the wrapper follows the caller's dtype (fp32/fp16/bf16).
  for (BlockArgument arg : entry.getArguments()) {
    auto t = dyn_cast<RankedTensorType>(arg.getType());
    if (!t)
      return func.emitError("the Triton back end needs tensor arguments");
    if (isFloat(t.getElementType()) && !t.getElementType().isF64()) {
      if (!genericFloat)
        genericFloat = t.getElementType();
      else if (genericFloat != t.getElementType())
        genericFloat = Type();
    }
  }

  // Arguments: names, rank/dtype checks, symbolic dims.
  for (BlockArgument arg : entry.getArguments()) {
    std::string var = argName(func, arg.getArgNumber());
    std::replace(var.begin(), var.end(), '.', '_');
    paramNames.push_back(var);
    buffers[arg] = var;
    RankedTensorType t = tensorType(arg);
    Dims d;
    for (int64_t k = 0; k < t.getRank(); ++k)
      d.push_back(t.isDynamicDim(k) ? var + "_d" + std::to_string(k)
                                    : std::to_string(t.getDimSize(k)));
    dims[arg] = d;
  }

  // Kernel formation: materialise results, reductions, matmuls, scans and
  // non-splat constants.
  auto returnOp = cast<func::ReturnOp>(entry.getTerminator());
  for (Operation &op : entry.without_terminator()) {
    // Attention is the flash-attention kernel; -py-decompose (with
    // keep-attention) leaves in place only the calls it computes.
    if (auto attention = dyn_cast<py::ScaledDotProductAttentionOp>(op);
        attention && !py::isFlashAttentionSupported(attention))
      return op.emitError("the Triton back end does not support this "
                          "'py.scaled_dot_product_attention' (its "
                          "flash-attention kernel needs no attn_mask, an "
                          "f32, f16 or bf16 dtype and static head dims of "
                          "at most 256)");
    if (failed(computeDims(&op)))
      return failure();
    StringRef name = op.getName().getStringRef();
    if (name == "py.constant") {
      auto attr = cast<DenseElementsAttr>(op.getAttr("value"));
      if (attr.isSplat())
        continue;
      // A small constant tensor (e.g. a class-index range): made once per
      // call by the wrapper and read like an argument.
      if (attr.getNumElements() > 65536)
        return op.emitError("constant tensors of more than 65536 elements "
                            "are not supported by the Triton back end");
      Type elt = attr.getElementType();
      std::string values;
      if (isa<FloatType>(elt)) {
        for (APFloat f : attr.getValues<APFloat>())
          values += (values.empty() ? "" : ", ") + floatLiteral(f.convertToDouble());
      } else if (elt.isInteger(1)) {
        for (bool b : attr.getValues<bool>())
          values += std::string(values.empty() ? "" : ", ") + (b ? "True" : "False");
      } else {
        for (APInt i : attr.getValues<APInt>())
          values += (values.empty() ? "" : ", ") + std::to_string(i.getSExtValue());
      }
      std::string var = "_cst" + std::to_string(constLines.size());
      Value cv = op.getResult(0);
      // The values live at module level; the device tensor is made once per
      // device and cached (not rebuilt on every call).
      std::string global = "_" + func.getSymName().str() + var;
      constValues.push_back(global + " = [" + values + "]\n");
      constLines.push_back(var + " = _constant(\"" + global + "\", " + global +
                           ", " + torchType(elt) + ", " + shapeTuple(cv) +
                           ", _device)");
      buffers[cv] = var;
      continue;
    }
    if (isReduction(name) || isScan(name) || isMatmul(name) ||
        isAttention(name))
      materialized.insert(op.getResult(0));
  }
  for (Value r : returnOp.getOperands())
    if (!isa<BlockArgument>(r))
      materialized.insert(r);

  // The wrapper body: checks, then kernels in program order.
  std::string firstTensor;
  for (BlockArgument arg : entry.getArguments()) {
    RankedTensorType t = tensorType(arg);
    std::string var = paramNames[arg.getArgNumber()];
    if (firstTensor.empty())
      firstTensor = var;
    bool scalar = func.getArgAttr(arg.getArgNumber(), "py.scalar") != nullptr;
    if (scalar) {
      // A Python scalar argument: make it a 0-d tensor on the device.
      body.push_back(var + " = torch.as_tensor(" + var + ", dtype=" +
                     torchType(t.getElementType()) + ", device=_device)");
      continue;
    }
    std::string shape = "[";
    for (int64_t k = 0; k < t.getRank(); ++k)
      shape += (t.isDynamicDim(k) ? std::string("None") : std::to_string(t.getDimSize(k))) + ", ";
    shape += "]";
    std::string kind = isFloat(t.getElementType()) && genericFloat == t.getElementType()
                           ? "\"float\""
                           : torchType(t.getElementType());
    body.push_back("_check_tensor(" + var + ", \"" + var + "\", " + shape + ", " + kind + ", _device)");
    for (int64_t k = 0; k < t.getRank(); ++k)
      if (t.isDynamicDim(k))
        body.push_back(var + "_d" + std::to_string(k) + " = " + var + ".shape[" + std::to_string(k) + "]");
  }
  if (genericFloat) {
    // The runtime float dtype: that of the first float argument.
    for (BlockArgument arg : entry.getArguments())
      if (tensorType(arg).getElementType() == genericFloat &&
          !func.getArgAttr(arg.getArgNumber(), "py.scalar")) {
        floatDtypeVar = "_dtype";
        body.insert(body.begin(), "");
        body.push_back("_dtype = " + paramNames[arg.getArgNumber()] + ".dtype");
        break;
      }
    if (floatDtypeVar.empty())
      genericFloat = Type();
  }
  // Planning by trial: reductions start fused (persistent row kernels
  // compute them inline), matmuls fuse into a single pointwise consumer of
  // the same shape; whatever a kernel cannot compute inline is materialised
  // and the function is emitted again.
  for (Operation &op : entry.without_terminator()) {
    StringRef name = op.getName().getStringRef();
    if (!isReduction(name))
      continue;
    Value r = op.getResult(0);
    bool isResult = llvm::is_contained(returnOp.getOperands(), r);
    if (fuse && !isResult && findRowReductionCandidate(&op) && !isSplitReduction(&op))
      materialized.remove(r);
  }
  for (Operation &op : entry.without_terminator()) {
    if (!fuse || !isMatmul(op.getName().getStringRef()))
      continue;
    Value mmv = op.getResult(0);
    if (llvm::is_contained(returnOp.getOperands(), mmv))
      continue;
    // Exactly one root may contain it, a pointwise value of the same shape.
    materialized.remove(mmv);
    Value owner;
    unsigned count = 0;
    for (Value root : materialized) {
      llvm::SetVector<Operation *> region;
      collectRegion(root, region);
      if (region.contains(&op)) {
        owner = root;
        ++count;
      }
    }
    Operation *ownerOp = owner ? owner.getDefiningOp() : nullptr;
    if (count == 1 && ownerOp && !epilogueOf.count(owner) &&
        !isReduction(ownerOp->getName().getStringRef()) &&
        !isScan(ownerOp->getName().getStringRef()) &&
        !isMatmul(ownerOp->getName().getStringRef()) &&
        !isAttention(ownerOp->getName().getStringRef()) &&
        llvm::equal(dims[owner], dims[mmv]))
      epilogueOf[owner] = mmv;
    else
      materialized.insert(mmv);
  }
  for (std::string &l : constLines)
    body.push_back(l);
  std::string savedKernels = kernelText;
  unsigned savedCounter = kernelCounter;
  llvm::StringSet<> savedHelpers = helpers;
  size_t savedBody = body.size();
  DenseMap<Value, std::string> savedBuffers = buffers;
  // Errors reported while emitting (unsupported ops) end planning.
  bool sawError = false, unfusedRetry = false;
  ScopedDiagnosticHandler watch(func.getContext(), [&](Diagnostic &d) {
    if (d.getSeverity() == DiagnosticSeverity::Error)
      sawError = true;
    return failure(); // and let the next handler print it
  });
  for (unsigned attempt = 0;; ++attempt) {
    materializeRequest = Value();
    records.clear();
    // Kernels in program order.
    SmallVector<Value> order(materialized.begin(), materialized.end());
    llvm::sort(order, [](Value a, Value b) {
      return a.getDefiningOp()->isBeforeInBlock(b.getDefiningOp());
    });
    LogicalResult ok = success();
    for (Value v : order)
      if (failed(emitKernel(v))) {
        ok = failure();
        break;
      }
    if (succeeded(ok))
      break;
    if (sawError || attempt > 1000)
      return failure();
    if (!materializeRequest) {
      // A kernel failed without naming a value to materialise: plan again
      // with no fusion of reductions or matmuls (every one a kernel of its
      // own); if even that fails, say so instead of failing silently.
      if (unfusedRetry)
        return func.emitError("the Triton back end could not plan kernels "
                              "for this function (an internal limitation; "
                              "please report it with this source)");
      unfusedRetry = true;
      for (Operation &op : entry.without_terminator()) {
        StringRef n = op.getName().getStringRef();
        if (isReduction(n) || isMatmul(n))
          materialized.insert(op.getResult(0));
      }
      epilogueOf.clear();
    }
    // Roll back and materialise what was asked for.
    kernelText = savedKernels;
    kernelCounter = savedCounter;
    helpers = savedHelpers;
    body.resize(savedBody);
    buffers = savedBuffers;
    numBuffers = 0;
    if (materializeRequest) {
      for (auto it = epilogueOf.begin(); it != epilogueOf.end(); ++it)
        if (it->second == materializeRequest) {
          epilogueOf.erase(it);
          break;
        }
      materialized.insert(materializeRequest);
    }
  }
  std::string ret;
  for (Value r : returnOp.getOperands())
    ret += (ret.empty() ? "" : ", ") + buffers[r];
  if (returnOp.getNumOperands() == 1)
    body.push_back("return " + ret);
  else
    body.push_back("return (" + ret + (returnOp.getNumOperands() == 1 ? "," : "") + ")");
  dropUnusedConstants();

  // Device: the first tensor argument's.
  std::vector<std::string> lines;
  lines.push_back(firstTensor.empty() ? "_device = torch.device(\"cuda\" if torch.cuda.is_available() else \"cpu\")"
                                      : "_device = _device_of(" + firstTensor + ")");
  for (std::string &l : body)
    if (!l.empty())
      lines.push_back(l);
  std::string text;
  for (std::string &l : lines)
    text += "    " + l + "\n";
  wrapperText = text;
  return success();
}

/// Whether `line` names the Python variable `var` (not as part of a longer
/// name: `_cst1` is not in `_cst10` nor in `_f_cst1`).
static bool mentions(StringRef line, StringRef var) {
  auto isIdent = [](char c) { return llvm::isAlnum(c) || c == '_'; };
  for (size_t at = line.find(var); at != StringRef::npos;
       at = line.find(var, at + 1)) {
    size_t end = at + var.size();
    if ((at == 0 || !isIdent(line[at - 1])) &&
        (end == line.size() || !isIdent(line[end])))
      return true;
  }
  return false;
}

void FunctionEmitter::dropUnusedConstants() {
  // A constant can be dead once planned: a one-hot sum read as a gather
  // never reads its class range. Only the wrapper passes constants to
  // kernels (as `_cst<i>`), so a constant no other wrapper line names is
  // neither made nor defined.
  for (size_t i = 0; i < constLines.size(); ++i) {
    std::string var = "_cst" + std::to_string(i);
    bool used = llvm::any_of(body, [&](const std::string &l) {
      return l != constLines[i] && mentions(l, var);
    });
    if (used) {
      constDefs += constValues[i];
      continue;
    }
    llvm::erase_if(body, [&](const std::string &l) { return l == constLines[i]; });
  }
}

void FunctionEmitter::annotate() {
  MLIRContext *ctx = func.getContext();
  Builder b(ctx);
  Block &entry = func.getBody().front();
  for (Operation &op : entry.without_terminator()) {
    op.removeAttr("py.kernel");
    op.removeAttr("py.fused_into");
  }
  DenseMap<Operation *, SmallVector<Attribute>> fusedInto;
  for (const KernelRecord &r : records) {
    Operation *rootOp = r.root ? r.root.getDefiningOp() : nullptr;
    SmallVector<NamedAttribute> fields = {
        b.getNamedAttr("name", b.getStringAttr(r.name)),
        b.getNamedAttr("kind", b.getStringAttr(r.kind)),
        b.getNamedAttr("grid", b.getStringAttr(r.grid))};
    for (auto &[n, v] : r.constexprs)
      fields.push_back(b.getNamedAttr(n, b.getI64IntegerAttr(v)));
    if (r.tune.empty()) {
      fields.push_back(b.getNamedAttr("num_warps", b.getI64IntegerAttr(r.warps)));
    } else {
      SmallVector<Attribute> cfgs;
      for (const std::string &t : r.tune)
        cfgs.push_back(b.getStringAttr(t));
      fields.push_back(b.getNamedAttr("autotune", b.getArrayAttr(cfgs)));
    }
    if (rootOp && !rootOp->hasAttr("py.kernel"))
      rootOp->setAttr("py.kernel", b.getDictionaryAttr(fields));
    llvm::SetVector<Operation *> ops = r.ops;
    if (rootOp)
      ops.insert(rootOp);
    // A matmul whose epilogue is the root runs in the same kernel.
    if (auto mm = epilogueOf.find(r.root); mm != epilogueOf.end())
      ops.insert(mm->second.getDefiningOp());
    for (Operation *op : ops)
      if (op->getBlock() == &entry && !isa<func::ReturnOp>(op))
        fusedInto[op].push_back(b.getStringAttr(r.name));
  }
  for (auto &[op, names] : fusedInto) {
    SmallVector<Attribute> uniq;
    for (Attribute a : names)
      if (!llvm::is_contained(uniq, a))
        uniq.push_back(a);
    op->setAttr("py.fused_into", b.getArrayAttr(uniq));
  }
}

//===----------------------------------------------------------------------===//
// Module
//===----------------------------------------------------------------------===//


/// Indents every non-empty line of `text` by `n` spaces.
std::string indentText(StringRef text, unsigned n) {
  std::string out;
  SmallVector<StringRef> lines;
  text.split(lines, '\n');
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].trim().empty())
      out += std::string(n, ' ') + lines[i].str();
    if (i + 1 < lines.size())
      out += "\n";
  }
  return out;
}

/// A Python string literal for `s`.
std::string pyString(StringRef s) { return pythonStringLiteral(s); }

} // namespace

LogicalResult py2triton::exportTriton(ModuleOp module, raw_ostream &os,
                                      const TritonEmitterOptions &options) {
  std::string kernels, wrappers;
  llvm::StringSet<> helpers;
  unsigned kernelCounter = 0;
  bool hasModel = false;
  for (func::FuncOp func : module.getOps<func::FuncOp>()) {
    FunctionEmitter fe(func, kernelCounter, kernels, helpers);
    if (failed(fe.run()))
      return failure();
    if (options.annotate)
      fe.annotate();
    if (!fe.constDefs.empty())
      wrappers += fe.constDefs + "\n\n";
    Block &entry = func.getBody().front();
    // The Python parameters: the function's own arguments (a Model's
    // parameters and buffers come from `self`).
    const std::vector<std::string> &paramNames = fe.paramNames;
    std::vector<std::string> params;
    bool isModel = func->hasAttr("py.class");
    for (BlockArgument arg : entry.getArguments())
      if (!func.getArgAttr(arg.getArgNumber(), "py.param"))
        params.push_back(paramNames[arg.getArgNumber()]);
    std::string doc;
    if (auto d = func->getAttrOfType<StringAttr>("py.doc"))
      doc = "    " + pyString(d.getValue()) + "\n";
    if (!isModel) {
      wrappers += fillTemplate("wrapper", {{"name", func.getSymName().str()},
                                           {"params", llvm::join(params, ", ")},
                                           {"docstring", doc},
                                           {"body", fe.wrapperText}});
      continue;
    }
    // A Model: the kernels run as `_Model_forward(params..., inputs...)`;
    // ModelNew subclasses the original Model (same constructor, parameter
    // names and initialisation) and overrides forward.
    hasModel = true;
    std::vector<std::string> callArgs;
    for (BlockArgument arg : entry.getArguments()) {
      if (func.getArgAttr(arg.getArgNumber(), "py.param"))
        callArgs.push_back("_attr(self, \"" + argName(func, arg.getArgNumber()) + "\")");
      else
        callArgs.push_back(paramNames[arg.getArgNumber()]);
    }
    wrappers += fillTemplate("model_new",
                             {{"name", func.getSymName().str()},
                              {"kernel_params", llvm::join(paramNames, ", ")},
                              {"body", fe.wrapperText},
                              {"params", llvm::join(params, ", ")},
                              {"call_args", llvm::join(callArgs, ", ")}});
  }

  std::vector<std::string> names;
  for (func::FuncOp func : module.getOps<func::FuncOp>())
    names.push_back(func->hasAttr("py.class") ? "Model -> ModelNew"
                                              : func.getSymName().str());
  os << fillTemplate("header", {{"source", options.sourceName.str()},
                                {"functions", llvm::join(names, ", ")}});
  os << getTemplate("helpers") << "\n\n";
  os << getTemplate("round");
  for (StringRef h : {"pow", "tanh", "mul_combine", "max_rows", "tl_dtypes"})
    if (helpers.count(h))
      os << getTemplate(h);
  if (hasModel)
    os << fillTemplate("model_source",
                       {{"source_literal", pyString(options.source)},
                        {"source_name_literal", pyString(options.sourceName)}});
  os << kernels;
  os << wrappers;
  (void)indentText;
  return success();
}
