//===- Schedule.h - kernel schedule knobs and the py-schedule pass -*- C++ -*-===//
//
// The schedule of a function is the set of decisions the Triton back end
// makes when it forms kernels: which values are materialised (fusion), row
// kernels persistent or looped, block sizes, warps, pipeline stages, matmul
// tiles and autotuning. Defaults come from the shapes; knobs override them.
//
// Knobs live in the IR as a dictionary attribute `py.schedule`:
//   - on a func.func: for every kernel of the function;
//   - on the op whose value a kernel computes (its root): for that kernel only
//     (wins over the function's).
// The -py-schedule pass sets the function knobs (from its `knobs` option)
// and records the resulting schedule on the IR: each kernel root gets
// `py.kernel = {name, kind, grid, num_warps, BLOCK_*...}` and every op
// computed inside a kernel `py.fused_into = [kernel names]`. exportTriton
// reads the same knobs, so the annotated IR and the emitted module agree.
//
//===----------------------------------------------------------------------===//

#ifndef PY2TRITON_TARGET_TRITON_SCHEDULE_H
#define PY2TRITON_TARGET_TRITON_SCHEDULE_H

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Support/LogicalResult.h"
#include "llvm/ADT/StringRef.h"

#include <memory>
#include <string>

namespace py2triton {

/// Name of the knob dictionary attribute.
constexpr llvm::StringLiteral kScheduleAttr = "py.schedule";

/// Parses `key=value[,key=value...]` into a knob dictionary. Keys:
///   fuse=0|1                 fuse reductions and matmuls into neighbours
///   reduction=auto|persistent|looped
///   num_warps=1|2|4|8|16|32  every kernel (matmul autotune configs too)
///   num_stages=1..8          matmul software pipelining
///   block=N                  flat pointwise kernels' BLOCK (power of 2)
///   row_block=N              looped row kernels' BLOCK_N (power of 2)
///   matmul_tile=BMxBNxBK     fixed matmul tile (powers of 2, >= 16)
///   autotune=0|1             matmul autotuning over tile configs
///   split_k=N                matmul: split the K loop over N programs
/// On a bad spec returns failure and sets `error`.
mlir::FailureOr<mlir::DictionaryAttr>
parseScheduleKnobs(mlir::MLIRContext *context, llvm::StringRef spec,
                   std::string &error);

/// Checks a knob dictionary found in the IR (same rules as the parser).
mlir::LogicalResult verifyScheduleKnobs(mlir::DictionaryAttr knobs,
                                        std::string &error);

/// -py-schedule{knobs="..."}: see the file comment.
std::unique_ptr<mlir::Pass> createSchedulePass(std::string knobs = "");
void registerSchedulePass();

} // namespace py2triton

#endif // PY2TRITON_TARGET_TRITON_SCHEDULE_H
