# clamp with scalar bounds is py.clamp; tensor bounds become maximum/minimum.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch


# CHECK-LABEL: func.func @scalar_bounds(
# CHECK-SAME: %arg0: tensor<10xf32> {py.name = "x"}) -> (tensor<10xf32>, tensor<10xf32>, tensor<10xf32>, tensor<10xf32>, tensor<10xf32>, tensor<10xf32>, tensor<10xf32>, tensor<10xf32>) {
# CHECK-NEXT: %[[CLAMP:.*]] = py.clamp %arg0 {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : tensor<10xf32> -> tensor<10xf32>
# CHECK-NEXT: %[[CLAMP1:.*]] = py.clamp %arg0 {min = -1.000000e+00 : f64} : tensor<10xf32> -> tensor<10xf32>
# CHECK-NEXT: %[[CLAMP2:.*]] = py.clamp %arg0 {max = 1.000000e+00 : f64} : tensor<10xf32> -> tensor<10xf32>
# CHECK-NEXT: %[[CLAMP3:.*]] = py.clamp %arg0 {max = 2.000000e+00 : f64, min = -2.000000e+00 : f64} : tensor<10xf32> -> tensor<10xf32>
# CHECK-NEXT: %[[CLAMP4:.*]] = py.clamp %arg0 {max = 1.000000e+00 : f64, min = 0.000000e+00 : f64} : tensor<10xf32> -> tensor<10xf32>
# CHECK-NEXT: %[[CLAMP5:.*]] = py.clamp %arg0 {min = 5.000000e-01 : f64} : tensor<10xf32> -> tensor<10xf32>
# CHECK-NEXT: %[[CLAMP6:.*]] = py.clamp %arg0 {min = 1.000000e-01 : f64} : tensor<10xf32> -> tensor<10xf32>
# CHECK-NEXT: %[[CLAMP7:.*]] = py.clamp %arg0 {max = 9.000000e-01 : f64} : tensor<10xf32> -> tensor<10xf32>
# CHECK-NEXT: return %[[CLAMP]], %[[CLAMP1]], %[[CLAMP2]], %[[CLAMP3]], %[[CLAMP4]], %[[CLAMP5]], %[[CLAMP6]], %[[CLAMP7]] : tensor<10xf32>, tensor<10xf32>, tensor<10xf32>, tensor<10xf32>, tensor<10xf32>, tensor<10xf32>, tensor<10xf32>, tensor<10xf32>
def scalar_bounds(x: "f32[10]"):
    return (torch.clamp(x, 0.0, 6.0), torch.clamp(x, min=-1), torch.clamp(x, max=1),
            torch.clip(x, -2, 2), x.clamp(0, 1), x.clamp(min=0.5),
            torch.clamp_min(x, 0.1), torch.clamp_max(x, 0.9))


# CHECK-LABEL: func.func @int_input(
# CHECK-SAME: %arg0: tensor<4xi32> {py.name = "x"}) -> tensor<4xi32> {
# CHECK-NEXT: %[[CLAMP:.*]] = py.clamp %arg0 {max = 1.000000e+01 : f64, min = 0.000000e+00 : f64} : tensor<4xi32> -> tensor<4xi32>
# CHECK-NEXT: return %[[CLAMP]] : tensor<4xi32>
def int_input(x: "i32[4]"):
    return torch.clamp(x, 0, 10)


# CHECK-LABEL: func.func @tensor_bounds(
# CHECK-SAME: %arg0: tensor<4x8xf32> {py.name = "x"}, %arg1: tensor<8xf32> {py.name = "lo"}, %arg2: tensor<4x1xf32> {py.name = "hi"}) -> (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) {
# CHECK-NEXT: %[[MAXIMUM:.*]] = py.maximum %arg0, %arg1 : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
# CHECK-NEXT: %[[MINIMUM:.*]] = py.minimum %[[MAXIMUM]], %arg2 : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
# CHECK-NEXT: %[[MAXIMUM1:.*]] = py.maximum %arg0, %arg1 : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
# CHECK-NEXT: %[[MINIMUM1:.*]] = py.minimum %arg0, %arg2 : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
# CHECK-NEXT: return %[[MINIMUM]], %[[MAXIMUM1]], %[[MINIMUM1]] : tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>
def tensor_bounds(x: "f32[4, 8]", lo: "f32[8]", hi: "f32[4, 1]"):
    return torch.clamp(x, lo, hi), torch.clamp(x, min=lo), x.clamp(max=hi)
