//===- TritonEmitter.h - Print py IR as a Triton Python module --*- C++ -*-===//
//
// exportTriton() prints a self-contained Python module: @triton.jit kernels
// for every kernel the function needs and, per translated function, a wrapper
// with the original name, signature and docstring that validates its
// arguments, allocates outputs and launches the kernels in order. For a
// KernelBench `Model` it also prints `ModelNew(nn.Module)`.
//
// The input is py IR after `py-decompose` (primitive ops only). Kernel
// formation is by materialisation points: function results and the results of
// reductions, matrix products and scans are materialised; every elementwise
// and view op is evaluated inside the kernels that consume it (fused), through
// index maps, so views never copy and non-contiguous inputs work via strides.
//
//===----------------------------------------------------------------------===//

#ifndef PY2TRITON_TARGET_TRITON_TRITONEMITTER_H
#define PY2TRITON_TARGET_TRITON_TRITONEMITTER_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Support/LogicalResult.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

namespace py2triton {

struct TritonEmitterOptions {
  /// The original Python source (used to reproduce a Model's constructor in
  /// ModelNew and the module-level constants it reads).
  llvm::StringRef source;
  /// Name of the source file, printed in the header.
  llvm::StringRef sourceName;
  /// Record the schedule on the IR (py.kernel / py.fused_into, see
  /// Schedule.h) instead of only printing it.
  bool annotate = false;
};

/// Prints `module` as a Triton Python module. Reports unsupported ops as
/// located errors through the MLIR context and returns failure.
mlir::LogicalResult exportTriton(mlir::ModuleOp module, llvm::raw_ostream &os,
                                 const TritonEmitterOptions &options);

} // namespace py2triton

#endif // PY2TRITON_TARGET_TRITON_TRITONEMITTER_H
