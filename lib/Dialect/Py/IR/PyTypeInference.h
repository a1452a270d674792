//===- PyTypeInference.h - result types of py ops ---------------*- C++ -*-===//
//
// One inference function per op class. Each returns the result type, or
// failure after reporting why through its InferContext (which stays silent
// when inference runs without a location). The generated inferReturnTypes of
// every op calls one of these (see Py_InferOp in PyTypes.td).
//
//===----------------------------------------------------------------------===//

#ifndef PY2TRITON_LIB_DIALECT_PY_IR_PYTYPEINFERENCE_H
#define PY2TRITON_LIB_DIALECT_PY_IR_PYTYPEINFERENCE_H

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Location.h"
#include "mlir/IR/Value.h"
#include "mlir/IR/ValueRange.h"

#include <optional>

namespace py2triton::py {

/// A diagnostic that may be disabled: streams into an InFlightDiagnostic when
/// there is one, and converts to failure either way.
class OptionalDiagnostic {
public:
  explicit OptionalDiagnostic(std::optional<mlir::InFlightDiagnostic> diag)
      : diag(std::move(diag)) {}

  template <typename T>
  OptionalDiagnostic &operator<<(T &&value) {
    if (diag)
      *diag << std::forward<T>(value);
    return *this;
  }

  operator mlir::LogicalResult() const { return mlir::failure(); }
  template <typename T>
  operator mlir::FailureOr<T>() const {
    return mlir::failure();
  }

private:
  std::optional<mlir::InFlightDiagnostic> diag;
};

/// Where inference reports errors: "'py.add' op <message>" at the location,
/// or nowhere when there is no location.
class InferContext {
public:
  InferContext(mlir::MLIRContext *context, std::optional<mlir::Location> loc,
               llvm::StringRef opName)
      : context(context), loc(loc), opName(opName) {}

  mlir::MLIRContext *getContext() const { return context; }

  /// Starts an error message prefixed with the op name.
  OptionalDiagnostic emitError() const;

  /// Stores `type` as the single inferred result type.
  mlir::LogicalResult setResult(llvm::SmallVectorImpl<mlir::Type> &types,
                                mlir::FailureOr<mlir::Type> type) const;

  /// The ranked tensor type of `value`, or a null type after an error naming
  /// the operand `what`.
  mlir::RankedTensorType getTensor(mlir::Value value,
                                   llvm::StringRef what) const;

  /// Normalises `dim` against `rank`, or fails with
  /// "dim N is out of range for rank R".
  mlir::FailureOr<int64_t> normalizeDim(int64_t dim, int64_t rank) const;

  /// Normalises the position of a dim inserted into a tensor of rank `rank`
  /// (unsqueeze, stack): in [-rank-1, rank].
  mlir::FailureOr<int64_t> normalizeInsertedDim(int64_t dim,
                                                int64_t rank) const;

  /// Normalises `dims` against `rank`; fails on a dim out of range or a
  /// duplicate.
  mlir::FailureOr<llvm::SmallVector<int64_t>>
  normalizeDims(llvm::ArrayRef<int64_t> dims, int64_t rank) const;

