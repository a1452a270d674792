# sum / mean / prod: dim, keepdim, negative dims and tuples of dims; int and
# bool inputs accumulate in i64.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch


# CHECK-LABEL: func.func @full(
# CHECK-SAME: %arg0: tensor<4x5x6xf32> {py.name = "x"}) -> (tensor<f32>, tensor<f32>, tensor<f32>) {
# CHECK-NEXT: %[[SUM:.*]] = py.sum %arg0 : tensor<4x5x6xf32> -> tensor<f32>
# CHECK-NEXT: %[[MEAN:.*]] = py.mean %arg0 : tensor<4x5x6xf32> -> tensor<f32>
# CHECK-NEXT: %[[PROD:.*]] = py.prod %arg0 : tensor<4x5x6xf32> -> tensor<f32>
# CHECK-NEXT: return %[[SUM]], %[[MEAN]], %[[PROD]] : tensor<f32>, tensor<f32>, tensor<f32>
def full(x: "f32[4, 5, 6]"):
    return torch.sum(x), x.mean(), torch.prod(x)


# CHECK-LABEL: func.func @one_dim(
# CHECK-SAME: %arg0: tensor<4x5x6xf32> {py.name = "x"}) -> (tensor<4x6xf32>, tensor<4x5xf32>, tensor<1x5x6xf32>, tensor<4x5x1xf32>) {
# CHECK-NEXT: %[[SUM:.*]] = py.sum %arg0 {dims = array<i64: 1>} : tensor<4x5x6xf32> -> tensor<4x6xf32>
# CHECK-NEXT: %[[SUM1:.*]] = py.sum %arg0 {dims = array<i64: -1>} : tensor<4x5x6xf32> -> tensor<4x5xf32>
# CHECK-NEXT: %[[MEAN:.*]] = py.mean %arg0 {dims = array<i64: 0>, keepdim = true} : tensor<4x5x6xf32> -> tensor<1x5x6xf32>
# CHECK-NEXT: %[[PROD:.*]] = py.prod %arg0 {dims = array<i64: 2>, keepdim = true} : tensor<4x5x6xf32> -> tensor<4x5x1xf32>
# CHECK-NEXT: return %[[SUM]], %[[SUM1]], %[[MEAN]], %[[PROD]] : tensor<4x6xf32>, tensor<4x5xf32>, tensor<1x5x6xf32>, tensor<4x5x1xf32>
def one_dim(x: "f32[4, 5, 6]"):
    return torch.sum(x, 1), x.sum(dim=-1), torch.mean(x, 0, keepdim=True), x.prod(2, True)


# CHECK-LABEL: func.func @several_dims(
# CHECK-SAME: %arg0: tensor<2x3x4x5xf16> {py.name = "x"}) -> (tensor<2x4xf16>, tensor<2x3x1x1xf16>, tensor<3x4xf16>) {
# CHECK-NEXT: %[[SUM:.*]] = py.sum %arg0 {dims = array<i64: 1, 3>} : tensor<2x3x4x5xf16> -> tensor<2x4xf16>
# CHECK-NEXT: %[[MEAN:.*]] = py.mean %arg0 {dims = array<i64: -1, -2>, keepdim = true} : tensor<2x3x4x5xf16> -> tensor<2x3x1x1xf16>
# CHECK-NEXT: %[[SUM1:.*]] = py.sum %arg0 {dims = array<i64: 0, -1>} : tensor<2x3x4x5xf16> -> tensor<3x4xf16>
# CHECK-NEXT: return %[[SUM]], %[[MEAN]], %[[SUM1]] : tensor<2x4xf16>, tensor<2x3x1x1xf16>, tensor<3x4xf16>
def several_dims(x: "f16[2, 3, 4, 5]"):
    return torch.sum(x, dim=(1, 3)), x.mean(dim=[-1, -2], keepdim=True), x.sum((0, -1))


# CHECK-LABEL: func.func @int_accumulates(
# CHECK-SAME: %arg0: tensor<3x7xi32> {py.name = "x"}, %arg1: tensor<3x7xi1> {py.name = "m"}) -> (tensor<i64>, tensor<3xi64>, tensor<7xi64>, tensor<3xi64>) {
# CHECK-NEXT: %[[SUM:.*]] = py.sum %arg0 : tensor<3x7xi32> -> tensor<i64>
# CHECK-NEXT: %[[SUM1:.*]] = py.sum %arg0 {dims = array<i64: 1>} : tensor<3x7xi32> -> tensor<3xi64>
# CHECK-NEXT: %[[SUM2:.*]] = py.sum %arg1 {dims = array<i64: 0>} : tensor<3x7xi1> -> tensor<7xi64>
# CHECK-NEXT: %[[PROD:.*]] = py.prod %arg0 {dims = array<i64: 1>} : tensor<3x7xi32> -> tensor<3xi64>
# CHECK-NEXT: return %[[SUM]], %[[SUM1]], %[[SUM2]], %[[PROD]] : tensor<i64>, tensor<3xi64>, tensor<7xi64>, tensor<3xi64>
def int_accumulates(x: "i32[3, 7]", m: "bool[3, 7]"):
    return x.sum(), x.sum(dim=1), m.sum(dim=0), torch.prod(x, 1)


# CHECK-LABEL: func.func @rms(
# CHECK-SAME: %arg0: tensor<16x64xf32> {py.name = "x"}) -> tensor<16x1xf32> {
# CHECK-NEXT: %[[MUL:.*]] = py.mul %arg0, %arg0 : (tensor<16x64xf32>, tensor<16x64xf32>) -> tensor<16x64xf32>
# CHECK-NEXT: %[[MEAN:.*]] = py.mean %[[MUL]] {dims = array<i64: -1>, keepdim = true} : tensor<16x64xf32> -> tensor<16x1xf32>
# CHECK-NEXT: %[[C:.*]] = py.constant dense<9.99999997E-7> : tensor<f32>
# CHECK-NEXT: %[[ADD:.*]] = py.add %[[MEAN]], %[[C]] : (tensor<16x1xf32>, tensor<f32>) -> tensor<16x1xf32>
# CHECK-NEXT: %[[SQRT:.*]] = py.sqrt %[[ADD]] : tensor<16x1xf32> -> tensor<16x1xf32>
# CHECK-NEXT: return %[[SQRT]] : tensor<16x1xf32>
def rms(x: "f32[16, 64]"):
    return torch.sqrt(torch.mean(x * x, dim=-1, keepdim=True) + 1e-6)
