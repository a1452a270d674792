//===- MLIRGen.h - Lower the Python AST to the py dialect -------*- C++ -*-===//
//
// Semantic analysis and IR generation in one walk: names are resolved against
// `torch`, `torch.nn`, `torch.nn.functional` and `math` (with aliases), module
// constants and `get_inputs()` / `get_init_inputs()` are evaluated
// symbolically, a KernelBench `Model` class is instantiated symbolically, and
// each translated function becomes a `func.func` over ranked tensors.
//
//===----------------------------------------------------------------------===//

#ifndef PY2TRITON_MLIRGEN_MLIRGEN_H
#define PY2TRITON_MLIRGEN_MLIRGEN_H

#include "py2triton/Frontend/AST.h"
#include "py2triton/Frontend/Diagnostics.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/ADT/SmallVector.h"

#include <optional>
#include <string>
#include <vector>

namespace mlir {
class MLIRContext;
} // namespace mlir

namespace py2triton {

/// A `--arg NAME=SHAPE:DTYPE` specification from the command line, e.g.
/// `x=128x?:f16` (`?` is a dynamic dim, `scalar` an empty shape).
struct ArgSpec {
  std::string name;
  llvm::SmallVector<int64_t> shape; // mlir::ShapedType::kDynamic for `?`
  std::string dtype;                // "f32", "f16", "bf16", "f64", "i64", ...
};

/// Parses `NAME=SHAPE:DTYPE`; returns std::nullopt and sets `error` on
/// malformed input.
std::optional<ArgSpec> parseArgSpec(llvm::StringRef text, std::string &error);

struct MLIRGenOptions {
  /// Translate only this function (or `Model` for the class); empty: all.
  std::string function;
  /// Argument shapes/dtypes that override annotations and get_inputs().
  std::vector<ArgSpec> argSpecs;
};

/// Translates `module`. Returns null after reporting errors through `diags`
/// (located at the offending expression). The returned module verifies.
mlir::OwningOpRef<mlir::ModuleOp> mlirGen(mlir::MLIRContext &context,
                                          const ast::Module &module,
                                          DiagnosticEngine &diags,
                                          const MLIRGenOptions &options);

} // namespace py2triton

#endif // PY2TRITON_MLIRGEN_MLIRGEN_H