  /// Fails with "expects a floating-point <what>, got T" unless `type` holds
  /// floats.
  mlir::LogicalResult requireFloat(mlir::RankedTensorType type,
                                   llvm::StringRef what) const;

private:
  mlir::MLIRContext *context;
  std::optional<mlir::Location> loc;
  llvm::StringRef opName;
};

enum class BinaryRule {
  Promote,    ///< promoted dtype
  TrueDivide, ///< promoted dtype, int/bool -> f32
  Bitwise,    ///< int/bool operands only, promoted dtype
  Predicate,  ///< i1 (comparisons, logical ops)
};

enum class UnaryRule {
  Same,      ///< same type
  ToFloat,   ///< float keeps its dtype, int/bool -> f32
  NonBool,   ///< same type, bool rejected
  FloatOnly, ///< same type, floats only
  IntOrBool, ///< same type, ints and bool only
  Predicate, ///< i1
};

enum class ReduceRule {
  Accumulate, ///< int/bool -> i64 (sum, prod)
  FloatOnly,  ///< floats only, same dtype
  Same,       ///< same dtype
  Index,      ///< i64 index, at most one dim
  Predicate,  ///< i1
};

enum class AlongDimRule {
  FloatOnly,  ///< softmax, log_softmax
  Accumulate, ///< cumsum, cumprod: int/bool -> i64
};

using mlir::FailureOr;
using mlir::Type;
using mlir::Value;

FailureOr<Type> inferBinary(const InferContext &ic, Value lhs, Value rhs,
                            BinaryRule rule);
FailureOr<Type> inferWhere(const InferContext &ic, Value condition,
                           Value input, Value other);
FailureOr<Type> inferUnary(const InferContext &ic, Value input,
                           UnaryRule rule);
FailureOr<Type> inferReduction(const InferContext &ic, Value input,
                               llvm::ArrayRef<int64_t> dims, bool keepdim,
                               ReduceRule rule);
FailureOr<Type> inferAlongDim(const InferContext &ic, Value input,
                              int64_t dim, AlongDimRule rule);
FailureOr<Type> inferFlip(const InferContext &ic, Value input,
                          llvm::ArrayRef<int64_t> dims);
FailureOr<Type> inferMatmul(const InferContext &ic, Value lhs, Value rhs);
FailureOr<Type> inferBmm(const InferContext &ic, Value lhs, Value rhs);
FailureOr<Type> inferLinear(const InferContext &ic, Value input, Value weight,
                            Value bias);
FailureOr<Type> inferReshape(const InferContext &ic, Value input,
                             llvm::ArrayRef<int64_t> shape);
FailureOr<Type> inferTranspose(const InferContext &ic, Value input,
                               int64_t dim0, int64_t dim1);
FailureOr<Type> inferPermute(const InferContext &ic, Value input,
                             llvm::ArrayRef<int64_t> dims);
FailureOr<Type> inferUnsqueeze(const InferContext &ic, Value input,
                               int64_t dim);
FailureOr<Type> inferSqueeze(const InferContext &ic, Value input,
                             llvm::ArrayRef<int64_t> dims);
FailureOr<Type> inferExpand(const InferContext &ic, Value input,
                            llvm::ArrayRef<int64_t> sizes);
FailureOr<Type> inferFlatten(const InferContext &ic, Value input,
                             int64_t startDim, int64_t endDim);
FailureOr<Type> inferSlice(const InferContext &ic, Value input, int64_t dim,
                           int64_t start, int64_t end, int64_t step);
FailureOr<Type> inferSelect(const InferContext &ic, Value input, int64_t dim,
                            int64_t index);
FailureOr<Type> inferCat(const InferContext &ic, mlir::ValueRange inputs,
                         int64_t dim);
FailureOr<Type> inferStack(const InferContext &ic, mlir::ValueRange inputs,
                           int64_t dim);
FailureOr<Type> inferLayerNorm(const InferContext &ic, Value input,
                               Value weight, Value bias,
                               llvm::ArrayRef<int64_t> normalizedShape);
FailureOr<Type> inferBatchNorm(const InferContext &ic, Value input,
                               Value runningMean, Value runningVar,
                               Value weight, Value bias);
FailureOr<Type> inferGroupNorm(const InferContext &ic, Value input,
                               Value weight, Value bias, int64_t numGroups);
FailureOr<Type> inferInstanceNorm(const InferContext &ic, Value input,
                                  Value weight, Value bias);
FailureOr<Type> inferNormalize(const InferContext &ic, Value input,
                               int64_t dim);
FailureOr<Type> inferCosineSimilarity(const InferContext &ic, Value x1,
                                      Value x2, int64_t dim);
FailureOr<Type> inferElementwiseLoss(const InferContext &ic, Value input,
                                     Value target, llvm::StringRef reduction,
                                     bool allowBatchmean);
FailureOr<Type> inferClassLoss(const InferContext &ic, Value input,
                               Value target, llvm::StringRef reduction,
                               bool allowProbabilities);
FailureOr<Type> inferTripletLoss(const InferContext &ic, Value anchor,
                                 Value positive, Value negative,
                                 llvm::StringRef reduction);
FailureOr<Type> inferPool(const InferContext &ic, Value input,
                          llvm::ArrayRef<int64_t> kernelSize,
                          llvm::ArrayRef<int64_t> stride,
                          llvm::ArrayRef<int64_t> padding,
                          llvm::ArrayRef<int64_t> dilation, bool ceilMode,
                          bool isMax);
FailureOr<Type> inferAttention(const InferContext &ic, Value query, Value key,
                               Value value, Value attnMask, bool isCausal);

} // namespace py2triton::py

#endif // PY2TRITON_LIB_DIALECT_PY_IR_PYTYPEINFERENCE_H
