//===- PyTypeUtils.h - torch dtype and shape rules --------------*- C++ -*-===//
//
// Torch's dtype promotion and broadcasting on MLIR types, shared by the py
// dialect's result-type inference and by MLIRGen.
//
//===----------------------------------------------------------------------===//

#ifndef PY2TRITON_DIALECT_PY_IR_PYTYPEUTILS_H
#define PY2TRITON_DIALECT_PY_IR_PYTYPEUTILS_H

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/TypeRange.h"
#include "mlir/IR/Types.h"
#include "mlir/Support/LLVM.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"

#include <optional>

namespace py2triton::py {

/// f64, f32, f16 and bf16 (any builtin float type).
bool isFloatType(mlir::Type type);
/// i1, torch's bool.
bool isBoolType(mlir::Type type);
/// An integer dtype other than bool: i64, i32, i16, i8, ui8.
bool isIntegerType(mlir::Type type);
/// One of the dtypes py tensors may hold (f64, f32, f16, bf16, i64, i32, i16,
/// i8, ui8, i1).
bool isTorchDtype(mlir::Type type);

/// Torch's promotion of two element types (torch.promote_types): bool < ints
/// < floats; the wider int or float wins; ui8 with i8 gives i16; f16 with bf16
/// gives f32. Returns a null Type when either type is not a torch dtype.
mlir::Type promoteTypes(mlir::Type a, mlir::Type b);

/// Torch's result dtype for an op over tensors of these (ranked tensor)
/// types, as torch.result_type: rank-0 tensors (which is how Python scalars
/// arrive) only raise the dtype of ranked operands when they are of a higher
/// category, so `tensor<4xf16> + tensor<f32>` is f16 while
/// `tensor<4xi32> + tensor<f32>` is f32. Returns a null Type for an empty
/// range or non-torch dtypes.
mlir::Type promoteOperandTypes(mlir::TypeRange tensorTypes);

/// Torch broadcasting of two shapes (dims aligned right; equal, or one of
/// them 1). Dynamic dims (ShapedType::kDynamic): `?` with 1 gives `?`, `?`
/// with N gives N, `?` with `?` gives `?`. Fails on a static mismatch.
mlir::FailureOr<llvm::SmallVector<int64_t>>
broadcastShapes(llvm::ArrayRef<int64_t> a, llvm::ArrayRef<int64_t> b);

/// Two sizes of the same dim: equal, or one dynamic (the static one wins).
/// Fails when both are static and differ.
mlir::FailureOr<int64_t> mergeDimSizes(int64_t a, int64_t b);

/// Normalises a torch dim against `rank` (negative dims count from the end).
/// Returns std::nullopt when the dim is outside [-rank, rank).
std::optional<int64_t> normalizeDim(int64_t dim, int64_t rank);

/// Formats a shape as "[2, ?, 3]" (dynamic dims as `?`) for diagnostics.
std::string formatShape(llvm::ArrayRef<int64_t> shape);

} // namespace py2triton::py

#endif // PY2TRITON_DIALECT_PY_IR_PYTYPEUTILS_H
