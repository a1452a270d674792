//===- PyDialect.td - The py dialect -----------------------*- tablegen -*-===//
//
// The dialect definition and the base class of every py op.
//
//===----------------------------------------------------------------------===//

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

    Every op except `py.constant` and `py.cast` infers its result type
    (`InferTypeOpInterface`); the verifier rejects a declared result type that
    differs from the inferred one. Dims are torch style: negative values count
    from the end and are normalised against the rank.
  }];
  let cppNamespace = "::py2triton::py";
  let dependentDialects = ["::mlir::arith::ArithDialect"];
  let hasConstantMaterializer = 1;
}

/// Base class of every py op. `pyDtypes` and `pyNotes` feed docs/ops.md.
class Py_Op<string mnemonic, list<Trait> traits = []> :
    Op<Py_Dialect, mnemonic, traits> {
  string pyDtypes = "any";
  string pyNotes = "";
}

#endif // PY_DIALECT
