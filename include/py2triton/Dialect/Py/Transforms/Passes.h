//===- Passes.h - py dialect passes -----------------------------*- C++ -*-===//
//
// The passes over the py dialect (declarations generated from Passes.td) and
// the pattern sets behind them, for drivers that want to combine patterns.
//
//===----------------------------------------------------------------------===//

#ifndef PY2TRITON_DIALECT_PY_TRANSFORMS_PASSES_H
#define PY2TRITON_DIALECT_PY_TRANSFORMS_PASSES_H

#include "py2triton/Dialect/Py/IR/PyDialect.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Pass/Pass.h"

#include <memory>

namespace py2triton::py {

#define GEN_PASS_DECL
#include "py2triton/Dialect/Py/Transforms/Passes.h.inc"

/// Adds the rewrites of -py-decompose: one pattern per composite py op,
/// each replacing the op by primitive py ops (see Passes.td for the list).
void populateDecomposePatterns(mlir::RewritePatternSet &patterns);

#define GEN_PASS_REGISTRATION
#include "py2triton/Dialect/Py/Transforms/Passes.h.inc"

} // namespace py2triton::py

#endif // PY2TRITON_DIALECT_PY_TRANSFORMS_PASSES_H
