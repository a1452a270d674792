//===- PyDialect.cpp - The py dialect -------------------------------------===//

#include "py2triton/Dialect/Py/IR/PyDialect.h"
#include "py2triton/Dialect/Py/IR/PyOps.h"

using namespace mlir;
using namespace py2triton::py;

#include "py2triton/Dialect/Py/IR/PyOpsDialect.cpp.inc"

void PyDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "py2triton/Dialect/Py/IR/PyOps.cpp.inc"
      >();
}
