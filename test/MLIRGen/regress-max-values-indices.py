# Regression (fixed): torch.max(x, dim) returns a named tuple; `.values` / `.indices` (a
# common KernelBench idiom) fail with "a tuple has no attribute 'values'".
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch


# CHECK-LABEL: func.func @named_fields(
# CHECK-SAME: -> (tensor<4xf32>, tensor<6xi64>)
# CHECK: py.amax %arg0 {dims = array<i64: 1>}
# CHECK: py.argmin %arg0 {dims = array<i64: 0>}
def named_fields(x: "f32[4, 6]"):
    return torch.max(x, dim=1).values, x.min(0).indices
