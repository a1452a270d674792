# Regression (fixed): torch.div(a, b, rounding_mode="trunc") on integer tensors is integer
# division in torch (result i64 here), but MLIRGen lowers it to a float
# py.div + py.trunc and returns f32.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch


# CHECK-LABEL: func.func @int_trunc_div(
# CHECK-SAME: -> tensor<6xi64>
def int_trunc_div(a: "i64[6]", b: "i64[6]"):
    return torch.div(a, b, rounding_mode="trunc")
