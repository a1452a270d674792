//===- PyOps.cpp - py dialect operations ----------------------------------===//
//
// Verifiers and folders. Result types come from PyTypeInference.cpp through
// the inferReturnTypes that PyTypes.td generates for every op.
//
//===----------------------------------------------------------------------===//

#include "py2triton/Dialect/Py/IR/PyOps.h"

#include "PyTypeInference.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;
using namespace py2triton::py;

//===----------------------------------------------------------------------===//
// VerifyInferredType trait
//===----------------------------------------------------------------------===//

LogicalResult py2triton::py::detail::verifyInferredResultType(Operation *op) {
  auto inferable = cast<InferTypeOpInterface>(op);
  SmallVector<Type, 1> inferred;
  if (failed(inferable.inferReturnTypes(
          op->getContext(), op->getLoc(), op->getOperands(),
          op->getRawDictionaryAttrs(), op->getPropertiesStorage(),
          op->getRegions(), inferred)))
    return failure();
  if (TypeRange(inferred) == op->getResultTypes())
    return success();
  return op->emitOpError("result type ")
         << op->getResultTypes() << " differs from the inferred type "
         << TypeRange(inferred);
}

//===----------------------------------------------------------------------===//
// ConstantOp, CastOp
//===----------------------------------------------------------------------===//

OpFoldResult ConstantOp::fold(FoldAdaptor) { return getValueAttr(); }

LogicalResult CastOp::verify() {
  auto inputType = getInput().getType();
  auto resultType = getResult().getType();
  bool matches = inputType.getRank() == resultType.getRank();
  for (int64_t i = 0; matches && i < inputType.getRank(); ++i)
    matches = succeeded(
        mergeDimSizes(inputType.getDimSize(i), resultType.getDimSize(i)));
  if (!matches)
    return emitOpError("changes the shape: ")
           << inputType << " -> " << resultType;
  return success();
}

OpFoldResult CastOp::fold(FoldAdaptor) {
  if (getInput().getType() == getResult().getType())
    return getInput();
  return {};
}

LogicalResult DimOp::verify() {
  int64_t rank = getInput().getType().getRank();
  int64_t dim = static_cast<int64_t>(getDim());
  if (!normalizeDim(dim, rank))
    return emitOpError("dim ") << dim << " is out of range for rank " << rank;
  return success();
}

//===----------------------------------------------------------------------===//
// Attribute checks of unary ops and losses
//===----------------------------------------------------------------------===//

LogicalResult GeluOp::verify() {
  if (getApproximate() != "none" && getApproximate() != "tanh")
    return emitOpError("expects approximate to be 'none' or 'tanh', got '")
           << getApproximate() << "'";
  return success();
}

LogicalResult CeluOp::verify() {
  if (getAlpha().isZero())
    return emitOpError("expects a non-zero alpha");
  return success();
}

LogicalResult HardtanhOp::verify() {
  double minVal = getMinVal().convertToDouble();
  double maxVal = getMaxVal().convertToDouble();
  if (minVal > maxVal)
    return emitOpError("expects min_val <= max_val, got ")
           << minVal << " > " << maxVal;
  return success();
}

LogicalResult ClampOp::verify() {
  if (!getMin() && !getMax())
    return emitOpError("expects at least one of min and max");
  return success();
}

LogicalResult SoftshrinkOp::verify() {
  if (getLambd().isNegative())
    return emitOpError("expects lambd >= 0, got ")
           << getLambd().convertToDouble();
  return success();
}

LogicalResult SmoothL1LossOp::verify() {
  if (getBeta().isNegative())
    return emitOpError("expects beta >= 0, got ")
           << getBeta().convertToDouble();
  return success();
}

LogicalResult HuberLossOp::verify() {
  if (getDelta().convertToDouble() <= 0)
    return emitOpError("expects delta > 0, got ")
           << getDelta().convertToDouble();
  return success();
}

LogicalResult CrossEntropyOp::verify() {
  double smoothing = getLabelSmoothing().convertToDouble();
  if (!(smoothing >= 0.0 && smoothing <= 1.0))
    return emitOpError("expects label_smoothing in [0, 1], got ")
           << smoothing;
  return success();
}

//===----------------------------------------------------------------------===//
// Folders of view ops
//===----------------------------------------------------------------------===//

OpFoldResult ReshapeOp::fold(FoldAdaptor adaptor) {
  RankedTensorType type = getResult().getType();
  // With at most one dynamic dim, equal types mean equal shapes at run time.
  if (getInput().getType() == type && type.getNumDynamicDims() <= 1)
    return getInput();
  if (auto constant =
          dyn_cast_if_present<DenseElementsAttr>(adaptor.getInput()))
    if (type.hasStaticShape())
      return constant.reshape(type);
  return {};
}

OpFoldResult TransposeOp::fold(FoldAdaptor) {
  int64_t rank = std::max<int64_t>(getInput().getType().getRank(), 1);
  auto normalizedPair = [rank](TransposeOp op) {
    int64_t a = *normalizeDim(static_cast<int64_t>(op.getDim0()), rank);
    int64_t b = *normalizeDim(static_cast<int64_t>(op.getDim1()), rank);
    return std::make_pair(std::min(a, b), std::max(a, b));
  };
  auto pair = normalizedPair(*this);
  if (pair.first == pair.second)
    return getInput();
  // transpose(transpose(x, a, b), a, b) == x
  if (auto inner = getInput().getDefiningOp<TransposeOp>())
    if (normalizedPair(inner) == pair)
      return inner.getInput();
  return {};
}

OpFoldResult PermuteOp::fold(FoldAdaptor) {
  int64_t rank = getInput().getType().getRank();
  for (auto [i, dim] : llvm::enumerate(getDims()))
    if (*normalizeDim(dim, rank) != static_cast<int64_t>(i))
      return {};
  return getInput();
}

OpFoldResult ExpandOp::fold(FoldAdaptor) {
  RankedTensorType type = getResult().getType();
  if (getInput().getType() == type && type.hasStaticShape())
    return getInput();
  return {};
}

#define GET_OP_CLASSES
#include "py2triton/Dialect/Py/IR/PyOps.cpp.inc"
