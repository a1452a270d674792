//===- Decompose.cpp - composite py ops to primitive py ops ---------------===//
//
// Implements -py-decompose: one rewrite pattern per composite py op, each
// replacing the op by its torch definition over primitive py ops. The
// formulas, and the ops left in place, are listed in Passes.td.
//
// Conventions shared by every rewrite:
//  * All checks run before the first op is created, so a pattern that fails
//    leaves the IR untouched.
//  * Float math of f16/bf16 runs in f32 and integer inputs of float-valued
//    ops are cast to f32 first (getComputeType), as torch's kernels compute
//    in their "opmath" type.
//  * Scalars are rank-0 py.constant ops of the computation's element type.
//  * The replacement gets the replaced op's exact type: a final py.cast fixes
//    the element type and any dim that inference made more (or less) static.
//
//===----------------------------------------------------------------------===//

#include "py2triton/Dialect/Py/Transforms/Passes.h"

#include "py2triton/Dialect/Py/IR/PyOps.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/ADT/STLExtras.h"

#include <cmath>
#include <limits>
#include <numeric>
#include <optional>

namespace py2triton::py {
#define GEN_PASS_DEF_DECOMPOSE
#include "py2triton/Dialect/Py/Transforms/Passes.h.inc"
} // namespace py2triton::py

using namespace mlir;
using namespace py2triton;
using namespace py2triton::py;

static constexpr int64_t kDynamic = ShapedType::kDynamic;
static constexpr double kInf = std::numeric_limits<double>::infinity();

//===----------------------------------------------------------------------===//
// Types, shapes and dims
//===----------------------------------------------------------------------===//

static RankedTensorType getTensorType(Value value) {
  return cast<RankedTensorType>(value.getType());
}

static Type getElementType(Value value) {
  return getTensorType(value).getElementType();
}

static int64_t getRank(Value value) { return getTensorType(value).getRank(); }

/// The element type float math on `type` runs in: f16 and bf16 widen to f32
/// (torch's opmath type), integers and bool become f32, f32 and f64 stay.
static Type getComputeType(Type type) {
  if (type.isF32() || type.isF64())
    return type;
  return Float32Type::get(type.getContext());
}

/// Normalises a verified torch dim; rank-0 tensors accept 0 and -1.
static int64_t normalizeVerifiedDim(int64_t dim, int64_t rank) {
  std::optional<int64_t> normalized =
      normalizeDim(dim, std::max<int64_t>(rank, 1));
  assert(normalized && "dims of verified ops are in range");
  return *normalized;
}

/// The reduced dims of a reduction in increasing order; empty `dims` means
/// every dim.
static SmallVector<int64_t> getReducedDims(ArrayRef<int64_t> dims,
                                           int64_t rank) {
  SmallVector<int64_t> result;
  if (dims.empty()) {
    result.resize(rank);
    std::iota(result.begin(), result.end(), 0);
    return result;
  }
  for (int64_t dim : dims)
    result.push_back(normalizeVerifiedDim(dim, rank));
  llvm::sort(result);
  return result;
}

/// The dims [begin, end).
static SmallVector<int64_t> getDimRange(int64_t begin, int64_t end) {
  SmallVector<int64_t> result;
  for (int64_t i = begin; i < end; ++i)
    result.push_back(i);
  return result;
}

/// The number of elements in `dims` (sorted, normalised; a rank-0 tensor's
/// dim 0 counts 1), or kDynamic when one of them is dynamic.
static int64_t getStaticCount(RankedTensorType type, ArrayRef<int64_t> dims) {
  int64_t count = 1;
  for (int64_t dim : dims) {
    if (dim >= type.getRank())
      continue;
    if (type.isDynamicDim(dim))
      return kDynamic;
    count *= type.getDimSize(dim);
  }
  return count;
}

/// A `py.reshape` shape for `shape`, or failure when more than one size is
/// unknown: the one dynamic size becomes -1.
static FailureOr<SmallVector<int64_t>>
getReshapeTarget(ArrayRef<int64_t> shape) {
  if (llvm::count(shape, kDynamic) > 1)
    return failure();
  SmallVector<int64_t> result(shape);
  for (int64_t &size : result)
    if (size == kDynamic)
      size = -1;
  return result;
}

//===----------------------------------------------------------------------===//
// Building primitive ops
//===----------------------------------------------------------------------===//

namespace {
/// Builds primitive py ops at one location, with the helpers the rewrites
/// share (scalars, casts, reductions, norms, softmax).
class PrimitiveBuilder {
public:
  explicit PrimitiveBuilder(ImplicitLocOpBuilder &b) : b(b) {}

  template <typename OpTy, typename... Args>
  Value create(Args &&...args) {
    return b.create<OpTy>(std::forward<Args>(args)...).getResult();
  }

  /// A rank-0 constant of `elementType`; integer values are truncated.
  Value scalar(Type elementType, double value) {
    auto type = RankedTensorType::get({}, elementType);
    if (isa<FloatType>(elementType))
      return create<ConstantOp>(
          DenseElementsAttr::get(type, b.getFloatAttr(elementType, value)));
    auto intType = cast<IntegerType>(elementType);
    APInt bits(intType.getWidth(),
               static_cast<uint64_t>(static_cast<int64_t>(value)),
               /*isSigned=*/!intType.isUnsigned());
    return create<ConstantOp>(DenseElementsAttr::get(type, bits));
  }
  /// A rank-0 constant of `like`'s element type.
  Value scalarLike(Value like, double value) {
    return scalar(getElementType(like), value);
  }

  /// `value` with element type `elementType` (a py.cast unless it has it).
  Value castElement(Value value, Type elementType) {
    RankedTensorType type = getTensorType(value);
    if (type.getElementType() == elementType)
      return value;
    return b.create<CastOp>(type.clone(elementType), value).getResult();
  }
  /// `value` in its compute type (see getComputeType).
  Value widen(Value value) {
    return castElement(value, getComputeType(getElementType(value)));
  }

