# Regression (fixed): Tensor.masked_fill keeps the receiver's dtype (the value is cast),
# but MLIRGen lowers it to torch.where(mask, value, self), which promotes:
# an i32 tensor filled with 0.5 becomes f32.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch


# CHECK-LABEL: func.func @fill_int(
# CHECK-SAME: -> tensor<4xi32>
def fill_int(x: "i32[4]", m: "bool[4]"):
    return x.masked_fill(m, 0.5)
