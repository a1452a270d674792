//===- PyTraits.h - py op traits --------------------------------*- C++ -*-===//

#ifndef PY2TRITON_DIALECT_PY_IR_PYTRAITS_H
#define PY2TRITON_DIALECT_PY_IR_PYTRAITS_H

#include "mlir/IR/OpDefinition.h"

namespace py2triton::py {
namespace detail {
/// Runs the op's InferTypeOpInterface inference with diagnostics enabled and
/// checks the declared result type against the inferred one.
mlir::LogicalResult verifyInferredResultType(mlir::Operation *op);
} // namespace detail

namespace OpTrait {
/// Verifies, before InferTypeOpInterface's own generic check, that the result
/// type can be inferred (reporting why not) and equals the declared one.
template <typename ConcreteType>
class VerifyInferredType
    : public mlir::OpTrait::TraitBase<ConcreteType, VerifyInferredType> {
public:
  static mlir::LogicalResult verifyTrait(mlir::Operation *op) {
    return detail::verifyInferredResultType(op);
  }
};
} // namespace OpTrait
} // namespace py2triton::py

#endif // PY2TRITON_DIALECT_PY_IR_PYTRAITS_H