  Value add(Value a, Value c) { return create<AddOp>(a, c); }
  Value sub(Value a, Value c) { return create<SubOp>(a, c); }
  Value mul(Value a, Value c) { return create<MulOp>(a, c); }
  Value div(Value a, Value c) { return create<DivOp>(a, c); }
  Value max(Value a, Value c) { return create<MaximumOp>(a, c); }
  Value min(Value a, Value c) { return create<MinimumOp>(a, c); }
  Value where(Value cond, Value a, Value c) {
    return create<WhereOp>(cond, a, c);
  }
  Value addScalar(Value a, double c) { return add(a, scalarLike(a, c)); }
  Value mulScalar(Value a, double c) { return mul(a, scalarLike(a, c)); }
  Value divScalar(Value a, double c) { return div(a, scalarLike(a, c)); }
  Value maxScalar(Value a, double c) { return max(a, scalarLike(a, c)); }
  Value minScalar(Value a, double c) { return min(a, scalarLike(a, c)); }
  Value square(Value a) { return mul(a, a); }

  Value sum(Value x, ArrayRef<int64_t> dims, bool keepdim) {
    return create<SumOp>(x, dims, keepdim);
  }
  Value amax(Value x, ArrayRef<int64_t> dims, bool keepdim) {
    return create<AmaxOp>(x, dims, keepdim);
  }

  /// mean(x, dims) as sum / N, where N is `count` or the static number of
  /// reduced elements; with a dynamic count this emits `py.mean` (the one
  /// composite op the pass leaves for the back end). `dims` are normalised.
  Value mean(Value x, ArrayRef<int64_t> dims, bool keepdim,
             int64_t count = kDynamic) {
    if (count == kDynamic)
      count = getStaticCount(getTensorType(x), dims);
    if (count == kDynamic)
      return create<MeanOp>(x, dims, keepdim);
    return divScalar(sum(x, dims, keepdim), static_cast<double>(count));
  }

  /// torch.linalg.vector_norm(x, p, dims, keepdim) of float `x`.
  Value vectorNorm(Value x, double p, ArrayRef<int64_t> dims, bool keepdim) {
    if (p == 2.0)
      return create<SqrtOp>(sum(square(x), dims, keepdim));
    Value magnitude = create<AbsOp>(x);
    if (p == 1.0)
      return sum(magnitude, dims, keepdim);
    if (p == kInf)
      return amax(magnitude, dims, keepdim);
    if (p == -kInf)
      return create<AminOp>(magnitude, dims, keepdim);
    if (p == 0.0) {
      Value nonzero = create<NeOp>(x, scalarLike(x, 0.0));
      return castElement(sum(nonzero, dims, keepdim), getElementType(x));
    }
    Value powered = create<PowOp>(magnitude, scalarLike(x, p));
    return create<PowOp>(sum(powered, dims, keepdim), scalarLike(x, 1.0 / p));
  }

  /// log_softmax(x, dim) = (x - m) - log(sum(exp(x - m))), m = amax(x, dim).
  Value logSoftmax(Value x, int64_t dim) {
    Value shifted = sub(x, amax(x, {dim}, /*keepdim=*/true));
    Value total = sum(create<ExpOp>(shifted), {dim}, /*keepdim=*/true);
    return sub(shifted, create<LogOp>(total));
  }

  /// Applies a loss reduction to the per-element loss.
  Value reduceLoss(Value loss, StringRef reduction) {
    if (reduction == "none" || getRank(loss) == 0)
      return loss;
    SmallVector<int64_t> all = getDimRange(0, getRank(loss));
    if (reduction == "sum")
      return sum(loss, all, /*keepdim=*/false);
    return mean(loss, all, /*keepdim=*/false);
  }

  /// A per-channel [C] operand shaped to broadcast along dim 1 of a rank
  /// `rank` tensor: [1, C, 1, ...] (unchanged for rank 2).
  Value channelOperand(Value value, int64_t rank) {
    if (getRank(value) == 1 && rank == 2)
      return value;
    SmallVector<int64_t> shape(rank, 1);
    int64_t channels = getTensorType(value).getDimSize(0);
    shape[1] = ShapedType::isDynamic(channels) ? -1 : channels;
    return create<ReshapeOp>(value, shape);
  }

private:
  ImplicitLocOpBuilder &b;
};
} // namespace

//===----------------------------------------------------------------------===//
// Decompositions
//===----------------------------------------------------------------------===//
//
// One `decompose` overload per composite op: it returns the replacement
// value, or failure before creating any op when the op must stay.

// Activations ----------------------------------------------------------------

/// The bounds of a clamp for `elementType`: integers clamp to the integers
/// inside [lo, hi] (ceil(lo), floor(hi)), as torch's result rounds to them.
static Value clampBetween(PrimitiveBuilder &p, Value x,
                          std::optional<double> lo, std::optional<double> hi) {
  bool isInt = !isFloatType(getElementType(x));
  if (lo)
    x = p.maxScalar(x, isInt ? std::ceil(*lo) : *lo);
  if (hi)
    x = p.minScalar(x, isInt ? std::floor(*hi) : *hi);
  return x;
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, ReluOp op) {
  return p.maxScalar(op.getInput(), 0.0);
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, Relu6Op op) {
  return clampBetween(p, op.getInput(), 0.0, 6.0);
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, HardtanhOp op) {
  return clampBetween(p, op.getInput(), op.getMinVal().convertToDouble(),
                      op.getMaxVal().convertToDouble());
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, ClampOp op) {
  auto toDouble = [](std::optional<APFloat> value) -> std::optional<double> {
    if (!value)
      return std::nullopt;
    return value->convertToDouble();
  };
  return clampBetween(p, op.getInput(), toDouble(op.getMin()),
                      toDouble(op.getMax()));
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, LeakyReluOp op) {
  Value x = p.widen(op.getInput());
  Value positive = p.create<GtOp>(x, p.scalarLike(x, 0.0));
  return p.where(positive, x,
                 p.mulScalar(x, op.getNegativeSlope().convertToDouble()));
}

