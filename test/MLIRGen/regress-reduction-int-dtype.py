# Regression (fixed): an explicit integer dtype= on sum / prod / cumsum is the result dtype
# in torch (torch.sum(x, dtype=torch.int32) is i32), but the ops' Accumulate
# rule widens every integer input to i64 after the cast.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch


# CHECK-LABEL: func.func @int_dtypes(
# CHECK-SAME: -> (tensor<i32>, tensor<4xi16>, tensor<4x3xi32>)
def int_dtypes(x: "i32[4, 3]"):
    return torch.sum(x, dtype=torch.int32), x.sum(1, dtype=torch.int16), torch.cumsum(x, 0, dtype=torch.int32)
