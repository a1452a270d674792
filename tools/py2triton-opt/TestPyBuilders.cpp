//===- TestPyBuilders.cpp - exercise the py op C++ builders ---------------===//
//
// A test-only pass for lit: builds py ops through the C++ API that MLIRGen
// uses (inferring builders, raw-value and attribute builders, optional
// operands, createOrFail), so test/Dialect/Py/builders.mlir can check both
// the built IR and that bad arguments give diagnostics instead of aborts.
//
// For each func.func named `build_<case>`, ops are inserted before its
// terminator, at the terminator's location, from the function arguments.
//
//===----------------------------------------------------------------------===//

#include "TestPyBuilders.h"

#include "py2triton/Dialect/Py/IR/PyOps.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

using namespace mlir;
namespace py = py2triton::py;

namespace {

struct TestPyBuildersPass
    : PassWrapper<TestPyBuildersPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(TestPyBuildersPass)

  StringRef getArgument() const final { return "test-py-builders"; }
  StringRef getDescription() const final {
    return "Build py ops through their C++ builders (test only)";
  }

  void getDependentDialects(DialectRegistry &registry) const final {
    registry.insert<py::PyDialect>();
  }

  void runOnOperation() final {
    for (auto func : getOperation().getOps<func::FuncOp>()) {
      StringRef name = func.getSymName();
      if (!name.consume_front("build_") || func.getBody().empty())
        continue;
      Operation *terminator = func.getBody().front().getTerminator();
      OpBuilder b(terminator);
      buildCase(b, terminator->getLoc(), name, func.getArguments());
    }
  }

  void buildCase(OpBuilder &b, Location loc, StringRef name,
                 ValueRange args) {
    if (name == "binary") {
      // Result types are inferred; no result type is passed.
      Value sum = b.create<py::AddOp>(loc, args[0], args[1]);
      b.create<py::MulOp>(loc, sum, args[1]);
      b.create<py::LtOp>(loc, args[0], args[1]);
      return;
    }
    if (name == "bad_binary") {
      // Incompatible shapes: a diagnostic and failure, not an abort.
      FailureOr<py::AddOp> add =
          py::createOrFail<py::AddOp>(b, loc, args[0], args[1]);
      if (failed(add))
        b.create<py::SubOp>(loc, args[0], args[0]);
      return;
    }
    if (name == "scalar_constant") {
      auto type = RankedTensorType::get({}, b.getF32Type());
      Value two = b.create<py::ConstantOp>(
          loc, DenseElementsAttr::get(type, b.getF32FloatAttr(2.0f)));
      b.create<py::MulOp>(loc, args[0], two);
      return;
    }
    if (name == "reduction") {
      b.create<py::SumOp>(loc, args[0], b.getDenseI64ArrayAttr({-1}),
                          b.getBoolAttr(true));
      b.create<py::SumOp>(loc, args[0], ArrayRef<int64_t>{0}, false);
      b.create<py::ArgmaxOp>(loc, args[0]);
      // Null attributes select the ODS defaults (keepdim = false).
      b.create<py::VarOp>(loc, args[1], b.getDenseI64ArrayAttr({1}),
                          BoolAttr(), b.getI64IntegerAttr(0));
      (void)py::createOrFail<py::MeanOp>(b, loc, args[1],
                                         b.getDenseI64ArrayAttr({5}),
                                         BoolAttr());
      return;
    }
    if (name == "unary") {
      b.create<py::ExpOp>(loc, args[0]);
      b.create<py::EluOp>(loc, args[0], FloatAttr()); // default alpha
      b.create<py::GeluOp>(loc, args[0], StringRef("tanh"));
      b.create<py::ClampOp>(loc, args[0], b.getF64FloatAttr(0.0),
                            FloatAttr());
      b.create<py::SoftmaxOp>(loc, args[0], int64_t(-1));
      // Passes inference but not the verifier: erased after the error.
      (void)py::createOrFail<py::GeluOp>(b, loc, args[0], StringRef("fast"));
      return;
    }
    if (name == "nn") {
      Value x = args[0], w = args[1], bias = args[2];
      b.create<py::LinearOp>(loc, x, w, bias);
      Value y = b.create<py::LinearOp>(loc, x, w, Value()); // no bias
      int64_t features = cast<RankedTensorType>(y.getType()).getShape().back();
      b.create<py::LayerNormOp>(loc, y, /*weight=*/Value(), bias,
                                b.getDenseI64ArrayAttr({features}),
                                FloatAttr());
      b.create<py::ScaledDotProductAttentionOp>(
          loc, y, y, y, /*attn_mask=*/Value(), b.getBoolAttr(true),
          FloatAttr());
      return;
    }
    if (name == "views") {
      Value x = args[0];
      b.create<py::ReshapeOp>(loc, x, ArrayRef<int64_t>{-1});
      b.create<py::TransposeOp>(loc, x, int64_t(0), int64_t(-1));
      b.create<py::UnsqueezeOp>(loc, x, int64_t(-1));
      b.create<py::CatOp>(loc, ValueRange{x, x}, int64_t(1));
      b.create<py::SliceOp>(loc, x, b.getI64IntegerAttr(1),
                            b.getI64IntegerAttr(1), IntegerAttr(),
                            IntegerAttr());
      (void)py::createOrFail<py::ReshapeOp>(b, loc, x,
                                            ArrayRef<int64_t>{-1, -1});
      return;
    }
  }
};

} // namespace

void py2triton::registerTestPyBuildersPass() {
  PassRegistration<TestPyBuildersPass>();
}
