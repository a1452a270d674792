# Tuple unpacking (nested, from shapes and from calls), returning tuples and
# lists, and Python-level values that fold away.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch


def split_stats(x):
    return x.mean(-1, keepdim=True), x.var(-1, keepdim=True, unbiased=False)


# CHECK-LABEL: func.func @layer_norm_by_hand(
# CHECK-SAME: %arg0: tensor<4x32xf32> {py.name = "x"}) -> tensor<4x32xf32> {
# CHECK-NEXT: %[[MEAN:.*]] = py.mean %arg0 {dims = array<i64: -1>, keepdim = true} : tensor<4x32xf32> -> tensor<4x1xf32>
# CHECK-NEXT: %[[VAR:.*]] = py.var %arg0 {correction = 0 : i64, dims = array<i64: -1>, keepdim = true} : tensor<4x32xf32> -> tensor<4x1xf32>
# CHECK-NEXT: %[[SUB:.*]] = py.sub %arg0, %[[MEAN]] : (tensor<4x32xf32>, tensor<4x1xf32>) -> tensor<4x32xf32>
# CHECK-NEXT: %[[C:.*]] = py.constant dense<9.99999974E-6> : tensor<f32>
# CHECK-NEXT: %[[ADD:.*]] = py.add %[[VAR]], %[[C]] : (tensor<4x1xf32>, tensor<f32>) -> tensor<4x1xf32>
# CHECK-NEXT: %[[SQRT:.*]] = py.sqrt %[[ADD]] : tensor<4x1xf32> -> tensor<4x1xf32>
# CHECK-NEXT: %[[DIV:.*]] = py.div %[[SUB]], %[[SQRT]] : (tensor<4x32xf32>, tensor<4x1xf32>) -> tensor<4x32xf32>
# CHECK-NEXT: return %[[DIV]] : tensor<4x32xf32>
def layer_norm_by_hand(x: "f32[4, 32]", eps=1e-5):
    mean, var = split_stats(x)
    return (x - mean) / torch.sqrt(var + eps)


# CHECK-LABEL: func.func @swap(
# CHECK-SAME: %arg0: tensor<2xf32> {py.name = "a"}, %arg1: tensor<3xf32> {py.name = "b"}) -> (tensor<3xf32>, tensor<2xf32>, tensor<3xf32>) {
# CHECK-NEXT: return %arg1, %arg0, %arg1 : tensor<3xf32>, tensor<2xf32>, tensor<3xf32>
def swap(a: "f32[2]", b: "f32[3]"):
    a, b = b, a
    (c, d), e = (a, b), a
    return [e, d, c]


# CHECK-LABEL: func.func @shape_arith(
# CHECK-SAME: %arg0: tensor<6x10xf32> {py.name = "x"}) -> (tensor<12x5xf32>, tensor<6x4xf32>) {
# CHECK-NEXT: %[[RESHAPE:.*]] = py.reshape %arg0 {shape = array<i64: 12, 5>} : tensor<6x10xf32> -> tensor<12x5xf32>
# CHECK-NEXT: %[[SLICE:.*]] = py.slice %arg0 {dim = 1 : i64, end = 4 : i64} : tensor<6x10xf32> -> tensor<6x4xf32>
# CHECK-NEXT: return %[[RESHAPE]], %[[SLICE]] : tensor<12x5xf32>, tensor<6x4xf32>
def shape_arith(x: "f32[6, 10]"):
    rows, cols = x.shape
    half = cols // 2
    return x.reshape(rows * 2, half), x[:, : rows + cols - 12]


# CHECK-LABEL: func.func @python_values(
# CHECK-SAME: %arg0: tensor<3xf32> {py.name = "x"}) -> (tensor<3xf32>, tensor<3xf32>) {
# CHECK-NEXT: %[[C:.*]] = py.constant dense<8.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[MUL:.*]] = py.mul %arg0, %[[C]] : (tensor<3xf32>, tensor<f32>) -> tensor<3xf32>
# CHECK-NEXT: %[[C1:.*]] = py.constant dense<1.550000e+01> : tensor<f32>
# CHECK-NEXT: %[[ADD:.*]] = py.add %arg0, %[[C1]] : (tensor<3xf32>, tensor<f32>) -> tensor<3xf32>
# CHECK-NEXT: return %[[MUL]], %[[ADD]] : tensor<3xf32>, tensor<3xf32>
def python_values(x: "f32[3]"):
    sizes = [1, 2, 3]
    total = sum(sizes) + len(sizes) + max(sizes) - min(4, 5)  # 8
    scale = abs(-2.5) + 7 // 2 + 2 ** 3 + int(True) + round(0.6)  # 15.5
    return x * total, x + scale
