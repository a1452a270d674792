//===- PyOps.td - py dialect operations --------------------*- tablegen -*-===//

#ifndef PY_OPS
#define PY_OPS

include "py2triton/Dialect/Py/IR/PyDialect.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

def Py_ExpOp : Py_Op<"exp", [Pure, SameOperandsAndResultType]> {
  let summary = "torch.exp";
  let arguments = (ins AnyRankedTensor:$input);
  let results = (outs AnyRankedTensor:$result);
  let assemblyFormat = "$input attr-dict `:` type($input)";
}

#endif // PY_OPS
