//===- PyOps.h - py dialect operations --------------------------*- C++ -*-===//
//
// The py ops (C++ classes py2triton::py::<Name>Op), the torch dtype and shape
// helpers (PyTypeUtils.h), and createOrFail, a non-aborting way to build them.
//
//===----------------------------------------------------------------------===//

#ifndef PY2TRITON_DIALECT_PY_IR_PYOPS_H
#define PY2TRITON_DIALECT_PY_IR_PYOPS_H

#include "py2triton/Dialect/Py/IR/PyDialect.h"
#include "py2triton/Dialect/Py/IR/PyTraits.h"
#include "py2triton/Dialect/Py/IR/PyTypeUtils.h"

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributeInterfaces.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#define GET_OP_CLASSES
#include "py2triton/Dialect/Py/IR/PyOps.h.inc"

namespace py2triton::py {

/// Builds `OpTy` like `builder.create<OpTy>(loc, args...)` (the same argument
/// lists, without result types), but where that would abort on IR whose
/// result type cannot be inferred ("Failed to infer result type(s)"), this
/// reports the reason at `loc` ("operands are not broadcast-compatible: ...")
/// and returns failure. The new op is also verified; an op that fails
/// verification is erased and failure returned. For ops with inferred result
/// types only (every py op except py.cast).
template <typename OpTy, typename... Args>
mlir::FailureOr<OpTy> createOrFail(mlir::OpBuilder &builder,
                                   mlir::Location loc, Args &&...args) {
  static_assert(OpTy::template hasTrait<mlir::InferTypeOpInterface::Trait>(),
                "createOrFail needs an op with an inferred result type");
  mlir::OperationState state(loc, OpTy::getOperationName());
  OpTy::build(builder, state, mlir::TypeRange(), std::forward<Args>(args)...);
  llvm::SmallVector<mlir::Type, 1> resultTypes;
  if (mlir::failed(OpTy::inferReturnTypes(
          builder.getContext(), loc, state.operands,
          state.attributes.getDictionary(builder.getContext()),
          state.getRawProperties(), state.regions, resultTypes)))
    return mlir::failure();
  state.addTypes(resultTypes);
  mlir::Operation *op = builder.create(state);
  if (mlir::failed(mlir::verify(op))) {
    op->erase();
    return mlir::failure();
  }
  return mlir::cast<OpTy>(op);
}

} // namespace py2triton::py

#endif // PY2TRITON_DIALECT_PY_IR_PYOPS_H
