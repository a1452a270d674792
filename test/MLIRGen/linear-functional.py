# F.linear with and without bias, on 1-D, 2-D and batched inputs.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch
import torch.nn.functional as F


# CHECK-LABEL: func.func @with_bias(
# CHECK-SAME: %arg0: tensor<32x64xf32> {py.name = "x"}, %arg1: tensor<16x64xf32> {py.name = "w"}, %arg2: tensor<16xf32> {py.name = "b"}) -> tensor<32x16xf32> {
# CHECK-NEXT: %[[LINEAR:.*]] = py.linear %arg0, %arg1, %arg2 {operandSegmentSizes = array<i32: 1, 1, 1>} : (tensor<32x64xf32>, tensor<16x64xf32>, tensor<16xf32>) -> tensor<32x16xf32>
# CHECK-NEXT: return %[[LINEAR]] : tensor<32x16xf32>
def with_bias(x: "f32[32, 64]", w: "f32[16, 64]", b: "f32[16]"):
    return F.linear(x, w, b)


# CHECK-LABEL: func.func @without_bias(
# CHECK-SAME: %arg0: tensor<2x7x64xbf16> {py.name = "x"}, %arg1: tensor<10x64xbf16> {py.name = "w"}) -> (tensor<2x7x10xbf16>, tensor<2x7x10xbf16>, tensor<2x7x10xbf16>) {
# CHECK-NEXT: %[[LINEAR:.*]] = py.linear %arg0, %arg1 {operandSegmentSizes = array<i32: 1, 1, 0>} : (tensor<2x7x64xbf16>, tensor<10x64xbf16>) -> tensor<2x7x10xbf16>
# CHECK-NEXT: %[[LINEAR1:.*]] = py.linear %arg0, %arg1 {operandSegmentSizes = array<i32: 1, 1, 0>} : (tensor<2x7x64xbf16>, tensor<10x64xbf16>) -> tensor<2x7x10xbf16>
# CHECK-NEXT: %[[LINEAR2:.*]] = py.linear %arg0, %arg1 {operandSegmentSizes = array<i32: 1, 1, 0>} : (tensor<2x7x64xbf16>, tensor<10x64xbf16>) -> tensor<2x7x10xbf16>
# CHECK-NEXT: return %[[LINEAR]], %[[LINEAR1]], %[[LINEAR2]] : tensor<2x7x10xbf16>, tensor<2x7x10xbf16>, tensor<2x7x10xbf16>
def without_bias(x: "bf16[2, 7, 64]", w: "bf16[10, 64]"):
    return F.linear(x, w), F.linear(x, w, None), F.linear(x, weight=w, bias=None)


# CHECK-LABEL: func.func @vector_input(
# CHECK-SAME: %arg0: tensor<8xf32> {py.name = "x"}, %arg1: tensor<3x8xf32> {py.name = "w"}, %arg2: tensor<3xf32> {py.name = "b"}) -> tensor<3xf32> {
# CHECK-NEXT: %[[LINEAR:.*]] = py.linear %arg0, %arg1, %arg2 {operandSegmentSizes = array<i32: 1, 1, 1>} : (tensor<8xf32>, tensor<3x8xf32>, tensor<3xf32>) -> tensor<3xf32>
# CHECK-NEXT: return %[[LINEAR]] : tensor<3xf32>
def vector_input(x: "f32[8]", w: "f32[3, 8]", b: "f32[3]"):
    return F.linear(x, w, bias=b)


# CHECK-LABEL: func.func @mlp(
# CHECK-SAME: %arg0: tensor<4x8xf32> {py.name = "x"}, %arg1: tensor<32x8xf32> {py.name = "w1"}, %arg2: tensor<32xf32> {py.name = "b1"}, %arg3: tensor<8x32xf32> {py.name = "w2"}) -> tensor<4x8xf32> {
# CHECK-NEXT: %[[LINEAR:.*]] = py.linear %arg0, %arg1, %arg2 {operandSegmentSizes = array<i32: 1, 1, 1>} : (tensor<4x8xf32>, tensor<32x8xf32>, tensor<32xf32>) -> tensor<4x32xf32>
# CHECK-NEXT: %[[GELU:.*]] = py.gelu %[[LINEAR]] : tensor<4x32xf32> -> tensor<4x32xf32>
# CHECK-NEXT: %[[LINEAR1:.*]] = py.linear %[[GELU]], %arg3 {operandSegmentSizes = array<i32: 1, 1, 0>} : (tensor<4x32xf32>, tensor<8x32xf32>) -> tensor<4x8xf32>
# CHECK-NEXT: %[[ADD:.*]] = py.add %[[LINEAR1]], %arg0 : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
# CHECK-NEXT: return %[[ADD]] : tensor<4x8xf32>
def mlp(x: "f32[4, 8]", w1: "f32[32, 8]", b1: "f32[32]", w2: "f32[8, 32]"):
    h = F.gelu(F.linear(x, w1, b1))
    return F.linear(h, w2) + x
