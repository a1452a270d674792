//===- PyOps.cpp - py dialect operations ----------------------------------===//

#include "py2triton/Dialect/Py/IR/PyOps.h"

using namespace mlir;
using namespace py2triton::py;

#define GET_OP_CLASSES
#include "py2triton/Dialect/Py/IR/PyOps.cpp.inc"
