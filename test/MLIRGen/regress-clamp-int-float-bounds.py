# Regression (fixed): torch.clamp promotes an integer input with float bounds to the
# default float dtype (torch.clamp(i32 tensor, 0.5, 1.5) is f32); py.clamp
# keeps the input dtype, so MLIRGen returns i32 / i64.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch


# CHECK-LABEL: func.func @clamp_float_bounds(
# CHECK-SAME: -> (tensor<4xf32>, tensor<4xf32>)
def clamp_float_bounds(x: "i32[4]", y: "i64[4]"):
    return torch.clamp(x, 0.5, 1.5), torch.clamp(y, min=0.5)