/// where(x > 0, x, alpha * expm1(x)), elu (and selu before its scale).
static Value buildElu(PrimitiveBuilder &p, Value x, double alpha) {
  Value negative = p.mulScalar(p.create<Expm1Op>(x), alpha);
  return p.where(p.create<GtOp>(x, p.scalarLike(x, 0.0)), x, negative);
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, EluOp op) {
  return buildElu(p, p.widen(op.getInput()), op.getAlpha().convertToDouble());
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, CeluOp op) {
  double alpha = op.getAlpha().convertToDouble();
  Value x = p.widen(op.getInput());
  // celu divides by alpha: x / alpha, not x * (1 / alpha).
  Value scaled = p.divScalar(x, alpha);
  Value negative = p.mulScalar(p.create<Expm1Op>(scaled), alpha);
  return p.where(p.create<GtOp>(x, p.scalarLike(x, 0.0)), x, negative);
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, SeluOp op) {
  // torch.nn.SELU's constants.
  constexpr double kAlpha = 1.6732632423543772848170429916717;
  constexpr double kScale = 1.0507009873554804934193349852946;
  return p.mulScalar(buildElu(p, p.widen(op.getInput()), kAlpha), kScale);
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, GeluOp op) {
  Value x = p.widen(op.getInput());
  if (op.getApproximate() == "tanh") {
    // 0.5 * x * (1 + tanh(sqrt(2/pi) * (x + 0.044715 * x^3)))
    constexpr double kBeta = M_SQRT2 * M_2_SQRTPI * 0.5;
    constexpr double kKappa = 0.044715;
    Value cube = p.mul(p.mul(x, x), x);
    Value inner = p.mulScalar(p.add(x, p.mulScalar(cube, kKappa)), kBeta);
    Value onePlus = p.addScalar(p.create<TanhOp>(inner), 1.0);
    return p.mul(p.mulScalar(x, 0.5), onePlus);
  }
  // x * 0.5 * (1 + erf(x * M_SQRT1_2))
  Value erf = p.create<ErfOp>(p.mulScalar(x, M_SQRT1_2));
  Value half = p.mulScalar(x, 0.5);
  return p.mul(half, p.addScalar(erf, 1.0));
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, SiluOp op) {
  Value x = p.widen(op.getInput());
  return p.mul(x, p.create<SigmoidOp>(x));
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, MishOp op) {
  Value x = p.widen(op.getInput());
  Value softplus = p.create<Log1pOp>(p.create<ExpOp>(x));
  return p.mul(x, p.create<TanhOp>(softplus));
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, SoftplusOp op) {
  double beta = op.getBeta().convertToDouble();
  double threshold = op.getThreshold().convertToDouble();
  Value x = p.widen(op.getInput());
  Value scaled = beta == 1.0 ? x : p.mulScalar(x, beta);
  Value soft = p.create<Log1pOp>(p.create<ExpOp>(scaled));
  if (beta != 1.0)
    soft = p.divScalar(soft, beta);
  Value linear = p.create<GtOp>(scaled, p.scalarLike(x, threshold));
  return p.where(linear, x, soft);
}

/// minimum(maximum(x + 3, 0), 6), hardsigmoid's numerator.
static Value buildRelu6Plus3(PrimitiveBuilder &p, Value x) {
  return p.minScalar(p.maxScalar(p.addScalar(x, 3.0), 0.0), 6.0);
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, HardsigmoidOp op) {
  return p.divScalar(buildRelu6Plus3(p, p.widen(op.getInput())), 6.0);
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, HardswishOp op) {
  Value x = p.widen(op.getInput());
  return p.divScalar(p.mul(x, buildRelu6Plus3(p, x)), 6.0);
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, SoftsignOp op) {
  Value x = p.widen(op.getInput());
  return p.div(x, p.addScalar(p.create<AbsOp>(x), 1.0));
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, TanhshrinkOp op) {
  Value x = p.widen(op.getInput());
  return p.sub(x, p.create<TanhOp>(x));
}

/// log(sigmoid(x)) in torch's stable form min(x, 0) - log1p(exp(-|x|)).
static Value buildLogSigmoid(PrimitiveBuilder &p, Value x) {
  Value negAbs = p.create<NegOp>(p.create<AbsOp>(x));
  Value log1pExp = p.create<Log1pOp>(p.create<ExpOp>(negAbs));
  return p.sub(p.minScalar(x, 0.0), log1pExp);
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, LogSigmoidOp op) {
  return buildLogSigmoid(p, p.widen(op.getInput()));
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, HardshrinkOp op) {
  // torch: (x >= -l && x <= l) ? 0 : x, so NaN stays NaN.
  Value x = op.getInput();
  Value inside = p.create<LeOp>(
      p.create<AbsOp>(x), p.scalarLike(x, op.getLambd().convertToDouble()));
  return p.where(inside, p.scalarLike(x, 0.0), x);
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, SoftshrinkOp op) {
  // x - clamp(x, -l, l): x - l above l, x + l below -l, 0 between, NaN kept.
  double lambd = op.getLambd().convertToDouble();
  Value x = p.widen(op.getInput());
  return p.sub(x, p.minScalar(p.maxScalar(x, -lambd), lambd));
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, ThresholdOp op) {
  // torch: x <= threshold ? value : x. For integer x, x <= t iff x <= floor(t).
  Value x = op.getInput();
  double threshold = op.getThreshold().convertToDouble();
  if (!isFloatType(getElementType(x)))
    threshold = std::floor(threshold);
  Value below = p.create<LeOp>(x, p.scalarLike(x, threshold));
  return p.where(below, p.scalarLike(x, op.getValue().convertToDouble()), x);
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, SquareOp op) {
  return p.square(op.getInput());
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, Log10Op op) {
  Value x = p.widen(op.getInput());
  return p.divScalar(p.create<LogOp>(x), M_LN10);
}

// Reductions -----------------------------------------------------------------

template <typename OpTy>
static SmallVector<int64_t> getReducedDims(OpTy op) {
  return getReducedDims(op.getDims(), getRank(op.getInput()));
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, MeanOp op) {
  SmallVector<int64_t> dims = getReducedDims(op);
  int64_t count = getStaticCount(op.getInput().getType(), dims);
  if (count == kDynamic)
    return failure(); // the count is only known at run time
  return p.mean(p.widen(op.getInput()), dims, op.getKeepdim(), count);
}

