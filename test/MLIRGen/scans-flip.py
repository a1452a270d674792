# cumsum / cumprod keep float dtypes and accumulate ints in i64; flip.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch


# CHECK-LABEL: func.func @scans(
# CHECK-SAME: %arg0: tensor<4x6xf32> {py.name = "x"}) -> (tensor<4x6xf32>, tensor<4x6xf32>, tensor<4x6xf32>, tensor<4x6xf32>) {
# CHECK-NEXT: %[[CUMSUM:.*]] = py.cumsum %arg0 {dim = 1 : i64} : tensor<4x6xf32> -> tensor<4x6xf32>
# CHECK-NEXT: %[[CUMSUM1:.*]] = py.cumsum %arg0 {dim = -1 : i64} : tensor<4x6xf32> -> tensor<4x6xf32>
# CHECK-NEXT: %[[CUMPROD:.*]] = py.cumprod %arg0 {dim = 0 : i64} : tensor<4x6xf32> -> tensor<4x6xf32>
# CHECK-NEXT: %[[CUMPROD1:.*]] = py.cumprod %arg0 {dim = -2 : i64} : tensor<4x6xf32> -> tensor<4x6xf32>
# CHECK-NEXT: return %[[CUMSUM]], %[[CUMSUM1]], %[[CUMPROD]], %[[CUMPROD1]] : tensor<4x6xf32>, tensor<4x6xf32>, tensor<4x6xf32>, tensor<4x6xf32>
def scans(x: "f32[4, 6]"):
    return torch.cumsum(x, dim=1), x.cumsum(-1), torch.cumprod(x, 0), x.cumprod(dim=-2)


# CHECK-LABEL: func.func @int_scans(
# CHECK-SAME: %arg0: tensor<5xi32> {py.name = "x"}, %arg1: tensor<5xi1> {py.name = "m"}) -> (tensor<5xi64>, tensor<5xi64>, tensor<5xi64>) {
# CHECK-NEXT: %[[CUMSUM:.*]] = py.cumsum %arg0 {dim = 0 : i64} : tensor<5xi32> -> tensor<5xi64>
# CHECK-NEXT: %[[CUMPROD:.*]] = py.cumprod %arg0 {dim = 0 : i64} : tensor<5xi32> -> tensor<5xi64>
# CHECK-NEXT: %[[CUMSUM1:.*]] = py.cumsum %arg1 {dim = 0 : i64} : tensor<5xi1> -> tensor<5xi64>
# CHECK-NEXT: return %[[CUMSUM]], %[[CUMPROD]], %[[CUMSUM1]] : tensor<5xi64>, tensor<5xi64>, tensor<5xi64>
def int_scans(x: "i32[5]", m: "bool[5]"):
    return torch.cumsum(x, 0), torch.cumprod(x, 0), m.cumsum(0)


# CHECK-LABEL: func.func @reverse_cumsum(
# CHECK-SAME: %arg0: tensor<3x8xf16> {py.name = "x"}) -> tensor<3x8xf16> {
# CHECK-NEXT: %[[FLIP:.*]] = py.flip %arg0 {dims = array<i64: 1>} : tensor<3x8xf16> -> tensor<3x8xf16>
# CHECK-NEXT: %[[CUMSUM:.*]] = py.cumsum %[[FLIP]] {dim = 1 : i64} : tensor<3x8xf16> -> tensor<3x8xf16>
# CHECK-NEXT: %[[FLIP1:.*]] = py.flip %[[CUMSUM]] {dims = array<i64: 1>} : tensor<3x8xf16> -> tensor<3x8xf16>
# CHECK-NEXT: return %[[FLIP1]] : tensor<3x8xf16>
def reverse_cumsum(x: "f16[3, 8]"):
    return torch.flip(torch.cumsum(torch.flip(x, [1]), 1), dims=(1,))


# CHECK-LABEL: func.func @flips(
# CHECK-SAME: %arg0: tensor<2x3x4xf32> {py.name = "x"}) -> (tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>) {
# CHECK-NEXT: %[[FLIP:.*]] = py.flip %arg0 {dims = array<i64: 0, 2>} : tensor<2x3x4xf32> -> tensor<2x3x4xf32>
# CHECK-NEXT: %[[FLIP1:.*]] = py.flip %arg0 {dims = array<i64: -1>} : tensor<2x3x4xf32> -> tensor<2x3x4xf32>
# CHECK-NEXT: %[[FLIP2:.*]] = py.flip %arg0 {dims = array<i64: 0, 1, 2>} : tensor<2x3x4xf32> -> tensor<2x3x4xf32>
# CHECK-NEXT: return %[[FLIP]], %[[FLIP1]], %[[FLIP2]] : tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>
def flips(x: "f32[2, 3, 4]"):
    return torch.flip(x, (0, 2)), x.flip(-1), x.flip([0, 1, 2])
