//===- PyDialect.h - The py dialect -----------------------------*- C++ -*-===//

#ifndef PY2TRITON_DIALECT_PY_IR_PYDIALECT_H
#define PY2TRITON_DIALECT_PY_IR_PYDIALECT_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/Dialect.h"

#include "py2triton/Dialect/Py/IR/PyOpsDialect.h.inc"

#endif // PY2TRITON_DIALECT_PY_IR_PYDIALECT_H