/// var(x, dims, correction) by two passes. A dynamic count N is counted at
/// run time as sum(ones_like(x)) (the mean is a `py.mean`), as the back end
/// has no `py.var` / `py.std`.
template <typename OpTy>
static FailureOr<Value> buildVariance(PrimitiveBuilder &p, OpTy op) {
  SmallVector<int64_t> dims = getReducedDims(op);
  int64_t count = getStaticCount(op.getInput().getType(), dims);
  double correction = static_cast<double>(op.getCorrection());
  Value x = p.widen(op.getInput());
  Value centered = p.sub(x, p.mean(x, dims, /*keepdim=*/true, count));
  Value total = p.sum(p.square(centered), dims, op.getKeepdim());
  if (count == kDynamic) {
    Value ones = p.create<FullLikeOp>(x, APFloat(1.0f));
    Value n = p.sum(ones, dims, op.getKeepdim());
    if (correction != 0.0)
      n = p.maxScalar(p.addScalar(n, -correction), 0.0);
    return p.div(total, n);
  }
  double divisor = std::max(static_cast<double>(count) - correction, 0.0);
  return p.divScalar(total, divisor);
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, VarOp op) {
  return buildVariance(p, op);
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, StdOp op) {
  FailureOr<Value> variance = buildVariance(p, op);
  if (failed(variance))
    return failure();
  return p.create<SqrtOp>(*variance);
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, LogsumexpOp op) {
  SmallVector<int64_t> dims = getReducedDims(op);
  Value x = p.widen(op.getInput());
  Value maxima = p.amax(x, dims, /*keepdim=*/true);
  // Infinite maxima (all -inf, or a +inf) shift by 0, as torch does.
  Value isInf = p.create<EqOp>(p.create<AbsOp>(maxima), p.scalarLike(x, kInf));
  Value shift = p.where(isInf, p.scalarLike(x, 0.0), maxima);
  Value total = p.sum(p.create<ExpOp>(p.sub(x, shift)), dims, /*keepdim=*/true);
  Value result = p.add(p.create<LogOp>(total), shift);
  if (op.getKeepdim() || getRank(result) == 0)
    return result;
  return p.create<SqueezeOp>(result, dims);
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, NormOp op) {
  return p.vectorNorm(p.widen(op.getInput()), op.getP().convertToDouble(),
                      getReducedDims(op), op.getKeepdim());
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, AnyOp op) {
  // sum(x != 0) != 0; the i1 sum counts in i64.
  Value x = op.getInput();
  Value truth =
      isBoolType(getElementType(x)) ? x : p.create<NeOp>(x, p.scalarLike(x, 0));
  Value count = p.sum(truth, getReducedDims(op), op.getKeepdim());
  return p.create<NeOp>(count, p.scalarLike(count, 0));
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, AllOp op) {
  // sum(logical_not(x)) == 0: no false (zero) element.
  Value falsity = p.create<LogicalNotOp>(op.getInput());
  Value count = p.sum(falsity, getReducedDims(op), op.getKeepdim());
  return p.create<EqOp>(count, p.scalarLike(count, 0));
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, SoftmaxOp op) {
  Value x = p.widen(op.getInput());
  int64_t dim =
      normalizeVerifiedDim(static_cast<int64_t>(op.getDim()), getRank(x));
  Value e = p.create<ExpOp>(p.sub(x, p.amax(x, {dim}, /*keepdim=*/true)));
  return p.div(e, p.sum(e, {dim}, /*keepdim=*/true));
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, LogSoftmaxOp op) {
  Value x = p.widen(op.getInput());
  return p.logSoftmax(
      x, normalizeVerifiedDim(static_cast<int64_t>(op.getDim()), getRank(x)));
}

// Matrix products and shapes -------------------------------------------------

static FailureOr<Value> decompose(PrimitiveBuilder &p, BmmOp op) {
  return p.create<MatmulOp>(op.getLhs(), op.getRhs());
}

/// A product with a vector operand is a memory-bound reduction, not tile
/// work for tl.dot: matvec, vecmat and dot become multiply + sum in the
/// compute type (fp32 for 16-bit floats, like torch's accumulation).
static FailureOr<Value> decompose(PrimitiveBuilder &p, MatmulOp op) {
  Value a = op.getLhs(), v = op.getRhs();
  int64_t ra = getRank(a), rb = getRank(v);
  if ((ra != 1 && rb != 1) || !isFloatType(getElementType(a)) ||
      !isFloatType(getElementType(v)))
    return failure();
  Value wa = p.widen(a), wb = p.widen(v);
  if (ra == 1 && rb == 1)
    return p.sum(p.mul(wa, wb), {0}, /*keepdim=*/false);
  if (rb == 1) // [..., M, K] @ [K] -> [..., M]
    return p.sum(p.mul(wa, wb), {ra - 1}, /*keepdim=*/false);
  // [K] @ [..., K, N] -> [..., N]
  Value column = p.create<UnsqueezeOp>(wa, int64_t(1));
  return p.sum(p.mul(column, wb), {rb - 2}, /*keepdim=*/false);
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, LinearOp op) {
  Value weightT = p.create<TransposeOp>(op.getWeight(), 0, 1);
  Value result = p.create<MatmulOp>(op.getInput(), weightT);
  if (Value bias = op.getBias())
    result = p.add(result, bias);
  return result;
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, FlattenOp op) {
  RankedTensorType type = op.getInput().getType();
  int64_t rank = type.getRank();
  if (rank == 0)
    return p.create<ReshapeOp>(op.getInput(), ArrayRef<int64_t>{1});
  int64_t start =
      normalizeVerifiedDim(static_cast<int64_t>(op.getStartDim()), rank);
  int64_t end =
      normalizeVerifiedDim(static_cast<int64_t>(op.getEndDim()), rank);
  SmallVector<int64_t> shape(type.getShape().take_front(start));
  shape.push_back(getStaticCount(type, getDimRange(start, end + 1)));
  llvm::append_range(shape, type.getShape().drop_front(end + 1));
  FailureOr<SmallVector<int64_t>> target = getReshapeTarget(shape);
  if (failed(target))
    return failure();
  return p.create<ReshapeOp>(op.getInput(), *target);
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, StackOp op) {
  int64_t rank = getRank(op.getInputs().front());
  int64_t dim =
      normalizeVerifiedDim(static_cast<int64_t>(op.getDim()), rank + 1);
  SmallVector<Value> pieces;
  for (Value input : op.getInputs())
    pieces.push_back(p.create<UnsqueezeOp>(input, dim));
  return p.create<CatOp>(pieces, dim);
}

// Normalisation --------------------------------------------------------------

/// (x - mean) * rsqrt(var + eps) over `dims` with the biased variance.
static Value buildStandardize(PrimitiveBuilder &p, Value x,
                              ArrayRef<int64_t> dims, double eps,
                              int64_t count = kDynamic) {
  Value centered = p.sub(x, p.mean(x, dims, /*keepdim=*/true, count));
  Value variance = p.mean(p.square(centered), dims, /*keepdim=*/true, count);
  return p.mul(centered, p.create<RsqrtOp>(p.addScalar(variance, eps)));
}

