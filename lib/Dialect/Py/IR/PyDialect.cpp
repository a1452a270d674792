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

Operation *PyDialect::materializeConstant(OpBuilder &builder, Attribute value,
                                          Type type, Location loc) {
  auto elements = dyn_cast<ElementsAttr>(value);
  if (!elements || elements.getType() != type ||
      !isa<RankedTensorType>(type))
    return nullptr;
  return builder.create<ConstantOp>(loc, elements);
}
