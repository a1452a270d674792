# `for` over range() / tuples / lists / zip-free index loops unrolls at
# compile time.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch


# CHECK-LABEL: func.func @repeated_residual(
# CHECK-SAME: %arg0: tensor<4xf32> {py.name = "x"}) -> tensor<4xf32> {
# CHECK-NEXT: %[[TANH:.*]] = py.tanh %arg0 : tensor<4xf32> -> tensor<4xf32>
# CHECK-NEXT: %[[ADD:.*]] = py.add %arg0, %[[TANH]] : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
# CHECK-NEXT: %[[TANH1:.*]] = py.tanh %[[ADD]] : tensor<4xf32> -> tensor<4xf32>
# CHECK-NEXT: %[[ADD1:.*]] = py.add %[[ADD]], %[[TANH1]] : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
# CHECK-NEXT: %[[TANH2:.*]] = py.tanh %[[ADD1]] : tensor<4xf32> -> tensor<4xf32>
# CHECK-NEXT: %[[ADD2:.*]] = py.add %[[ADD1]], %[[TANH2]] : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
# CHECK-NEXT: return %[[ADD2]] : tensor<4xf32>
def repeated_residual(x: "f32[4]"):
    for _ in range(3):
        x = x + torch.tanh(x)
    return x


# CHECK-LABEL: func.func @range_with_step(
# CHECK-SAME: %arg0: tensor<8x8xf32> {py.name = "x"}) -> tensor<8xf32> {
# CHECK-NEXT: %[[SELECT:.*]] = py.select %arg0 {dim = 0 : i64, index = 0 : i64} : tensor<8x8xf32> -> tensor<8xf32>
# CHECK-NEXT: %[[SELECT1:.*]] = py.select %arg0 {dim = 0 : i64, index = 2 : i64} : tensor<8x8xf32> -> tensor<8xf32>
# CHECK-NEXT: %[[MUL:.*]] = py.mul %[[SELECT]], %[[SELECT1]] : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
# CHECK-NEXT: %[[SELECT2:.*]] = py.select %arg0 {dim = 0 : i64, index = 5 : i64} : tensor<8x8xf32> -> tensor<8xf32>
# CHECK-NEXT: %[[MUL1:.*]] = py.mul %[[MUL]], %[[SELECT2]] : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
# CHECK-NEXT: return %[[MUL1]] : tensor<8xf32>
def range_with_step(x: "f32[8, 8]"):
    acc = x[0]
    for i in range(2, 8, 3):
        acc = acc * x[i]
    return acc


# CHECK-LABEL: func.func @over_tuple(
# CHECK-SAME: %arg0: tensor<6xf32> {py.name = "x"}) -> tensor<6xf32> {
# CHECK-NEXT: %[[C:.*]] = py.constant dense<5.000000e-01> : tensor<f32>
# CHECK-NEXT: %[[MUL:.*]] = py.mul %arg0, %[[C]] : (tensor<6xf32>, tensor<f32>) -> tensor<6xf32>
# CHECK-NEXT: %[[C1:.*]] = py.constant dense<2.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[MUL1:.*]] = py.mul %[[MUL]], %[[C1]] : (tensor<6xf32>, tensor<f32>) -> tensor<6xf32>
# CHECK-NEXT: return %[[MUL1]] : tensor<6xf32>
def over_tuple(x: "f32[6]"):
    out = x
    for scale in (0.5, 2.0):
        out = out * scale
    return out


# CHECK-LABEL: func.func @over_weights(
# CHECK-SAME: %arg0: tensor<2x4xf32> {py.name = "x"}, %arg1: tensor<4x4xf32> {py.name = "w0"}, %arg2: tensor<4x4xf32> {py.name = "w1"}) -> tensor<2x4xf32> {
# CHECK-NEXT: %[[MATMUL:.*]] = py.matmul %arg0, %arg1 : (tensor<2x4xf32>, tensor<4x4xf32>) -> tensor<2x4xf32>
# CHECK-NEXT: %[[RELU:.*]] = py.relu %[[MATMUL]] : tensor<2x4xf32> -> tensor<2x4xf32>
# CHECK-NEXT: %[[MATMUL1:.*]] = py.matmul %[[RELU]], %arg2 : (tensor<2x4xf32>, tensor<4x4xf32>) -> tensor<2x4xf32>
# CHECK-NEXT: %[[RELU1:.*]] = py.relu %[[MATMUL1]] : tensor<2x4xf32> -> tensor<2x4xf32>
# CHECK-NEXT: return %[[RELU1]] : tensor<2x4xf32>
def over_weights(x: "f32[2, 4]", w0: "f32[4, 4]", w1: "f32[4, 4]"):
    for w in [w0, w1]:
        x = torch.relu(x @ w)
    return x


# CHECK-LABEL: func.func @nested(
# CHECK-SAME: %arg0: tensor<3x3xf32> {py.name = "x"}) -> tensor<f32> {
# CHECK-NEXT: %[[SELECT:.*]] = py.select %arg0 {dim = 0 : i64, index = 0 : i64} : tensor<3x3xf32> -> tensor<3xf32>
# CHECK-NEXT: %[[SELECT1:.*]] = py.select %[[SELECT]] {dim = 0 : i64, index = 0 : i64} : tensor<3xf32> -> tensor<f32>
# CHECK-NEXT: %[[C:.*]] = py.constant dense<0.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[ADD:.*]] = py.add %[[C]], %[[SELECT1]] : (tensor<f32>, tensor<f32>) -> tensor<f32>
# CHECK-NEXT: %[[SELECT2:.*]] = py.select %arg0 {dim = 0 : i64, index = 1 : i64} : tensor<3x3xf32> -> tensor<3xf32>
# CHECK-NEXT: %[[SELECT3:.*]] = py.select %[[SELECT2]] {dim = 0 : i64, index = 0 : i64} : tensor<3xf32> -> tensor<f32>
# CHECK-NEXT: %[[ADD1:.*]] = py.add %[[ADD]], %[[SELECT3]] : (tensor<f32>, tensor<f32>) -> tensor<f32>
# CHECK-NEXT: %[[SELECT4:.*]] = py.select %arg0 {dim = 0 : i64, index = 1 : i64} : tensor<3x3xf32> -> tensor<3xf32>
# CHECK-NEXT: %[[SELECT5:.*]] = py.select %[[SELECT4]] {dim = 0 : i64, index = 1 : i64} : tensor<3xf32> -> tensor<f32>
# CHECK-NEXT: %[[ADD2:.*]] = py.add %[[ADD1]], %[[SELECT5]] : (tensor<f32>, tensor<f32>) -> tensor<f32>
# CHECK-NEXT: return %[[ADD2]] : tensor<f32>
def nested(x: "f32[3, 3]"):
    total = 0.0
    for i in range(2):
        for j in range(i + 1):
            total = total + x[i, j]
    return total