/// y * weight + bias for the optional per-channel operands of batch, group
/// and instance norm (dim 1 of a rank `rank` tensor).
static Value applyChannelAffine(PrimitiveBuilder &p, Value y, Value weight,
                                Value bias, int64_t rank) {
  if (weight)
    y = p.mul(y, p.channelOperand(p.widen(weight), rank));
  if (bias)
    y = p.add(y, p.channelOperand(p.widen(bias), rank));
  return y;
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, LayerNormOp op) {
  ArrayRef<int64_t> normalized = op.getNormalizedShape();
  int64_t rank = getRank(op.getInput());
  int64_t count = 1;
  for (int64_t size : normalized)
    count *= size;
  Value x = p.widen(op.getInput());
  SmallVector<int64_t> dims = getDimRange(rank - normalized.size(), rank);
  Value y = buildStandardize(p, x, dims, op.getEps().convertToDouble(), count);
  if (Value weight = op.getWeight())
    y = p.mul(y, p.widen(weight));
  if (Value bias = op.getBias())
    y = p.add(y, p.widen(bias));
  return y;
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, RmsNormOp op) {
  ArrayRef<int64_t> normalized = op.getNormalizedShape();
  int64_t rank = getRank(op.getInput());
  int64_t count = 1;
  for (int64_t size : normalized)
    count *= size;
  Value x = p.widen(op.getInput());
  // torch's default eps is the epsilon of the opmath type (f32 for
  // f16/bf16/f32 inputs, f64 for f64), not of the input dtype.
  double eps = getElementType(x).isF64()
                   ? std::numeric_limits<double>::epsilon()
                   : std::numeric_limits<float>::epsilon();
  if (std::optional<APFloat> attr = op.getEps())
    eps = attr->convertToDouble();
  SmallVector<int64_t> dims = getDimRange(rank - normalized.size(), rank);
  Value meanSquare = p.mean(p.square(x), dims, /*keepdim=*/true, count);
  Value y = p.mul(x, p.create<RsqrtOp>(p.addScalar(meanSquare, eps)));
  // torch casts back to the input dtype before applying the weight.
  y = p.castElement(y, getElementType(op.getInput()));
  if (Value weight = op.getWeight())
    y = p.mul(y, weight);
  return y;
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, BatchNormOp op) {
  Value x = p.widen(op.getInput());
  int64_t rank = getRank(x);
  Value mean = p.channelOperand(p.widen(op.getRunningMean()), rank);
  Value var = p.channelOperand(p.widen(op.getRunningVar()), rank);
  Value invStd =
      p.create<RsqrtOp>(p.addScalar(var, op.getEps().convertToDouble()));
  Value y = p.mul(p.sub(x, mean), invStd);
  return applyChannelAffine(p, y, op.getWeight(), op.getBias(), rank);
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, GroupNormOp op) {
  RankedTensorType type = op.getInput().getType();
  int64_t rank = type.getRank();
  int64_t groups = static_cast<int64_t>(op.getNumGroups());
  int64_t channels = type.getDimSize(1);
  if (ShapedType::isDynamic(channels))
    return failure();
  // [N, C, *] -> [N, G, C/G, *]; statistics over dims 2.. of that.
  SmallVector<int64_t> grouped = {type.getDimSize(0), groups,
                                  channels / groups};
  llvm::append_range(grouped, type.getShape().drop_front(2));
  FailureOr<SmallVector<int64_t>> groupedTarget = getReshapeTarget(grouped);
  FailureOr<SmallVector<int64_t>> originalTarget =
      getReshapeTarget(type.getShape());
  if (failed(groupedTarget) || failed(originalTarget))
    return failure();
  Value x = p.create<ReshapeOp>(p.widen(op.getInput()), *groupedTarget);
  Value y = buildStandardize(p, x, getDimRange(2, rank + 1),
                             op.getEps().convertToDouble());
  y = p.create<ReshapeOp>(y, *originalTarget);
  return applyChannelAffine(p, y, op.getWeight(), op.getBias(), rank);
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, InstanceNormOp op) {
  Value x = p.widen(op.getInput());
  int64_t rank = getRank(x);
  Value y = buildStandardize(p, x, getDimRange(2, rank),
                             op.getEps().convertToDouble());
  return applyChannelAffine(p, y, op.getWeight(), op.getBias(), rank);
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, NormalizeOp op) {
  Value x = p.widen(op.getInput());
  int64_t dim =
      normalizeVerifiedDim(static_cast<int64_t>(op.getDim()), getRank(x));
  Value norm =
      p.vectorNorm(x, op.getP().convertToDouble(), {dim}, /*keepdim=*/true);
  return p.div(x, p.maxScalar(norm, op.getEps().convertToDouble()));
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, CosineSimilarityOp op) {
  // torch (ATen cosine_similarity): broadcast x1 and x2, then
  // sum((x1 / max(||x1||, eps)) * (x2 / max(||x2||, eps)), dim).
  RankedTensorType type1 = op.getX1().getType();
  RankedTensorType type2 = op.getX2().getType();
  SmallVector<int64_t> shape =
      *broadcastShapes(type1.getShape(), type2.getShape());
  int64_t rank = shape.size();
  int64_t dim = normalizeVerifiedDim(static_cast<int64_t>(op.getDim()), rank);
  // An operand whose reduced dim is broadcast must be expanded first (its
  // norm counts every copy): unsqueeze to the full rank, then expand.
  auto needsExpand = [&](RankedTensorType type) {
    int64_t local = dim - (rank - type.getRank());
    return rank > 0 && shape[dim] != 1 &&
           (local < 0 || type.getDimSize(local) == 1);
  };
  bool expand1 = needsExpand(type1), expand2 = needsExpand(type2);
  if ((expand1 || expand2) && ShapedType::isDynamic(shape[dim]))
    return failure();
  Type computeType = getComputeType(getElementType(op.getResult()));
  auto prepare = [&](Value x, bool expand) {
    x = p.castElement(x, computeType);
    while (getRank(x) < rank)
      x = p.create<UnsqueezeOp>(x, 0);
    if (!expand)
      return x;
    SmallVector<int64_t> sizes(rank, -1);
    sizes[dim] = shape[dim];
    return p.create<ExpandOp>(x, sizes);
  };
  Value x1 = prepare(op.getX1(), expand1);
  Value x2 = prepare(op.getX2(), expand2);
  double eps = op.getEps().convertToDouble();
  auto unit = [&](Value x) {
    Value norm = p.vectorNorm(x, 2.0, {dim}, /*keepdim=*/true);
    return p.div(x, p.maxScalar(norm, eps));
  };
  Value unit1 = unit(x1);
  Value unit2 = unit(x2);
  return p.sum(p.mul(unit1, unit2), {dim}, /*keepdim=*/false);
}

