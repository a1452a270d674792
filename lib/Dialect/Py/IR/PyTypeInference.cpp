//===- PyTypeInference.cpp - result types of py ops -----------------------===//
//
// Torch's shape and dtype rules for every op class. Errors are reported
// through the InferContext, so the same code checks IR in the verifier and
// reports bad builder arguments in MLIRGen (see createOrFail).
//
//===----------------------------------------------------------------------===//

#include "PyTypeInference.h"

#include "py2triton/Dialect/Py/IR/PyTypeUtils.h"

#include "mlir/IR/BuiltinTypes.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallSet.h"

#include <limits>

using namespace mlir;

namespace py2triton::py {

static constexpr int64_t kDynamic = ShapedType::kDynamic;

//===----------------------------------------------------------------------===//
// InferContext
//===----------------------------------------------------------------------===//

OptionalDiagnostic InferContext::emitError() const {
  if (!loc)
    return OptionalDiagnostic(std::nullopt);
  InFlightDiagnostic diag = mlir::emitError(*loc);
  diag << "'" << opName << "' op ";
  return OptionalDiagnostic(std::move(diag));
}

LogicalResult InferContext::setResult(SmallVectorImpl<Type> &types,
                                      FailureOr<Type> type) const {
  if (failed(type))
    return failure();
  types.assign({*type});
  return success();
}

RankedTensorType InferContext::getTensor(Value value, StringRef what) const {
  if (!value) {
    (void)(emitError() << "is missing operand '" << what << "'");
    return RankedTensorType();
  }
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (!type || !isTorchDtype(type.getElementType())) {
    (void)(emitError() << "expects '" << what
                       << "' to be a ranked tensor of a torch dtype, got "
                       << value.getType());
    return RankedTensorType();
  }
  return type;
}

FailureOr<int64_t> InferContext::normalizeDim(int64_t dim,
                                              int64_t rank) const {
  std::optional<int64_t> normalized = py::normalizeDim(dim, rank);
  if (!normalized)
    return emitError() << "dim " << dim << " is out of range for rank "
                       << rank;
  return *normalized;
}

FailureOr<int64_t> InferContext::normalizeInsertedDim(int64_t dim,
                                                      int64_t rank) const {
  std::optional<int64_t> normalized = py::normalizeDim(dim, rank + 1);
  if (!normalized)
    return emitError() << "dim " << dim << " is out of range for rank "
                       << rank << " (a new dim goes in [" << -rank - 1
                       << ", " << rank << "])";
  return *normalized;
}

FailureOr<SmallVector<int64_t>>
InferContext::normalizeDims(ArrayRef<int64_t> dims, int64_t rank) const {
  SmallVector<int64_t> result;
  for (int64_t dim : dims) {
    FailureOr<int64_t> normalized = normalizeDim(dim, rank);
    if (failed(normalized))
      return failure();
    if (llvm::is_contained(result, *normalized))
      return emitError() << "dim " << dim << " appears more than once in "
                         << formatShape(dims);
    result.push_back(*normalized);
  }
  return result;
}

LogicalResult InferContext::requireFloat(RankedTensorType type,
                                         StringRef what) const {
  if (isFloatType(type.getElementType()))
    return success();
  return emitError() << "expects a floating-point " << what << ", got "
                     << type;
}

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

/// The rank used to wrap dims of ops that, like torch, accept dim 0 or -1 on
/// a rank-0 tensor.
static int64_t getWrapRank(RankedTensorType type) {
  return std::max<int64_t>(type.getRank(), 1);
}

static Type getI64(MLIRContext *context) {
  return IntegerType::get(context, 64);
}
static Type getI1(MLIRContext *context) { return IntegerType::get(context, 1); }
static Type getF32(MLIRContext *context) { return Float32Type::get(context); }

/// int and bool accumulate in i64, as torch.sum / cumsum.
static Type getAccumulatorType(Type elementType) {
  if (isFloatType(elementType))
    return elementType;
  return getI64(elementType.getContext());
}

/// Requires a tensor of rank >= `minRank`.
static LogicalResult requireRank(const InferContext &ic, RankedTensorType type,
                                 int64_t minRank, StringRef what) {
  if (type.getRank() >= minRank)
    return success();
  return ic.emitError() << "expects " << what << " of rank >= " << minRank
                        << ", got " << type;
}

/// Requires an optional per-channel operand (weight, bias, running stats) to
/// be absent or of shape [channels].
static LogicalResult checkChannelOperand(const InferContext &ic, Value value,
                                         StringRef what, int64_t channels) {
  if (!value)
    return success();
  RankedTensorType type = ic.getTensor(value, what);
  if (!type)
    return failure();
  if (type.getRank() != 1 ||
      failed(mergeDimSizes(type.getDimSize(0), channels)))
    return ic.emitError() << what << " has shape "
                          << formatShape(type.getShape())
                          << ", expected " << formatShape({channels});
  return success();
}

//===----------------------------------------------------------------------===//
// Elementwise
//===----------------------------------------------------------------------===//

FailureOr<Type> inferBinary(const InferContext &ic, Value lhs, Value rhs,
                            BinaryRule rule) {
  RankedTensorType lhsType = ic.getTensor(lhs, "lhs");
  RankedTensorType rhsType = ic.getTensor(rhs, "rhs");
  if (!lhsType || !rhsType)
    return failure();
  FailureOr<SmallVector<int64_t>> shape =
      broadcastShapes(lhsType.getShape(), rhsType.getShape());
  if (failed(shape))
    return ic.emitError() << "operands are not broadcast-compatible: "
                          << lhsType << " and " << rhsType;
  Type elementType = promoteOperandTypes({lhsType, rhsType});
  switch (rule) {
  case BinaryRule::Promote:
    break;
  case BinaryRule::TrueDivide:
    if (!isFloatType(elementType))
      elementType = getF32(ic.getContext());
    break;
  case BinaryRule::Bitwise:
    if (isFloatType(lhsType.getElementType()) ||
        isFloatType(rhsType.getElementType()))
      return ic.emitError() << "expects integer or bool operands, got "
                            << lhsType << " and " << rhsType;
    break;
  case BinaryRule::Predicate:
    elementType = getI1(ic.getContext());
    break;
  }
  return Type(RankedTensorType::get(*shape, elementType));
}

FailureOr<Type> inferWhere(const InferContext &ic, Value condition,
                           Value input, Value other) {
  RankedTensorType condType = ic.getTensor(condition, "condition");
  RankedTensorType inputType = ic.getTensor(input, "input");
  RankedTensorType otherType = ic.getTensor(other, "other");
  if (!condType || !inputType || !otherType)
    return failure();
  if (!isBoolType(condType.getElementType()))
    return ic.emitError() << "expects a bool (i1) condition, got "
                          << condType;
  FailureOr<SmallVector<int64_t>> shape =
      broadcastShapes(inputType.getShape(), otherType.getShape());
  if (succeeded(shape))
    shape = broadcastShapes(condType.getShape(), *shape);
  if (failed(shape))
    return ic.emitError() << "operands are not broadcast-compatible: "
                          << condType << ", " << inputType << " and "
                          << otherType;
  return Type(RankedTensorType::get(
      *shape, promoteOperandTypes({inputType, otherType})));
}

FailureOr<Type> inferUnary(const InferContext &ic, Value input,
                           UnaryRule rule) {
  RankedTensorType type = ic.getTensor(input, "input");
  if (!type)
    return failure();
  Type elementType = type.getElementType();
  switch (rule) {
  case UnaryRule::Same:
    return Type(type);
  case UnaryRule::ToFloat:
    if (isFloatType(elementType))
      return Type(type);
    return Type(type.clone(getF32(ic.getContext())));
  case UnaryRule::NonBool:
    if (isBoolType(elementType))
      return ic.emitError() << "does not support bool tensors, got " << type;
    return Type(type);
  case UnaryRule::FloatOnly:
    if (failed(ic.requireFloat(type, "input")))
      return failure();
    return Type(type);
  case UnaryRule::IntOrBool:
    if (isFloatType(elementType))
      return ic.emitError() << "expects an integer or bool input, got "
                            << type;
    return Type(type);
  case UnaryRule::Predicate:
    return Type(type.clone(getI1(ic.getContext())));
  }
  llvm_unreachable("unknown UnaryRule");
}

//===----------------------------------------------------------------------===//
// Reductions and ops along one dim
//===----------------------------------------------------------------------===//

FailureOr<Type> inferReduction(const InferContext &ic, Value input,
                               ArrayRef<int64_t> dims, bool keepdim,
                               ReduceRule rule) {
  RankedTensorType type = ic.getTensor(input, "input");
  if (!type)
    return failure();
  if (rule == ReduceRule::Index && dims.size() > 1)
    return ic.emitError() << "expects at most one dim, got "
                          << formatShape(dims);
  FailureOr<SmallVector<int64_t>> reduced =
      ic.normalizeDims(dims, getWrapRank(type));
  if (failed(reduced))
    return failure();

  Type elementType = type.getElementType();
  switch (rule) {
  case ReduceRule::Accumulate:
    elementType = getAccumulatorType(elementType);
    break;
  case ReduceRule::FloatOnly:
    if (failed(ic.requireFloat(type, "input")))
      return failure();
    break;
  case ReduceRule::Same:
    break;
  case ReduceRule::Index:
    elementType = getI64(ic.getContext());
    break;
  case ReduceRule::Predicate:
    elementType = getI1(ic.getContext());
    break;
  }

  SmallVector<int64_t> shape;
  for (int64_t i = 0; i < type.getRank(); ++i) {
    bool isReduced = dims.empty() || llvm::is_contained(*reduced, i);
    if (!isReduced)
      shape.push_back(type.getDimSize(i));
    else if (keepdim)
      shape.push_back(1);
  }
  return Type(RankedTensorType::get(shape, elementType));
}

FailureOr<Type> inferAlongDim(const InferContext &ic, Value input,
                              int64_t dim, AlongDimRule rule) {
  RankedTensorType type = ic.getTensor(input, "input");
  if (!type || failed(ic.normalizeDim(dim, getWrapRank(type))))
    return failure();
  if (rule == AlongDimRule::FloatOnly) {
    if (failed(ic.requireFloat(type, "input")))
      return failure();
    return Type(type);
  }
  return Type(type.clone(getAccumulatorType(type.getElementType())));
}

FailureOr<Type> inferFlip(const InferContext &ic, Value input,
                          ArrayRef<int64_t> dims) {
  RankedTensorType type = ic.getTensor(input, "input");
  if (!type || failed(ic.normalizeDims(dims, getWrapRank(type))))
    return failure();
  return Type(type);
}

//===----------------------------------------------------------------------===//
// Matrix products
//===----------------------------------------------------------------------===//

static LogicalResult requireSameElementType(const InferContext &ic,
                                            RankedTensorType a,
                                            RankedTensorType b) {
  if (a.getElementType() == b.getElementType())
    return success();
  return ic.emitError() << "expects operands of the same dtype, got " << a
                        << " and " << b;
}

static LogicalResult checkContraction(const InferContext &ic, int64_t lhsK,
                                      int64_t rhsK) {
  if (succeeded(mergeDimSizes(lhsK, rhsK)))
    return success();
  return ic.emitError() << "contraction dims do not match: lhs has " << lhsK
                        << ", rhs has " << rhsK;
}

FailureOr<Type> inferMatmul(const InferContext &ic, Value lhs, Value rhs) {
  RankedTensorType lhsType = ic.getTensor(lhs, "lhs");
  RankedTensorType rhsType = ic.getTensor(rhs, "rhs");
  if (!lhsType || !rhsType)
    return failure();
  if (lhsType.getRank() == 0 || rhsType.getRank() == 0)
    return ic.emitError() << "expects operands of rank >= 1, got " << lhsType
                          << " and " << rhsType;
  if (failed(requireSameElementType(ic, lhsType, rhsType)))
    return failure();

  // A 1-D lhs is a row [1, K], a 1-D rhs a column [K, 1]; the added dims are
  // dropped from the result.
  bool lhsIsVector = lhsType.getRank() == 1;
  bool rhsIsVector = rhsType.getRank() == 1;
  SmallVector<int64_t> lhsShape(lhsType.getShape());
  SmallVector<int64_t> rhsShape(rhsType.getShape());
  if (lhsIsVector)
    lhsShape.insert(lhsShape.begin(), 1);
  if (rhsIsVector)
    rhsShape.push_back(1);
  if (failed(checkContraction(ic, lhsShape.back(),
                              rhsShape[rhsShape.size() - 2])))
    return failure();

  ArrayRef<int64_t> lhsBatch = ArrayRef<int64_t>(lhsShape).drop_back(2);
  ArrayRef<int64_t> rhsBatch = ArrayRef<int64_t>(rhsShape).drop_back(2);
  FailureOr<SmallVector<int64_t>> shape = broadcastShapes(lhsBatch, rhsBatch);
  if (failed(shape))
    return ic.emitError() << "batch dims are not broadcast-compatible: "
                          << lhsType << " and " << rhsType;
  if (!lhsIsVector)
    shape->push_back(lhsShape[lhsShape.size() - 2]);
  if (!rhsIsVector)
    shape->push_back(rhsShape.back());
  return Type(RankedTensorType::get(*shape, lhsType.getElementType()));
}

FailureOr<Type> inferBmm(const InferContext &ic, Value lhs, Value rhs) {
  RankedTensorType lhsType = ic.getTensor(lhs, "lhs");
  RankedTensorType rhsType = ic.getTensor(rhs, "rhs");
  if (!lhsType || !rhsType)
    return failure();
  if (lhsType.getRank() != 3 || rhsType.getRank() != 3)
    return ic.emitError() << "expects rank-3 operands, got " << lhsType
                          << " and " << rhsType;
  if (failed(requireSameElementType(ic, lhsType, rhsType)))
    return failure();
  FailureOr<int64_t> batch =
      mergeDimSizes(lhsType.getDimSize(0), rhsType.getDimSize(0));
  if (failed(batch))
    return ic.emitError() << "batch sizes differ: " << lhsType.getDimSize(0)
                          << " and " << rhsType.getDimSize(0);
  if (failed(checkContraction(ic, lhsType.getDimSize(2),
                              rhsType.getDimSize(1))))
    return failure();
  return Type(RankedTensorType::get(
      {*batch, lhsType.getDimSize(1), rhsType.getDimSize(2)},
      lhsType.getElementType()));
}

FailureOr<Type> inferLinear(const InferContext &ic, Value input, Value weight,
                            Value bias) {
  RankedTensorType inputType = ic.getTensor(input, "input");
  RankedTensorType weightType = ic.getTensor(weight, "weight");
  if (!inputType || !weightType)
    return failure();
  if (failed(requireRank(ic, inputType, 1, "an input")))
    return failure();
  if (weightType.getRank() != 2)
    return ic.emitError() << "expects a rank-2 weight [out, in], got "
                          << weightType;
  if (failed(requireSameElementType(ic, inputType, weightType)))
    return failure();
  int64_t inFeatures = inputType.getShape().back();
  if (failed(mergeDimSizes(inFeatures, weightType.getDimSize(1))))
    return ic.emitError() << "input has " << inFeatures
                          << " features but weight expects "
                          << weightType.getDimSize(1);
  int64_t outFeatures = weightType.getDimSize(0);
  if (bias) {
    RankedTensorType biasType = ic.getTensor(bias, "bias");
    if (!biasType || failed(requireSameElementType(ic, inputType, biasType)))
      return failure();
    if (biasType.getRank() > 1 ||
        (biasType.getRank() == 1 &&
         failed(broadcastShapes(biasType.getShape(), {outFeatures}))))
      return ic.emitError() << "expects a bias of shape [" << outFeatures
                            << "], got " << biasType;
  }
  SmallVector<int64_t> shape(inputType.getShape().drop_back());
  shape.push_back(outFeatures);
  return Type(RankedTensorType::get(shape, inputType.getElementType()));
}

//===----------------------------------------------------------------------===//
// Views and data movement
//===----------------------------------------------------------------------===//

FailureOr<Type> inferReshape(const InferContext &ic, Value input,
                             ArrayRef<int64_t> shape) {
  RankedTensorType type = ic.getTensor(input, "input");
  if (!type)
    return failure();
  int64_t inferredIndex = -1;
  bool hasDynamic = false;
  int64_t knownCount = 1;
  for (auto [i, size] : llvm::enumerate(shape)) {
    if (size == -1) {
      if (inferredIndex >= 0)
        return ic.emitError() << "expects at most one -1 in shape "
                              << formatShape(shape);
      inferredIndex = i;
    } else if (ShapedType::isDynamic(size)) {
      hasDynamic = true;
    } else if (size < 0) {
      return ic.emitError() << "invalid size " << size << " in shape "
                            << formatShape(shape);
    } else {
      knownCount *= size;
    }
  }

  SmallVector<int64_t> result(shape);
  if (!type.hasStaticShape() || hasDynamic) {
    if (inferredIndex >= 0)
      result[inferredIndex] = kDynamic;
    return Type(type.clone(result));
  }
  int64_t count = type.getNumElements();
  if (inferredIndex >= 0) {
    if (knownCount == 0 || count % knownCount != 0)
      return ic.emitError() << "cannot reshape " << type << " (" << count
                            << " elements) into shape " << formatShape(shape);
    result[inferredIndex] = count / knownCount;
  } else if (knownCount != count) {
    return ic.emitError() << "cannot reshape " << type << " (" << count
                          << " elements) into shape " << formatShape(shape)
                          << " (" << knownCount << " elements)";
  }
  return Type(type.clone(result));
}

FailureOr<Type> inferTranspose(const InferContext &ic, Value input,
                               int64_t dim0, int64_t dim1) {
  RankedTensorType type = ic.getTensor(input, "input");
  if (!type)
    return failure();
  FailureOr<int64_t> d0 = ic.normalizeDim(dim0, getWrapRank(type));
  if (failed(d0))
    return failure();
  FailureOr<int64_t> d1 = ic.normalizeDim(dim1, getWrapRank(type));
  if (failed(d1))
    return failure();
  if (type.getRank() == 0)
    return Type(type);
  SmallVector<int64_t> shape(type.getShape());
  std::swap(shape[*d0], shape[*d1]);
  return Type(type.clone(shape));
}

FailureOr<Type> inferPermute(const InferContext &ic, Value input,
                             ArrayRef<int64_t> dims) {
  RankedTensorType type = ic.getTensor(input, "input");
  if (!type)
    return failure();
  if (static_cast<int64_t>(dims.size()) != type.getRank())
    return ic.emitError() << "dims " << formatShape(dims)
                          << " is not a permutation of rank "
                          << type.getRank();
  SmallVector<int64_t> shape;
  SmallVector<bool> seen(type.getRank(), false);
  for (int64_t dim : dims) {
    std::optional<int64_t> d = normalizeDim(dim, type.getRank());
    if (!d || seen[*d])
      return ic.emitError() << "dims " << formatShape(dims)
                            << " is not a permutation of rank "
                            << type.getRank();
    seen[*d] = true;
    shape.push_back(type.getDimSize(*d));
  }
  return Type(type.clone(shape));
}

FailureOr<Type> inferUnsqueeze(const InferContext &ic, Value input,
                               int64_t dim) {
  RankedTensorType type = ic.getTensor(input, "input");
  if (!type)
    return failure();
  FailureOr<int64_t> d = ic.normalizeInsertedDim(dim, type.getRank());
  if (failed(d))
    return failure();
  SmallVector<int64_t> shape(type.getShape());
  shape.insert(shape.begin() + *d, 1);
  return Type(type.clone(shape));
}

FailureOr<Type> inferSqueeze(const InferContext &ic, Value input,
                             ArrayRef<int64_t> dims) {
  RankedTensorType type = ic.getTensor(input, "input");
  if (!type)
    return failure();
  FailureOr<SmallVector<int64_t>> listed =
      ic.normalizeDims(dims, getWrapRank(type));
  if (failed(listed))
    return failure();
  SmallVector<int64_t> shape;
  for (auto [i, size] : llvm::enumerate(type.getShape())) {
    bool remove;
    if (dims.empty())
      remove = size == 1;
    else
      remove = llvm::is_contained(*listed, static_cast<int64_t>(i)) &&
               (size == 1 || ShapedType::isDynamic(size));
    if (!remove)
      shape.push_back(size);
  }
  return Type(type.clone(shape));
}

FailureOr<Type> inferExpand(const InferContext &ic, Value input,
                            ArrayRef<int64_t> sizes) {
  RankedTensorType type = ic.getTensor(input, "input");
  if (!type)
    return failure();
  int64_t rank = type.getRank();
  int64_t numSizes = sizes.size();
  if (numSizes < rank)
    return ic.emitError() << "expects at least " << rank
                          << " sizes for " << type << ", got "
                          << formatShape(sizes);
  int64_t leading = numSizes - rank;
  SmallVector<int64_t> shape;
  for (int64_t i = 0; i < numSizes; ++i) {
    int64_t size = sizes[i];
    if (size < -1 && !ShapedType::isDynamic(size))
      return ic.emitError() << "invalid size " << size << " in "
                            << formatShape(sizes);
    if (i < leading) {
      if (size == -1)
        return ic.emitError() << "size -1 is not allowed for the new leading "
                                 "dim "
                              << i;
      shape.push_back(size);
      continue;
    }
    int64_t current = type.getDimSize(i - leading);
    if (size == -1 || size == current) {
      shape.push_back(current);
    } else if (ShapedType::isDynamic(size)) {
      shape.push_back(current == 1 ? kDynamic : current);
    } else if (current == 1 || ShapedType::isDynamic(current)) {
      shape.push_back(size);
    } else {
      return ic.emitError() << "cannot expand dim " << i - leading
                            << " of size " << current << " to " << size;
    }
  }
  return Type(type.clone(shape));
}

FailureOr<Type> inferFlatten(const InferContext &ic, Value input,
                             int64_t startDim, int64_t endDim) {
  RankedTensorType type = ic.getTensor(input, "input");
  if (!type)
    return failure();
  FailureOr<int64_t> start = ic.normalizeDim(startDim, getWrapRank(type));
  if (failed(start))
    return failure();
  FailureOr<int64_t> end = ic.normalizeDim(endDim, getWrapRank(type));
  if (failed(end))
    return failure();
  if (*start > *end)
    return ic.emitError() << "start_dim " << startDim
                          << " comes after end_dim " << endDim;
  if (type.getRank() == 0)
    return Type(type.clone({1}));
  ArrayRef<int64_t> dims = type.getShape();
  SmallVector<int64_t> shape(dims.take_front(*start));
  int64_t merged = 1;
  for (int64_t size : dims.slice(*start, *end - *start + 1))
    merged = ShapedType::isDynamic(size) || ShapedType::isDynamic(merged)
                 ? kDynamic
                 : merged * size;
  shape.push_back(merged);
  llvm::append_range(shape, dims.drop_front(*end + 1));
  return Type(type.clone(shape));
}

FailureOr<Type> inferSlice(const InferContext &ic, Value input, int64_t dim,
                           int64_t start, int64_t end, int64_t step) {
  RankedTensorType type = ic.getTensor(input, "input");
  if (!type || failed(requireRank(ic, type, 1, "an input")))
    return failure();
  FailureOr<int64_t> d = ic.normalizeDim(dim, type.getRank());
  if (failed(d))
    return failure();
  if (step < 1)
    return ic.emitError() << "expects step >= 1, got " << step;
  SmallVector<int64_t> shape(type.getShape());
  int64_t size = shape[*d];
  if (ShapedType::isDynamic(size))
    return Type(type);
  // Python slice bounds: negative counts from the end, then clamp.
  auto clampBound = [size](int64_t bound) {
    if (bound < 0)
      bound = std::max<int64_t>(bound + size, 0);
    return std::min(bound, size);
  };
  int64_t first = clampBound(start), last = clampBound(end);
  shape[*d] = last <= first ? 0 : (last - first + step - 1) / step;
  return Type(type.clone(shape));
}

FailureOr<Type> inferSelect(const InferContext &ic, Value input, int64_t dim,
                            int64_t index) {
  RankedTensorType type = ic.getTensor(input, "input");
  if (!type || failed(requireRank(ic, type, 1, "an input")))
    return failure();
  FailureOr<int64_t> d = ic.normalizeDim(dim, type.getRank());
  if (failed(d))
    return failure();
  int64_t size = type.getDimSize(*d);
  if (!ShapedType::isDynamic(size) && (index < -size || index >= size))
    return ic.emitError() << "index " << index << " is out of range for dim "
                          << dim << " of size " << size;
  SmallVector<int64_t> shape(type.getShape());
  shape.erase(shape.begin() + *d);
  return Type(type.clone(shape));
}

/// The tensor types of `inputs` (at least one), all of one rank.
static FailureOr<SmallVector<RankedTensorType>>
getSameRankTensors(const InferContext &ic, ValueRange inputs) {
  if (inputs.empty())
    return ic.emitError() << "expects at least one input";
  SmallVector<RankedTensorType> types;
  for (Value input : inputs) {
    RankedTensorType type = ic.getTensor(input, "inputs");
    if (!type)
      return failure();
    types.push_back(type);
  }
  for (RankedTensorType type : types)
    if (type.getRank() != types.front().getRank())
      return ic.emitError() << "expects inputs of one rank, got "
                            << types.front() << " and " << type;
  return types;
}

static Type promoteAll(ArrayRef<RankedTensorType> types) {
  Type elementType = types.front().getElementType();
  for (RankedTensorType type : types.drop_front())
    elementType = promoteTypes(elementType, type.getElementType());
  return elementType;
}

FailureOr<Type> inferCat(const InferContext &ic, ValueRange inputs,
                         int64_t dim) {
  FailureOr<SmallVector<RankedTensorType>> types =
      getSameRankTensors(ic, inputs);
  if (failed(types))
    return failure();
  RankedTensorType first = types->front();
  if (first.getRank() == 0)
    return ic.emitError() << "cannot concatenate rank-0 tensors";
  FailureOr<int64_t> d = ic.normalizeDim(dim, first.getRank());
  if (failed(d))
    return failure();
  SmallVector<int64_t> shape(first.getShape());
  shape[*d] = 0;
  for (auto [index, type] : llvm::enumerate(*types)) {
    for (int64_t i = 0; i < first.getRank(); ++i) {
      int64_t size = type.getDimSize(i);
      if (i == *d) {
        shape[i] = ShapedType::isDynamic(shape[i]) ||
                           ShapedType::isDynamic(size)
                       ? kDynamic
                       : shape[i] + size;
        continue;
      }
      FailureOr<int64_t> merged = mergeDimSizes(shape[i], size);
      if (failed(merged))
        return ic.emitError() << "input " << index << " has size " << size
                              << " at dim " << i << ", expected "
                              << shape[i];
      shape[i] = *merged;
    }
  }
  return Type(RankedTensorType::get(shape, promoteAll(*types)));
}

FailureOr<Type> inferStack(const InferContext &ic, ValueRange inputs,
                           int64_t dim) {
  FailureOr<SmallVector<RankedTensorType>> types =
      getSameRankTensors(ic, inputs);
  if (failed(types))
    return failure();
  RankedTensorType first = types->front();
  FailureOr<int64_t> d = ic.normalizeInsertedDim(dim, first.getRank());
  if (failed(d))
    return failure();
  SmallVector<int64_t> shape(first.getShape());
  for (auto [index, type] : llvm::enumerate(*types)) {
    for (int64_t i = 0; i < first.getRank(); ++i) {
      FailureOr<int64_t> merged = mergeDimSizes(shape[i], type.getDimSize(i));
      if (failed(merged))
        return ic.emitError() << "expects inputs of one shape, input "
                              << index << " is " << type;
      shape[i] = *merged;
    }
  }
  shape.insert(shape.begin() + *d, static_cast<int64_t>(types->size()));
  return Type(RankedTensorType::get(shape, promoteAll(*types)));
}

//===----------------------------------------------------------------------===//
// Normalisation
//===----------------------------------------------------------------------===//

FailureOr<Type> inferLayerNorm(const InferContext &ic, Value input,
                               Value weight, Value bias,
                               ArrayRef<int64_t> normalizedShape) {
  RankedTensorType type = ic.getTensor(input, "input");
  if (!type || failed(ic.requireFloat(type, "input")))
    return failure();
  if (normalizedShape.empty())
    return ic.emitError() << "expects a non-empty normalized_shape";
  if (llvm::any_of(normalizedShape, [](int64_t size) { return size < 1; }))
    return ic.emitError() << "expects positive sizes in normalized_shape "
                          << formatShape(normalizedShape);
  int64_t n = normalizedShape.size();
  if (type.getRank() < n)
    return ic.emitError() << "input " << type
                          << " has fewer dims than normalized_shape "
                          << formatShape(normalizedShape);
  ArrayRef<int64_t> trailing = type.getShape().take_back(n);
  for (auto [size, expected] : llvm::zip_equal(trailing, normalizedShape))
    if (failed(mergeDimSizes(size, expected)))
      return ic.emitError() << "input trailing dims " << formatShape(trailing)
                            << " do not match normalized_shape "
                            << formatShape(normalizedShape);
  for (auto [value, what] : {std::pair(weight, "weight"), {bias, "bias"}}) {
    if (!value)
      continue;
    RankedTensorType affine = ic.getTensor(value, what);
    if (!affine || failed(ic.requireFloat(affine, what)))
      return failure();
    bool matches = affine.getRank() == n;
    for (int64_t i = 0; matches && i < n; ++i)
      matches = succeeded(mergeDimSizes(affine.getDimSize(i),
                                        normalizedShape[i]));
    if (!matches)
      return ic.emitError() << what << " shape "
                            << formatShape(affine.getShape())
                            << " does not match normalized_shape "
                            << formatShape(normalizedShape);
  }
  return Type(type);
}

/// Checks a float input of rank >= `minRank` ([N, C, ...]) and returns C.
static FailureOr<int64_t> getChannels(const InferContext &ic,
                                      RankedTensorType type, int64_t minRank) {
  if (failed(ic.requireFloat(type, "input")) ||
      failed(requireRank(ic, type, minRank, "an input [N, C, ...]")))
    return failure();
  return type.getDimSize(1);
}

FailureOr<Type> inferBatchNorm(const InferContext &ic, Value input,
                               Value runningMean, Value runningVar,
                               Value weight, Value bias) {
  RankedTensorType type = ic.getTensor(input, "input");
  if (!type)
    return failure();
  FailureOr<int64_t> channels = getChannels(ic, type, 2);
  if (failed(channels) ||
      failed(checkChannelOperand(ic, runningMean, "running_mean", *channels)) ||
      failed(checkChannelOperand(ic, runningVar, "running_var", *channels)) ||
      failed(checkChannelOperand(ic, weight, "weight", *channels)) ||
      failed(checkChannelOperand(ic, bias, "bias", *channels)))
    return failure();
  return Type(type);
}

FailureOr<Type> inferGroupNorm(const InferContext &ic, Value input,
                               Value weight, Value bias, int64_t numGroups) {
  RankedTensorType type = ic.getTensor(input, "input");
  if (!type)
    return failure();
  FailureOr<int64_t> channels = getChannels(ic, type, 2);
  if (failed(channels))
    return failure();
  if (numGroups < 1)
    return ic.emitError() << "expects num_groups >= 1, got " << numGroups;
  if (!ShapedType::isDynamic(*channels) && *channels % numGroups != 0)
    return ic.emitError() << "expects the channel count " << *channels
                          << " to be divisible by num_groups " << numGroups;
  if (failed(checkChannelOperand(ic, weight, "weight", *channels)) ||
      failed(checkChannelOperand(ic, bias, "bias", *channels)))
    return failure();
  return Type(type);
}

FailureOr<Type> inferInstanceNorm(const InferContext &ic, Value input,
                                  Value weight, Value bias) {
  RankedTensorType type = ic.getTensor(input, "input");
  if (!type)
    return failure();
  FailureOr<int64_t> channels = getChannels(ic, type, 3);
  if (failed(channels) ||
      failed(checkChannelOperand(ic, weight, "weight", *channels)) ||
      failed(checkChannelOperand(ic, bias, "bias", *channels)))
    return failure();
  return Type(type);
}

FailureOr<Type> inferNormalize(const InferContext &ic, Value input,
                               int64_t dim) {
  RankedTensorType type = ic.getTensor(input, "input");
  if (!type || failed(ic.requireFloat(type, "input")) ||
      failed(ic.normalizeDim(dim, getWrapRank(type))))
    return failure();
  return Type(type);
}

FailureOr<Type> inferCosineSimilarity(const InferContext &ic, Value x1,
                                      Value x2, int64_t dim) {
  RankedTensorType type1 = ic.getTensor(x1, "x1");
  RankedTensorType type2 = ic.getTensor(x2, "x2");
  if (!type1 || !type2 || failed(ic.requireFloat(type1, "x1")) ||
      failed(ic.requireFloat(type2, "x2")))
    return failure();
  FailureOr<SmallVector<int64_t>> shape =
      broadcastShapes(type1.getShape(), type2.getShape());
  if (failed(shape))
    return ic.emitError() << "operands are not broadcast-compatible: "
                          << type1 << " and " << type2;
  FailureOr<int64_t> d = ic.normalizeDim(
      dim, std::max<int64_t>(static_cast<int64_t>(shape->size()), 1));
  if (failed(d))
    return failure();
  if (!shape->empty())
    shape->erase(shape->begin() + *d);
  return Type(
      RankedTensorType::get(*shape, promoteOperandTypes({type1, type2})));
}

//===----------------------------------------------------------------------===//
// Losses
//===----------------------------------------------------------------------===//

/// Checks `reduction`; returns true for "none".
static FailureOr<bool> isUnreduced(const InferContext &ic,
                                   StringRef reduction, bool allowBatchmean) {
  if (reduction == "none")
    return true;
  if (reduction == "mean" || reduction == "sum" ||
      (allowBatchmean && reduction == "batchmean"))
    return false;
  return ic.emitError() << "expects reduction to be one of 'none', 'mean', "
                        << (allowBatchmean ? "'sum', 'batchmean'" : "'sum'")
                        << ", got '" << reduction << "'";
}

FailureOr<Type> inferElementwiseLoss(const InferContext &ic, Value input,
                                     Value target, StringRef reduction,
                                     bool allowBatchmean) {
  RankedTensorType inputType = ic.getTensor(input, "input");
  RankedTensorType targetType = ic.getTensor(target, "target");
  if (!inputType || !targetType || failed(ic.requireFloat(inputType, "input")) ||
      failed(ic.requireFloat(targetType, "target")))
    return failure();
  FailureOr<bool> unreduced = isUnreduced(ic, reduction, allowBatchmean);
  if (failed(unreduced))
    return failure();
  FailureOr<SmallVector<int64_t>> shape =
      broadcastShapes(inputType.getShape(), targetType.getShape());
  if (failed(shape))
    return ic.emitError() << "operands are not broadcast-compatible: "
                          << inputType << " and " << targetType;
  Type elementType = promoteOperandTypes({inputType, targetType});
  if (!*unreduced)
    shape->clear();
  return Type(RankedTensorType::get(*shape, elementType));
}

FailureOr<Type> inferClassLoss(const InferContext &ic, Value input,
                               Value target, StringRef reduction,
                               bool allowProbabilities) {
  RankedTensorType inputType = ic.getTensor(input, "input");
  RankedTensorType targetType = ic.getTensor(target, "target");
  if (!inputType || !targetType || failed(ic.requireFloat(inputType, "input")) ||
      failed(requireRank(ic, inputType, 1, "an input [N, C, ...] or [C]")))
    return failure();
  FailureOr<bool> unreduced = isUnreduced(ic, reduction, false);
  if (failed(unreduced))
    return failure();

  // Per-sample shape: the input without its class dim (dim 1, or dim 0 for
  // an unbatched [C] input).
  SmallVector<int64_t> sampleShape(inputType.getShape());
  sampleShape.erase(sampleShape.begin() + (inputType.getRank() == 1 ? 0 : 1));

  Type targetElement = targetType.getElementType();
  if (isFloatType(targetElement) && allowProbabilities) {
    // Class probabilities: same shape as the input.
    if (failed(broadcastShapes(targetType.getShape(), inputType.getShape())) ||
        targetType.getRank() != inputType.getRank())
      return ic.emitError() << "expects probability targets of the input's "
                               "shape "
                            << formatShape(inputType.getShape()) << ", got "
                            << targetType;
  } else {
    if (!isIntegerType(targetElement))
      return ic.emitError() << "expects integer class-index targets, got "
                            << targetType;
    bool matches = targetType.getRank() ==
                   static_cast<int64_t>(sampleShape.size());
    for (int64_t i = 0; matches && i < targetType.getRank(); ++i) {
      FailureOr<int64_t> merged =
          mergeDimSizes(sampleShape[i], targetType.getDimSize(i));
      matches = succeeded(merged);
      if (matches)
        sampleShape[i] = *merged;
    }
    if (!matches)
      return ic.emitError() << "expects targets of shape "
                            << formatShape(sampleShape) << " for input "
                            << inputType << ", got " << targetType;
  }
  if (!*unreduced)
    sampleShape.clear();
  return Type(RankedTensorType::get(sampleShape, inputType.getElementType()));
}

FailureOr<Type> inferTripletLoss(const InferContext &ic, Value anchor,
                                 Value positive, Value negative,
                                 StringRef reduction) {
  SmallVector<RankedTensorType> types;
  for (auto [value, what] : {std::pair(anchor, "anchor"),
                             {positive, "positive"}, {negative, "negative"}}) {
    RankedTensorType type = ic.getTensor(value, what);
    if (!type || failed(ic.requireFloat(type, what)))
      return failure();
    if (type.getRank() != 1 && type.getRank() != 2)
      return ic.emitError() << "expects " << what << " of shape [N, D] or "
                            << "[D], got " << type;
    types.push_back(type);
  }
  if (types[0].getRank() != types[1].getRank() ||
      types[0].getRank() != types[2].getRank())
    return ic.emitError() << "expects anchor, positive and negative of one "
                             "rank";
  FailureOr<SmallVector<int64_t>> shape =
      broadcastShapes(types[0].getShape(), types[1].getShape());
  if (succeeded(shape))
    shape = broadcastShapes(*shape, types[2].getShape());
  if (failed(shape))
    return ic.emitError() << "operands are not broadcast-compatible: "
                          << types[0] << ", " << types[1] << " and "
                          << types[2];
  FailureOr<bool> unreduced = isUnreduced(ic, reduction, false);
  if (failed(unreduced))
    return failure();
  shape->pop_back();
  if (!*unreduced)
    shape->clear();
  Type elementType = promoteOperandTypes({types[0], types[1], types[2]});
  return Type(RankedTensorType::get(*shape, elementType));
}

//===----------------------------------------------------------------------===//
// Pooling and attention
//===----------------------------------------------------------------------===//

FailureOr<Type> inferPool(const InferContext &ic, Value input,
                          ArrayRef<int64_t> kernelSize,
                          ArrayRef<int64_t> stride, ArrayRef<int64_t> padding,
                          ArrayRef<int64_t> dilation, bool ceilMode,
                          bool isMax) {
  RankedTensorType type = ic.getTensor(input, "input");
  if (!type)
    return failure();
  if (isMax && isBoolType(type.getElementType()))
    return ic.emitError() << "does not support bool tensors, got " << type;
  if (!isMax && failed(ic.requireFloat(type, "input")))
    return failure();
  int64_t k = kernelSize.size();
  if (k < 1 || k > 3)
    return ic.emitError() << "expects kernel_size of length 1, 2 or 3, got "
                          << formatShape(kernelSize);
  for (auto [values, name] : {std::pair(stride, "stride"),
                              {padding, "padding"}, {dilation, "dilation"}})
    if (!values.empty() && static_cast<int64_t>(values.size()) != k)
      return ic.emitError() << "expects " << name << " of length " << k
                            << " (or empty), got " << formatShape(values);
  int64_t rank = type.getRank();
  if (rank != k + 1 && rank != k + 2)
    return ic.emitError() << "expects an input of rank " << k + 1 << " or "
                          << k + 2 << " for a " << k << "-d pool, got "
                          << type;

  SmallVector<int64_t> shape(type.getShape());
  for (int64_t i = 0; i < k; ++i) {
    int64_t kernel = kernelSize[i];
    int64_t s = stride.empty() ? kernel : stride[i];
    int64_t pad = padding.empty() ? 0 : padding[i];
    int64_t dil = dilation.empty() ? 1 : dilation[i];
    if (kernel < 1 || s < 1 || dil < 1)
      return ic.emitError() << "expects positive kernel_size, stride and "
                               "dilation, got kernel "
                            << kernel << ", stride " << s << ", dilation "
                            << dil;
    if (pad < 0 || pad > kernel / 2)
      return ic.emitError() << "expects padding in [0, kernel_size / 2], got "
                            << "padding " << pad << " for kernel " << kernel;
    int64_t &size = shape[rank - k + i];
    if (ShapedType::isDynamic(size))
      continue;
    int64_t span = size + 2 * pad - dil * (kernel - 1) - 1;
    if (span < 0)
      return ic.emitError() << "input size " << size
                            << " is too small for kernel " << kernel
                            << " (dilation " << dil << ", padding " << pad
                            << ")";
    int64_t out = (ceilMode ? (span + s - 1) / s : span / s) + 1;
    // In ceil mode the last window must start inside the (left-padded) input.
    if (ceilMode && (out - 1) * s >= size + pad)
      --out;
    size = out;
  }
  return Type(type.clone(shape));
}

FailureOr<Type> inferAttention(const InferContext &ic, Value query, Value key,
                               Value value, Value attnMask, bool isCausal) {
  RankedTensorType q = ic.getTensor(query, "query");
  RankedTensorType k = ic.getTensor(key, "key");
  RankedTensorType v = ic.getTensor(value, "value");
  if (!q || !k || !v || failed(ic.requireFloat(q, "query")))
    return failure();
  if (k.getElementType() != q.getElementType() ||
      v.getElementType() != q.getElementType())
    return ic.emitError() << "expects query, key and value of one dtype, got "
                          << q << ", " << k << " and " << v;
  for (RankedTensorType type : {q, k, v})
    if (failed(requireRank(ic, type, 2, "query, key and value")))
      return failure();
  int64_t embed = q.getShape().back();
  if (failed(mergeDimSizes(embed, k.getShape().back())))
    return ic.emitError() << "query and key embedding sizes differ: "
                          << embed << " and " << k.getShape().back();
  int64_t keyLen = k.getShape()[k.getRank() - 2];
  FailureOr<int64_t> sourceLen =
      mergeDimSizes(keyLen, v.getShape()[v.getRank() - 2]);
  if (failed(sourceLen))
    return ic.emitError() << "key and value sequence lengths differ: "
                          << keyLen << " and "
                          << v.getShape()[v.getRank() - 2];
  FailureOr<SmallVector<int64_t>> batch =
      broadcastShapes(q.getShape().drop_back(2), k.getShape().drop_back(2));
  if (succeeded(batch))
    batch = broadcastShapes(*batch, v.getShape().drop_back(2));
  if (failed(batch))
    return ic.emitError() << "batch dims are not broadcast-compatible: " << q
                          << ", " << k << " and " << v;
  int64_t targetLen = q.getShape()[q.getRank() - 2];
  if (attnMask) {
    if (isCausal)
      return ic.emitError() << "expects either attn_mask or is_causal, not "
                               "both";
    RankedTensorType mask = ic.getTensor(attnMask, "attn_mask");
    if (!mask)
      return failure();
    if (!isBoolType(mask.getElementType()) &&
        mask.getElementType() != q.getElementType())
      return ic.emitError() << "expects a bool attn_mask or one of the "
                               "query's dtype, got "
                            << mask;
    SmallVector<int64_t> scores(*batch);
    scores.push_back(targetLen);
    scores.push_back(*sourceLen);
    if (failed(broadcastShapes(mask.getShape(), scores)) ||
        mask.getRank() > static_cast<int64_t>(scores.size()))
      return ic.emitError() << "attn_mask " << mask
                            << " does not broadcast to the scores' shape "
                            << formatShape(scores);
  }
  SmallVector<int64_t> shape(*batch);
  shape.push_back(targetLen);
  shape.push_back(v.getShape().back());
  return Type(RankedTensorType::get(shape, q.getElementType()));
}

} // namespace py2triton::py
