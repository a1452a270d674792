# transpose / t / .T / .mT / permute.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch


# CHECK-LABEL: func.func @transposes(
# CHECK-SAME: %arg0: tensor<2x3x4xf32> {py.name = "x"}) -> (tensor<4x3x2xf32>, tensor<2x4x3xf32>, tensor<2x4x3xf32>, tensor<4x2x3xf32>, tensor<3x4x2xf32>) {
# CHECK-NEXT: %[[TRANSPOSE:.*]] = py.transpose %arg0 {dim0 = 0 : i64, dim1 = 2 : i64} : tensor<2x3x4xf32> -> tensor<4x3x2xf32>
# CHECK-NEXT: %[[TRANSPOSE1:.*]] = py.transpose %arg0 {dim0 = -1 : i64, dim1 = -2 : i64} : tensor<2x3x4xf32> -> tensor<2x4x3xf32>
# CHECK-NEXT: %[[TRANSPOSE2:.*]] = py.transpose %arg0 {dim0 = -2 : i64, dim1 = -1 : i64} : tensor<2x3x4xf32> -> tensor<2x4x3xf32>
# CHECK-NEXT: %[[PERMUTE:.*]] = py.permute %arg0 {dims = array<i64: 2, 0, 1>} : tensor<2x3x4xf32> -> tensor<4x2x3xf32>
# CHECK-NEXT: %[[PERMUTE1:.*]] = py.permute %arg0 {dims = array<i64: 1, 2, 0>} : tensor<2x3x4xf32> -> tensor<3x4x2xf32>
# CHECK-NEXT: return %[[TRANSPOSE]], %[[TRANSPOSE1]], %[[TRANSPOSE2]], %[[PERMUTE]], %[[PERMUTE1]] : tensor<4x3x2xf32>, tensor<2x4x3xf32>, tensor<2x4x3xf32>, tensor<4x2x3xf32>, tensor<3x4x2xf32>
def transposes(x: "f32[2, 3, 4]"):
    return torch.transpose(x, 0, 2), x.transpose(-1, -2), x.mT, x.permute(2, 0, 1), torch.permute(x, (1, 2, 0))


# CHECK-LABEL: func.func @matrix(
# CHECK-SAME: %arg0: tensor<5x7xf32> {py.name = "m"}, %arg1: tensor<7xf32> {py.name = "v"}) -> (tensor<7x5xf32>, tensor<7x5xf32>, tensor<7x5xf32>, tensor<7xf32>) {
# CHECK-NEXT: %[[TRANSPOSE:.*]] = py.transpose %arg0 {dim0 = 0 : i64, dim1 = 1 : i64} : tensor<5x7xf32> -> tensor<7x5xf32>
# CHECK-NEXT: %[[TRANSPOSE1:.*]] = py.transpose %arg0 {dim0 = 0 : i64, dim1 = 1 : i64} : tensor<5x7xf32> -> tensor<7x5xf32>
# CHECK-NEXT: %[[TRANSPOSE2:.*]] = py.transpose %arg0 {dim0 = 0 : i64, dim1 = 1 : i64} : tensor<5x7xf32> -> tensor<7x5xf32>
# CHECK-NEXT: return %[[TRANSPOSE]], %[[TRANSPOSE1]], %[[TRANSPOSE2]], %arg1 : tensor<7x5xf32>, tensor<7x5xf32>, tensor<7x5xf32>, tensor<7xf32>
def matrix(m: "f32[5, 7]", v: "f32[7]"):
    return m.t(), torch.t(m), m.T, v.t()


# CHECK-LABEL: func.func @channels_last(
# CHECK-SAME: %arg0: tensor<2x3x8x8xbf16> {py.name = "x"}) -> tensor<2x8x8x3xbf16> {
# CHECK-NEXT: %[[PERMUTE:.*]] = py.permute %arg0 {dims = array<i64: 0, 2, 3, 1>} : tensor<2x3x8x8xbf16> -> tensor<2x8x8x3xbf16>
# CHECK-NEXT: return %[[PERMUTE]] : tensor<2x8x8x3xbf16>
def channels_last(x: "bf16[2, 3, 8, 8]"):
    return x.permute([0, 2, 3, 1]).contiguous()