// Losses ---------------------------------------------------------------------

/// Input and target of an elementwise loss in the compute type of the
/// loss's (promoted) dtype.
template <typename OpTy>
static std::pair<Value, Value> getLossOperands(PrimitiveBuilder &p, OpTy op) {
  Type computeType = getComputeType(getElementType(op.getResult()));
  return {p.castElement(op.getInput(), computeType),
          p.castElement(op.getTarget(), computeType)};
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, MseLossOp op) {
  auto [x, y] = getLossOperands(p, op);
  return p.reduceLoss(p.square(p.sub(x, y)), op.getReduction());
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, L1LossOp op) {
  auto [x, y] = getLossOperands(p, op);
  return p.reduceLoss(p.create<AbsOp>(p.sub(x, y)), op.getReduction());
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, SmoothL1LossOp op) {
  auto [x, y] = getLossOperands(p, op);
  double beta = op.getBeta().convertToDouble();
  Value distance = p.create<AbsOp>(p.sub(x, y));
  Value loss = distance;
  if (beta != 0.0) {
    Value quadratic =
        p.divScalar(p.mul(p.mulScalar(distance, 0.5), distance), beta);
    Value linear = p.addScalar(distance, -0.5 * beta);
    Value small = p.create<LtOp>(distance, p.scalarLike(distance, beta));
    loss = p.where(small, quadratic, linear);
  }
  return p.reduceLoss(loss, op.getReduction());
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, HuberLossOp op) {
  auto [x, y] = getLossOperands(p, op);
  double delta = op.getDelta().convertToDouble();
  Value distance = p.create<AbsOp>(p.sub(x, y));
  Value quadratic = p.mul(p.mulScalar(distance, 0.5), distance);
  Value linear = p.mulScalar(p.addScalar(distance, -0.5 * delta), delta);
  Value small = p.create<LtOp>(distance, p.scalarLike(distance, delta));
  return p.reduceLoss(p.where(small, quadratic, linear), op.getReduction());
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, KlDivOp op) {
  auto [x, y] = getLossOperands(p, op);
  Value loss;
  if (op.getLogTarget()) {
    Value expY = p.create<ExpOp>(y);
    loss = p.mul(expY, p.sub(y, x));
  } else {
    // xlogy(y, y) - y * x, with xlogy(0, y) = 0.
    Value isZero = p.create<EqOp>(y, p.scalarLike(y, 0.0));
    Value xlogy =
        p.where(isZero, p.scalarLike(y, 0.0), p.mul(y, p.create<LogOp>(y)));
    loss = p.sub(xlogy, p.mul(y, x));
  }
  if (op.getReduction() != "batchmean")
    return p.reduceLoss(loss, op.getReduction());
  // batchmean: sum / input.size(0) (just the sum for a rank-0 input).
  RankedTensorType inputType = op.getInput().getType();
  SmallVector<int64_t> all = getDimRange(0, getRank(loss));
  if (inputType.getRank() == 0)
    return p.sum(loss, all, /*keepdim=*/false);
  int64_t batch = inputType.getDimSize(0);
  if (!ShapedType::isDynamic(batch))
    return p.divScalar(p.sum(loss, all, /*keepdim=*/false),
                       static_cast<double>(batch));
  // A dynamic batch: mean over dim 0 of the per-sample sums.
  Value perSample = loss;
  if (getRank(loss) > 1)
    perSample = p.sum(loss, getDimRange(1, getRank(loss)), /*keepdim=*/false);
  return p.mean(perSample, {0}, /*keepdim=*/false);
}

static FailureOr<Value> decompose(PrimitiveBuilder &p,
                                  BinaryCrossEntropyOp op) {
  // (y - 1) * max(log1p(-x), -100) - y * max(log(x), -100)
  auto [x, y] = getLossOperands(p, op);
  Value logOneMinus = p.maxScalar(p.create<Log1pOp>(p.create<NegOp>(x)), -100);
  Value logX = p.maxScalar(p.create<LogOp>(x), -100);
  Value negativeTerm = p.mul(p.addScalar(y, -1.0), logOneMinus);
  Value loss = p.sub(negativeTerm, p.mul(y, logX));
  return p.reduceLoss(loss, op.getReduction());
}

static FailureOr<Value> decompose(PrimitiveBuilder &p,
                                  BinaryCrossEntropyWithLogitsOp op) {
  // (1 - y) * x - log_sigmoid(x)
  //   = (1 - y) * x + max(-x, 0) + log1p(exp(-|x|))
  auto [x, y] = getLossOperands(p, op);
  Value oneMinusY = p.sub(p.scalarLike(y, 1.0), y);
  Value loss = p.sub(p.mul(oneMinusY, x), buildLogSigmoid(p, x));
  return p.reduceLoss(loss, op.getReduction());
}

/// The class dim of a class loss input: 1 for [N, C, ...], 0 for [C].
static int64_t getClassDim(Value input) { return getRank(input) == 1 ? 0 : 1; }

