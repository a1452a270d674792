# norm (p-norms over dims) and logsumexp.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import math

import torch


# CHECK-LABEL: func.func @norms(
# CHECK-SAME: %arg0: tensor<4x8xf32> {py.name = "x"}) -> (tensor<f32>, tensor<4xf32>, tensor<4x1xf32>, tensor<f32>, tensor<8xf32>) {
# CHECK-NEXT: %[[NORM:.*]] = py.norm %arg0 : tensor<4x8xf32> -> tensor<f32>
# CHECK-NEXT: %[[NORM1:.*]] = py.norm %arg0 {dims = array<i64: 1>, p = 1.000000e+00 : f64} : tensor<4x8xf32> -> tensor<4xf32>
# CHECK-NEXT: %[[NORM2:.*]] = py.norm %arg0 {dims = array<i64: -1>, keepdim = true} : tensor<4x8xf32> -> tensor<4x1xf32>
# CHECK-NEXT: %[[NORM3:.*]] = py.norm %arg0 : tensor<4x8xf32> -> tensor<f32>
# CHECK-NEXT: %[[NORM4:.*]] = py.norm %arg0 {dims = array<i64: 0>, p = 0x7FF0000000000000 : f64} : tensor<4x8xf32> -> tensor<8xf32>
# CHECK-NEXT: return %[[NORM]], %[[NORM1]], %[[NORM2]], %[[NORM3]], %[[NORM4]] : tensor<f32>, tensor<4xf32>, tensor<4x1xf32>, tensor<f32>, tensor<8xf32>
def norms(x: "f32[4, 8]"):
    return (torch.norm(x), x.norm(p=1, dim=1), torch.norm(x, 2, -1, True),
            x.norm(p="fro"), torch.norm(x, p=math.inf, dim=0))


# CHECK-LABEL: func.func @logsumexp(
# CHECK-SAME: %arg0: tensor<3x5x7xf32> {py.name = "x"}) -> (tensor<3x5xf32>, tensor<1x1x7xf32>) {
# CHECK-NEXT: %[[LOGSUMEXP:.*]] = py.logsumexp %arg0 {dims = array<i64: -1>} : tensor<3x5x7xf32> -> tensor<3x5xf32>
# CHECK-NEXT: %[[LOGSUMEXP1:.*]] = py.logsumexp %arg0 {dims = array<i64: 0, 1>, keepdim = true} : tensor<3x5x7xf32> -> tensor<1x1x7xf32>
# CHECK-NEXT: return %[[LOGSUMEXP]], %[[LOGSUMEXP1]] : tensor<3x5xf32>, tensor<1x1x7xf32>
def logsumexp(x: "f32[3, 5, 7]"):
    return torch.logsumexp(x, dim=-1), x.logsumexp((0, 1), keepdim=True)
