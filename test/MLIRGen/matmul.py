# Matrix products: matmul / mm / bmm / @ with batch broadcasting and 1-D
# operands.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch


# CHECK-LABEL: func.func @two_d(
# CHECK-SAME: %arg0: tensor<8x16xf32> {py.name = "a"}, %arg1: tensor<16x4xf32> {py.name = "b"}) -> (tensor<8x4xf32>, tensor<8x4xf32>, tensor<8x4xf32>, tensor<8x4xf32>, tensor<8x4xf32>) {
# CHECK-NEXT: %[[MATMUL:.*]] = py.matmul %arg0, %arg1 : (tensor<8x16xf32>, tensor<16x4xf32>) -> tensor<8x4xf32>
# CHECK-NEXT: %[[MATMUL1:.*]] = py.matmul %arg0, %arg1 : (tensor<8x16xf32>, tensor<16x4xf32>) -> tensor<8x4xf32>
# CHECK-NEXT: %[[MATMUL2:.*]] = py.matmul %arg0, %arg1 : (tensor<8x16xf32>, tensor<16x4xf32>) -> tensor<8x4xf32>
# CHECK-NEXT: %[[MATMUL3:.*]] = py.matmul %arg0, %arg1 : (tensor<8x16xf32>, tensor<16x4xf32>) -> tensor<8x4xf32>
# CHECK-NEXT: %[[MATMUL4:.*]] = py.matmul %arg0, %arg1 : (tensor<8x16xf32>, tensor<16x4xf32>) -> tensor<8x4xf32>
# CHECK-NEXT: return %[[MATMUL]], %[[MATMUL1]], %[[MATMUL2]], %[[MATMUL3]], %[[MATMUL4]] : tensor<8x4xf32>, tensor<8x4xf32>, tensor<8x4xf32>, tensor<8x4xf32>, tensor<8x4xf32>
def two_d(a: "f32[8, 16]", b: "f32[16, 4]"):
    return torch.matmul(a, b), torch.mm(a, b), a @ b, a.mm(b), a.matmul(b)


# CHECK-LABEL: func.func @batched(
# CHECK-SAME: %arg0: tensor<3x8x16xf16> {py.name = "a"}, %arg1: tensor<3x16x5xf16> {py.name = "b"}) -> (tensor<3x8x5xf16>, tensor<3x8x5xf16>, tensor<3x8x5xf16>) {
# CHECK-NEXT: %[[BMM:.*]] = py.bmm %arg0, %arg1 : (tensor<3x8x16xf16>, tensor<3x16x5xf16>) -> tensor<3x8x5xf16>
# CHECK-NEXT: %[[BMM1:.*]] = py.bmm %arg0, %arg1 : (tensor<3x8x16xf16>, tensor<3x16x5xf16>) -> tensor<3x8x5xf16>
# CHECK-NEXT: %[[MATMUL:.*]] = py.matmul %arg0, %arg1 : (tensor<3x8x16xf16>, tensor<3x16x5xf16>) -> tensor<3x8x5xf16>
# CHECK-NEXT: return %[[BMM]], %[[BMM1]], %[[MATMUL]] : tensor<3x8x5xf16>, tensor<3x8x5xf16>, tensor<3x8x5xf16>
def batched(a: "f16[3, 8, 16]", b: "f16[3, 16, 5]"):
    return torch.bmm(a, b), a.bmm(b), a @ b


# CHECK-LABEL: func.func @broadcast_batch(
# CHECK-SAME: %arg0: tensor<2x1x4x6xf32> {py.name = "a"}, %arg1: tensor<3x6x5xf32> {py.name = "b"}) -> tensor<2x3x4x5xf32> {
# CHECK-NEXT: %[[MATMUL:.*]] = py.matmul %arg0, %arg1 : (tensor<2x1x4x6xf32>, tensor<3x6x5xf32>) -> tensor<2x3x4x5xf32>
# CHECK-NEXT: return %[[MATMUL]] : tensor<2x3x4x5xf32>
def broadcast_batch(a: "f32[2, 1, 4, 6]", b: "f32[3, 6, 5]"):
    return torch.matmul(a, b)


# CHECK-LABEL: func.func @vectors(
# CHECK-SAME: %arg0: tensor<6xf32> {py.name = "a"}, %arg1: tensor<6x3xf32> {py.name = "m"}, %arg2: tensor<3xf32> {py.name = "v"}, %arg3: tensor<2x4x3xf32> {py.name = "t"}) -> (tensor<3xf32>, tensor<6xf32>, tensor<f32>, tensor<2x4xf32>) {
# CHECK-NEXT: %[[MATMUL:.*]] = py.matmul %arg0, %arg1 : (tensor<6xf32>, tensor<6x3xf32>) -> tensor<3xf32>
# CHECK-NEXT: %[[MATMUL1:.*]] = py.matmul %arg1, %arg2 : (tensor<6x3xf32>, tensor<3xf32>) -> tensor<6xf32>
# CHECK-NEXT: %[[MATMUL2:.*]] = py.matmul %arg0, %arg0 : (tensor<6xf32>, tensor<6xf32>) -> tensor<f32>
# CHECK-NEXT: %[[MATMUL3:.*]] = py.matmul %arg3, %arg2 : (tensor<2x4x3xf32>, tensor<3xf32>) -> tensor<2x4xf32>
# CHECK-NEXT: return %[[MATMUL]], %[[MATMUL1]], %[[MATMUL2]], %[[MATMUL3]] : tensor<3xf32>, tensor<6xf32>, tensor<f32>, tensor<2x4xf32>
def vectors(a: "f32[6]", m: "f32[6, 3]", v: "f32[3]", t: "f32[2, 4, 3]"):
    # vector @ matrix, matrix @ vector, vector @ vector, batched @ vector.
    return a @ m, m @ v, torch.matmul(a, a), t @ v


# CHECK-LABEL: func.func @attention_scores(
# CHECK-SAME: %arg0: tensor<2x4x10x16xf32> {py.name = "q"}, %arg1: tensor<2x4x12x16xf32> {py.name = "k"}) -> tensor<2x4x10x12xf32> {
# CHECK-NEXT: %[[TRANSPOSE:.*]] = py.transpose %arg1 {dim0 = -2 : i64, dim1 = -1 : i64} : tensor<2x4x12x16xf32> -> tensor<2x4x16x12xf32>
# CHECK-NEXT: %[[MATMUL:.*]] = py.matmul %arg0, %[[TRANSPOSE]] : (tensor<2x4x10x16xf32>, tensor<2x4x16x12xf32>) -> tensor<2x4x10x12xf32>
# CHECK-NEXT: %[[C:.*]] = py.constant dense<4.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[DIV:.*]] = py.div %[[MATMUL]], %[[C]] : (tensor<2x4x10x12xf32>, tensor<f32>) -> tensor<2x4x10x12xf32>
# CHECK-NEXT: return %[[DIV]] : tensor<2x4x10x12xf32>
def attention_scores(q: "f32[2, 4, 10, 16]", k: "f32[2, 4, 12, 16]"):
    return q @ k.transpose(-2, -1) / 4.0