/// nll_loss / cross_entropy over log-probabilities `logp` with class-index
/// `target`: picks logp at the target class through a one-hot comparison
/// with the constant class range (static class count), applies label
/// smoothing and ignore_index, and reduces.
static Value buildClassIndexLoss(PrimitiveBuilder &p, Value logp, Value target,
                                 int64_t ignoreIndex, double smoothing,
                                 StringRef reduction) {
  int64_t rank = getRank(logp);
  int64_t classDim = getClassDim(logp);
  int64_t classes = getTensorType(logp).getDimSize(classDim);
  auto indexType = cast<IntegerType>(getElementType(target));

  // classes: [C, 1, ...] broadcasting along the class dim.
  SmallVector<int64_t> rangeShape(rank - classDim, 1);
  rangeShape[0] = classes;
  SmallVector<APInt> range;
  for (int64_t c = 0; c < classes; ++c)
    range.emplace_back(indexType.getWidth(), c, /*isSigned=*/true);
  Value classRange = p.create<ConstantOp>(DenseElementsAttr::get(
      RankedTensorType::get(rangeShape, indexType), range));
  Value oneHot =
      p.create<EqOp>(p.create<UnsqueezeOp>(target, classDim), classRange);
  Value picked = p.sum(p.where(oneHot, logp, p.scalarLike(logp, 0.0)),
                       {classDim}, /*keepdim=*/false);
  Value loss = p.create<NegOp>(picked);
  if (smoothing > 0.0) {
    Value smooth = p.create<NegOp>(p.sum(logp, {classDim}, /*keepdim=*/false));
    Value hard = p.mulScalar(loss, 1.0 - smoothing);
    Value soft = p.mulScalar(smooth, smoothing / static_cast<double>(classes));
    loss = p.add(hard, soft);
  }
  // Targets equal to ignore_index contribute 0 and are not counted. An
  // ignore_index outside [0, C) already picks nothing, so 'none' and 'sum'
  // without smoothing need no mask.
  bool ignoreMatchesClass = ignoreIndex >= 0 && ignoreIndex < classes;
  bool needsMask = smoothing > 0.0 || reduction == "mean" || ignoreMatchesClass;
  if (!needsMask)
    return p.reduceLoss(loss, reduction);
  Value valid = p.create<NeOp>(
      target, p.scalar(indexType, static_cast<double>(ignoreIndex)));
  loss = p.where(valid, loss, p.scalarLike(loss, 0.0));
  if (reduction != "mean")
    return p.reduceLoss(loss, reduction);
  SmallVector<int64_t> all = getDimRange(0, getRank(loss));
  Value total = p.sum(loss, all, /*keepdim=*/false);
  return p.div(total, p.sum(valid, all, /*keepdim=*/false));
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, NllLossOp op) {
  Value input = op.getInput();
  if (getTensorType(input).isDynamicDim(getClassDim(input)))
    return failure(); // the class range constant needs a static C
  return buildClassIndexLoss(p, p.widen(input), op.getTarget(),
                             static_cast<int64_t>(op.getIgnoreIndex()), 0.0,
                             op.getReduction());
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, CrossEntropyOp op) {
  Value input = op.getInput();
  int64_t classDim = getClassDim(input);
  int64_t classes = getTensorType(input).getDimSize(classDim);
  double smoothing = op.getLabelSmoothing().convertToDouble();
  bool probabilities = isFloatType(getElementType(op.getTarget()));
  if (ShapedType::isDynamic(classes) && (!probabilities || smoothing > 0.0))
    return failure();
  Value logp = p.logSoftmax(p.widen(input), classDim);
  if (!probabilities)
    return buildClassIndexLoss(p, logp, op.getTarget(),
                               static_cast<int64_t>(op.getIgnoreIndex()),
                               smoothing, op.getReduction());
  // Class probabilities: -sum(y * logp, class_dim), y smoothed towards 1/C.
  Value target = p.castElement(op.getTarget(), getElementType(logp));
  if (smoothing > 0.0)
    target = p.addScalar(p.mulScalar(target, 1.0 - smoothing),
                         smoothing / static_cast<double>(classes));
  Value loss = p.create<NegOp>(
      p.sum(p.mul(logp, target), {classDim}, /*keepdim=*/false));
  return p.reduceLoss(loss, op.getReduction());
}

static FailureOr<Value> decompose(PrimitiveBuilder &p, TripletMarginLossOp op) {
  Type computeType = getComputeType(getElementType(op.getResult()));
  Value anchor = p.castElement(op.getAnchor(), computeType);
  Value positive = p.castElement(op.getPositive(), computeType);
  Value negative = p.castElement(op.getNegative(), computeType);
  double norm = op.getP().convertToDouble();
  double eps = op.getEps().convertToDouble();
  // pairwise_distance(u, v) = norm(u - v + eps, p, -1)
  auto distance = [&](Value u, Value v) {
    Value diff = p.addScalar(p.sub(u, v), eps);
    return p.vectorNorm(diff, norm, {getRank(diff) - 1}, /*keepdim=*/false);
  };
  Value toPositive = distance(anchor, positive);
  Value toNegative = distance(anchor, negative);
  if (op.getSwap())
    toNegative = p.min(toNegative, distance(positive, negative));
  Value loss = p.maxScalar(
      p.sub(p.add(p.scalarLike(toPositive, op.getMargin().convertToDouble()),
                  toPositive),
            toNegative),
      0.0);
  return p.reduceLoss(loss, op.getReduction());
}

// Attention ------------------------------------------------------------------

bool py2triton::py::isFlashAttentionSupported(ScaledDotProductAttentionOp op) {
  // Masks are decomposed (an additive or boolean [..., L, S] operand); the
  // kernel's tiles need static head dims (BLOCK_D = next power of two).
  constexpr int64_t kMaxHeadDim = 256;
  if (op.getAttnMask())
    return false;
  Type elementType = getElementType(op.getQuery());
  if (!elementType.isF32() && !elementType.isF16() && !elementType.isBF16())
    return false;
  int64_t embed = getTensorType(op.getQuery()).getShape().back();
  int64_t keyEmbed = getTensorType(op.getKey()).getShape().back();
  int64_t valueEmbed = getTensorType(op.getValue()).getShape().back();
  return llvm::all_of(ArrayRef<int64_t>{embed, keyEmbed, valueEmbed},
                      [](int64_t d) {
                        return !ShapedType::isDynamic(d) && d >= 1 &&
                               d <= kMaxHeadDim;
                      });
}

