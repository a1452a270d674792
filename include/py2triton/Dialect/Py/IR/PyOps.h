//===- PyOps.h - py dialect operations --------------------------*- C++ -*-===//

#ifndef PY2TRITON_DIALECT_PY_IR_PYOPS_H
#define PY2TRITON_DIALECT_PY_IR_PYOPS_H

#include "py2triton/Dialect/Py/IR/PyDialect.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#define GET_OP_CLASSES
#include "py2triton/Dialect/Py/IR/PyOps.h.inc"

#endif // PY2TRITON_DIALECT_PY_IR_PYOPS_H
