//===- PyDialect.td - The py dialect -----------------------*- tablegen -*-===//

#ifndef PY_DIALECT
#define PY_DIALECT

include "mlir/IR/OpBase.td"

def Py_Dialect : Dialect {
  let name = "py";
  let summary = "Torch-level tensor operations translated from Python";
  let description = [{
    The `py` dialect captures the meaning of the PyTorch calls that py2triton
    translates: one op per supported torch call, over ranked tensors with
    static or dynamic dims, with torch's broadcasting and dtype promotion.
  }];
  let cppNamespace = "::py2triton::py";
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

class Py_Op<string mnemonic, list<Trait> traits = []> :
    Op<Py_Dialect, mnemonic, traits>;

#endif // PY_DIALECT
