//===- Passes.h - py dialect passes -----------------------------*- C++ -*-===//
//
// The passes over the py dialect (declarations generated from Passes.td) and
// the pattern sets behind them, for drivers that want to combine patterns.
//
//===----------------------------------------------------------------------===//

#ifndef PY2TRITON_DIALECT_PY_TRANSFORMS_PASSES_H
#define PY2TRITON_DIALECT_PY_TRANSFORMS_PASSES_H

#include "py2triton/Dialect/Py/IR/PyDialect.h"
#include "py2triton/Dialect/Py/IR/PyOps.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Pass/Pass.h"

#include <memory>

namespace py2triton::py {

#define GEN_PASS_DECL
#include "py2triton/Dialect/Py/Transforms/Passes.h.inc"

/// Adds the rewrites of -py-decompose: one pattern per composite py op,
/// each replacing the op by primitive py ops (see Passes.td for the list).
/// With `options.keepAttention`, attention ops that
/// isFlashAttentionSupported() accepts are left in place.
void populateDecomposePatterns(mlir::RewritePatternSet &patterns,
                               const DecomposeOptions &options = {});

/// Whether the Triton back end's flash-attention kernel computes `op`: no
/// attn_mask, an f32, f16 or bf16 dtype, and static head dims E (query/key)
/// and Ev (value) of at most 256. Lengths and batch dims may be dynamic,
/// batch dims may broadcast. The one decision shared by -py-decompose
/// (keep-attention) and the emitter; anything else is decomposed.
bool isFlashAttentionSupported(ScaledDotProductAttentionOp op);

#define GEN_PASS_REGISTRATION
#include "py2triton/Dialect/Py/Transforms/Passes.h.inc"

} // namespace py2triton::py

#endif // PY2TRITON_DIALECT_PY_TRANSFORMS_PASSES_H
