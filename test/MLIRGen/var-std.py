# var / std: Bessel's correction from `correction` or `unbiased`.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch


# CHECK-LABEL: func.func @defaults(
# CHECK-SAME: %arg0: tensor<8x16xf32> {py.name = "x"}) -> (tensor<f32>, tensor<f32>) {
# CHECK-NEXT: %[[VAR:.*]] = py.var %arg0 : tensor<8x16xf32> -> tensor<f32>
# CHECK-NEXT: %[[STD:.*]] = py.std %arg0 : tensor<8x16xf32> -> tensor<f32>
# CHECK-NEXT: return %[[VAR]], %[[STD]] : tensor<f32>, tensor<f32>
def defaults(x: "f32[8, 16]"):
    return torch.var(x), x.std()


# CHECK-LABEL: func.func @with_dims(
# CHECK-SAME: %arg0: tensor<8x16xf32> {py.name = "x"}) -> (tensor<8xf32>, tensor<8x1xf32>, tensor<f32>) {
# CHECK-NEXT: %[[VAR:.*]] = py.var %arg0 {dims = array<i64: 1>} : tensor<8x16xf32> -> tensor<8xf32>
# CHECK-NEXT: %[[STD:.*]] = py.std %arg0 {dims = array<i64: -1>, keepdim = true} : tensor<8x16xf32> -> tensor<8x1xf32>
# CHECK-NEXT: %[[VAR1:.*]] = py.var %arg0 {dims = array<i64: 0, 1>} : tensor<8x16xf32> -> tensor<f32>
# CHECK-NEXT: return %[[VAR]], %[[STD]], %[[VAR1]] : tensor<8xf32>, tensor<8x1xf32>, tensor<f32>
def with_dims(x: "f32[8, 16]"):
    return torch.var(x, dim=1), x.std(-1, keepdim=True), torch.var(x, (0, 1))


# CHECK-LABEL: func.func @unbiased(
# CHECK-SAME: %arg0: tensor<8x16xf32> {py.name = "x"}) -> (tensor<8xf32>, tensor<16xf32>) {
# CHECK-NEXT: %[[VAR:.*]] = py.var %arg0 {correction = 0 : i64, dims = array<i64: 1>} : tensor<8x16xf32> -> tensor<8xf32>
# CHECK-NEXT: %[[STD:.*]] = py.std %arg0 {dims = array<i64: 0>} : tensor<8x16xf32> -> tensor<16xf32>
# CHECK-NEXT: return %[[VAR]], %[[STD]] : tensor<8xf32>, tensor<16xf32>
def unbiased(x: "f32[8, 16]"):
    return torch.var(x, 1, unbiased=False), x.std(dim=0, unbiased=True)


# CHECK-LABEL: func.func @correction(
# CHECK-SAME: %arg0: tensor<4x4xf16> {py.name = "x"}) -> (tensor<4xf16>, tensor<4x1xf16>) {
# CHECK-NEXT: %[[VAR:.*]] = py.var %arg0 {correction = 0 : i64, dims = array<i64: 1>} : tensor<4x4xf16> -> tensor<4xf16>
# CHECK-NEXT: %[[STD:.*]] = py.std %arg0 {correction = 2 : i64, dims = array<i64: 1>, keepdim = true} : tensor<4x4xf16> -> tensor<4x1xf16>
# CHECK-NEXT: return %[[VAR]], %[[STD]] : tensor<4xf16>, tensor<4x1xf16>
def correction(x: "f16[4, 4]"):
    return torch.var(x, dim=1, correction=0), x.std(dim=1, correction=2, keepdim=True)