static FailureOr<Value> decompose(PrimitiveBuilder &p,
                                  ScaledDotProductAttentionOp op) {
  RankedTensorType queryType = op.getQuery().getType();
  RankedTensorType keyType = op.getKey().getType();
  int64_t targetLen = queryType.getDimSize(queryType.getRank() - 2);
  int64_t sourceLen = keyType.getDimSize(keyType.getRank() - 2);
  int64_t embed = queryType.getShape().back();
  if (!op.getScale() && ShapedType::isDynamic(embed))
    return failure(); // 1/sqrt(E) needs a static E
  if (op.getIsCausal() &&
      (ShapedType::isDynamic(targetLen) || ShapedType::isDynamic(sourceLen)))
    return failure(); // the causal index ranges need static L and S
  double scale = op.getScale() ? op.getScale()->convertToDouble()
                               : 1.0 / std::sqrt(static_cast<double>(embed));

  int64_t keyRank = keyType.getRank();
  Value keyT = p.create<TransposeOp>(op.getKey(), keyRank - 2, keyRank - 1);
  Value scores = p.widen(p.create<MatmulOp>(op.getQuery(), keyT));
  scores = p.mulScalar(scores, scale);
  Value mask = op.getAttnMask();
  Value negInf;
  if (op.getIsCausal() || mask)
    negInf = p.scalarLike(scores, -kInf);
  if (op.getIsCausal()) {
    // Row i sees columns j <= i (torch's tril of ones(L, S)).
    auto indexType = IntegerType::get(scores.getContext(), 64);
    auto range = [&](int64_t n, ArrayRef<int64_t> shape) {
      SmallVector<int64_t> values(n);
      std::iota(values.begin(), values.end(), 0);
      return p.create<ConstantOp>(DenseElementsAttr::get(
          RankedTensorType::get(shape, indexType), ArrayRef<int64_t>(values)));
    };
    Value rows = range(targetLen, {targetLen, 1});
    Value cols = range(sourceLen, {sourceLen});
    scores = p.where(p.create<GeOp>(rows, cols), scores, negInf);
  }
  if (mask && isBoolType(getElementType(mask)))
    scores = p.where(mask, scores, negInf);
  else if (mask)
    scores = p.add(scores, p.widen(mask));

  int64_t last = getRank(scores) - 1;
  Value maxima = p.amax(scores, {last}, /*keepdim=*/true);
  Value e = p.create<ExpOp>(p.sub(scores, maxima));
  Value probs = p.div(e, p.sum(e, {last}, /*keepdim=*/true));
  if (mask) {
    // torch's safe softmax: a fully masked row gives zeros, not NaN.
    Value masked = p.create<EqOp>(maxima, negInf);
    probs = p.where(masked, p.scalarLike(probs, 0.0), probs);
  }
  probs = p.castElement(probs, queryType.getElementType());
  return p.create<MatmulOp>(probs, op.getValue());
}

//===----------------------------------------------------------------------===//
// Patterns and pass
//===----------------------------------------------------------------------===//

namespace {
/// Replaces an `OpTy` by `decompose(builder, op)`, cast to the op's type.
template <typename OpTy>
struct DecomposePattern : public OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;

  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    ImplicitLocOpBuilder builder(op.getLoc(), rewriter);
    PrimitiveBuilder primitives(builder);
    FailureOr<Value> replacement = decompose(primitives, op);
    if (failed(replacement))
      return rewriter.notifyMatchFailure(
          op, "needs a size that is only known at run time");
    Value result = *replacement;
    Type resultType = op.getResult().getType();
    if (result.getType() != resultType)
      result = builder.create<CastOp>(resultType, result).getResult();
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// Attention, left in place when the flash-attention kernel computes it and
/// the pass runs with keep-attention.
struct DecomposeAttentionPattern
    : public DecomposePattern<ScaledDotProductAttentionOp> {
  DecomposeAttentionPattern(MLIRContext *context, bool keepAttention)
      : DecomposePattern(context), keepAttention(keepAttention) {}

  LogicalResult matchAndRewrite(ScaledDotProductAttentionOp op,
                                PatternRewriter &rewriter) const override {
    if (keepAttention && isFlashAttentionSupported(op))
      return rewriter.notifyMatchFailure(
          op, "kept for the flash-attention kernel");
    return DecomposePattern::matchAndRewrite(op, rewriter);
  }

  bool keepAttention;
};

struct DecomposePass : public py::impl::DecomposeBase<DecomposePass> {
  using DecomposeBase::DecomposeBase;

  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    DecomposeOptions options;
    options.keepAttention = keepAttention;
    populateDecomposePatterns(patterns, options);
    if (failed(
            applyPatternsAndFoldGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace

void py2triton::py::populateDecomposePatterns(
    RewritePatternSet &patterns, const DecomposeOptions &options) {
  patterns.add<
      // Activations.
      DecomposePattern<ReluOp>, DecomposePattern<Relu6Op>,
      DecomposePattern<HardtanhOp>, DecomposePattern<ClampOp>,
      DecomposePattern<LeakyReluOp>, DecomposePattern<EluOp>,
      DecomposePattern<CeluOp>, DecomposePattern<SeluOp>,
      DecomposePattern<GeluOp>, DecomposePattern<SiluOp>,
      DecomposePattern<MishOp>, DecomposePattern<SoftplusOp>,
      DecomposePattern<HardsigmoidOp>, DecomposePattern<HardswishOp>,
      DecomposePattern<SoftsignOp>, DecomposePattern<TanhshrinkOp>,
      DecomposePattern<LogSigmoidOp>, DecomposePattern<HardshrinkOp>,
      DecomposePattern<SoftshrinkOp>, DecomposePattern<ThresholdOp>,
      DecomposePattern<SquareOp>, DecomposePattern<Log10Op>,
      // Reductions.
      DecomposePattern<MeanOp>, DecomposePattern<VarOp>,
      DecomposePattern<StdOp>, DecomposePattern<LogsumexpOp>,
      DecomposePattern<NormOp>, DecomposePattern<AnyOp>,
      DecomposePattern<AllOp>, DecomposePattern<SoftmaxOp>,
      DecomposePattern<LogSoftmaxOp>,
      // Matrix products and shapes.
      DecomposePattern<BmmOp>, DecomposePattern<LinearOp>,
      DecomposePattern<MatmulOp>,
      DecomposePattern<FlattenOp>, DecomposePattern<StackOp>,
      // Normalisation.
      DecomposePattern<LayerNormOp>, DecomposePattern<RmsNormOp>,
      DecomposePattern<BatchNormOp>, DecomposePattern<GroupNormOp>,
      DecomposePattern<InstanceNormOp>, DecomposePattern<NormalizeOp>,
      DecomposePattern<CosineSimilarityOp>,
      // Losses.
      DecomposePattern<MseLossOp>, DecomposePattern<L1LossOp>,
      DecomposePattern<SmoothL1LossOp>, DecomposePattern<HuberLossOp>,
      DecomposePattern<KlDivOp>, DecomposePattern<BinaryCrossEntropyOp>,
      DecomposePattern<BinaryCrossEntropyWithLogitsOp>,
      DecomposePattern<NllLossOp>, DecomposePattern<CrossEntropyOp>,
      DecomposePattern<TripletMarginLossOp>>(patterns.getContext());
  // Attention.
  patterns.add<DecomposeAttentionPattern>(patterns.getContext(),
                                          options.keepAttention);
}
