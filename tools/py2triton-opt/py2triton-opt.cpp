//===- py2triton-opt.cpp - py2triton optimizer driver ---------------------===//
//
// Parses, verifies, transforms and prints IR of the py dialect together with
// func, arith and tensor; MLIR's generic passes (-canonicalize, -cse, ...)
// are registered, plus -test-py-builders for the dialect's lit tests.
//
//===----------------------------------------------------------------------===//

#include "TestPyBuilders.h"

#include "py2triton/Dialect/Py/IR/PyDialect.h"
#include "py2triton/Dialect/Py/Transforms/Passes.h"
#include "py2triton/Target/Triton/Schedule.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "mlir/Transforms/Passes.h"

int main(int argc, char **argv) {
  mlir::registerTransformsPasses();
  py2triton::registerTestPyBuildersPass();
  py2triton::py::registerPyPasses();
  py2triton::registerSchedulePass();
  mlir::DialectRegistry registry;
  registry.insert<py2triton::py::PyDialect, mlir::func::FuncDialect,
                  mlir::arith::ArithDialect, mlir::tensor::TensorDialect>();
  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, "py2triton optimizer driver\n", registry));
}
