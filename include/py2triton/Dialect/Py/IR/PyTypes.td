//===- PyTypes.td - py type constraints and traits ---------*- tablegen -*-===//
//
// The tensor types py ops accept and the traits that tie result types to the
// shared C++ inference in lib/Dialect/Py/IR/PyTypeInference.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef PY_TYPES
#define PY_TYPES

include "py2triton/Dialect/Py/IR/PyDialect.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

/// The torch dtypes py2triton handles: float64/32/16, bfloat16, int64/32/16/8,
/// uint8 and bool (i1).
def Py_ElementType : AnyTypeOf<[F64, F32, F16, BF16, I64, I32, I16, I8, UI8, I1],
                               "torch dtype">;

/// A ranked tensor with static or dynamic dims. Python scalars are rank-0.
def Py_Tensor : RankedTensorOf<[Py_ElementType]>;

/// Runs the op's result-type inference with diagnostics before
/// InferTypeOpInterface's own check, so invalid IR gets one precise error
/// ("operands are not broadcast-compatible: ...") instead of a generic one.
def Py_VerifyInferredType : NativeOpTrait<"VerifyInferredType"> {
  let cppNamespace = "::py2triton::py::OpTrait";
}

/// An op whose single result type is computed by `inferCall`, a C++ expression
/// of type `FailureOr<Type>` that may use `ic` (an InferContext, which emits
/// diagnostics) and `adaptor` (the op adaptor over operands and attributes).
class Py_InferOp<string mnemonic, string inferCall, list<Trait> traits = []> :
    Py_Op<mnemonic, !listconcat([Pure, Py_VerifyInferredType], traits,
                                [DeclareOpInterfaceMethods<InferTypeOpInterface>])> {
  // Builders run inference on an OperationState whose default-valued
  // attributes are still unset, so the defaults are filled in first.
  let extraClassDefinition = [{
    ::llvm::LogicalResult $cppClass::inferReturnTypes(
        ::mlir::MLIRContext *context, std::optional<::mlir::Location> location,
        ::mlir::ValueRange operands, ::mlir::DictionaryAttr attributes,
        ::mlir::OpaqueProperties properties, ::mlir::RegionRange regions,
        ::llvm::SmallVectorImpl<::mlir::Type> &inferredReturnTypes) {
      InferredProperties<$cppClass> props;
      if (properties)
        props = *properties.as<InferredProperties<$cppClass> *>();
      populateDefaultProperties(
          ::mlir::OperationName(getOperationName(), context), props);
      Adaptor adaptor(operands, attributes, ::mlir::OpaqueProperties(&props),
                      regions);
      InferContext ic(context, location, getOperationName());
      return ic.setResult(inferredReturnTypes, }] # inferCall # [{);
    }
  }];
}

#endif // PY_TYPES
