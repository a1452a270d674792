# Binary torch functions and methods: alpha, rounding modes, maximum/minimum.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch


# CHECK-LABEL: func.func @add_sub_alpha(
# CHECK-SAME: %arg0: tensor<4x4xf32> {py.name = "x"}, %arg1: tensor<4x4xf32> {py.name = "y"}) -> (tensor<4x4xf32>, tensor<4x4xf32>, tensor<4x4xf32>, tensor<4x4xf32>, tensor<4x4xf32>) {
# CHECK-NEXT: %[[ADD:.*]] = py.add %arg0, %arg1 : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
# CHECK-NEXT: %[[C:.*]] = py.constant dense<2.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[MUL:.*]] = py.mul %arg1, %[[C]] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4x4xf32>
# CHECK-NEXT: %[[ADD1:.*]] = py.add %arg0, %[[MUL]] : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
# CHECK-NEXT: %[[C1:.*]] = py.constant dense<5.000000e-01> : tensor<f32>
# CHECK-NEXT: %[[MUL1:.*]] = py.mul %arg1, %[[C1]] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4x4xf32>
# CHECK-NEXT: %[[SUB:.*]] = py.sub %arg0, %[[MUL1]] : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
# CHECK-NEXT: %[[SUB1:.*]] = py.sub %arg0, %arg1 : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
# CHECK-NEXT: %[[C2:.*]] = py.constant dense<1.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[ADD2:.*]] = py.add %arg0, %[[C2]] : (tensor<4x4xf32>, tensor<f32>) -> tensor<4x4xf32>
# CHECK-NEXT: return %[[ADD]], %[[ADD1]], %[[SUB]], %[[SUB1]], %[[ADD2]] : tensor<4x4xf32>, tensor<4x4xf32>, tensor<4x4xf32>, tensor<4x4xf32>, tensor<4x4xf32>
def add_sub_alpha(x: "f32[4, 4]", y: "f32[4, 4]"):
    return torch.add(x, y), torch.add(x, y, alpha=2), torch.sub(x, y, alpha=0.5), x.sub(y), x.add(1)


# CHECK-LABEL: func.func @div_modes(
# CHECK-SAME: %arg0: tensor<6xf32> {py.name = "x"}, %arg1: tensor<6xf32> {py.name = "y"}) -> (tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>) {
# CHECK-NEXT: %[[DIV:.*]] = py.div %arg0, %arg1 : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
# CHECK-NEXT: %[[FLOOR_DIV:.*]] = py.floor_div %arg0, %arg1 : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
# CHECK-NEXT: %[[DIV1:.*]] = py.div %arg0, %arg1 : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
# CHECK-NEXT: %[[TRUNC:.*]] = py.trunc %[[DIV1]] : tensor<6xf32> -> tensor<6xf32>
# CHECK-NEXT: %[[DIV2:.*]] = py.div %arg0, %arg1 : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
# CHECK-NEXT: %[[FLOOR_DIV1:.*]] = py.floor_div %arg0, %arg1 : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
# CHECK-NEXT: %[[C:.*]] = py.constant dense<2.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[DIV3:.*]] = py.div %arg0, %[[C]] : (tensor<6xf32>, tensor<f32>) -> tensor<6xf32>
# CHECK-NEXT: return %[[DIV]], %[[FLOOR_DIV]], %[[TRUNC]], %[[DIV2]], %[[FLOOR_DIV1]], %[[DIV3]] : tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>
def div_modes(x: "f32[6]", y: "f32[6]"):
    return (torch.div(x, y), torch.div(x, y, rounding_mode="floor"),
            torch.div(x, y, rounding_mode="trunc"), torch.true_divide(x, y),
            torch.floor_divide(x, y), x.div(2.0))


# CHECK-LABEL: func.func @int_div_modes(
# CHECK-SAME: %arg0: tensor<6xi64> {py.name = "a"}, %arg1: tensor<6xi64> {py.name = "b"}) -> (tensor<6xf32>, tensor<6xi64>) {
# CHECK-NEXT: %[[CAST:.*]] = py.cast %arg0 : tensor<6xi64> -> tensor<6xf32>
# CHECK-NEXT: %[[CAST1:.*]] = py.cast %arg1 : tensor<6xi64> -> tensor<6xf32>
# CHECK-NEXT: %[[DIV:.*]] = py.div %[[CAST]], %[[CAST1]] : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
# CHECK-NEXT: %[[FLOOR_DIV:.*]] = py.floor_div %arg0, %arg1 : (tensor<6xi64>, tensor<6xi64>) -> tensor<6xi64>
# CHECK-NEXT: return %[[DIV]], %[[FLOOR_DIV]] : tensor<6xf32>, tensor<6xi64>
def int_div_modes(a: "i64[6]", b: "i64[6]"):
    # Floor division of ints stays i64; plain division is f32.
    return torch.div(a, b), torch.div(a, b, rounding_mode="floor")


# CHECK-LABEL: func.func @others(
# CHECK-SAME: %arg0: tensor<2x3xf32> {py.name = "x"}, %arg1: tensor<3xf32> {py.name = "y"}) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) {
# CHECK-NEXT: %[[MUL:.*]] = py.mul %arg0, %arg1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
# CHECK-NEXT: %[[C:.*]] = py.constant dense<2.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[MUL1:.*]] = py.mul %arg0, %[[C]] : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
# CHECK-NEXT: %[[REMAINDER:.*]] = py.remainder %arg0, %arg1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
# CHECK-NEXT: %[[C1:.*]] = py.constant dense<3.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[POW:.*]] = py.pow %arg0, %[[C1]] : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
# CHECK-NEXT: %[[POW1:.*]] = py.pow %arg0, %arg1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
# CHECK-NEXT: %[[MAXIMUM:.*]] = py.maximum %arg0, %arg1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
# CHECK-NEXT: %[[MINIMUM:.*]] = py.minimum %arg0, %arg1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
# CHECK-NEXT: %[[MUL2:.*]] = py.mul %arg0, %arg1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
# CHECK-NEXT: %[[C2:.*]] = py.constant dense<5.000000e-01> : tensor<f32>
# CHECK-NEXT: %[[POW2:.*]] = py.pow %arg0, %[[C2]] : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
# CHECK-NEXT: %[[MAXIMUM1:.*]] = py.maximum %arg0, %arg1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
# CHECK-NEXT: return %[[MUL]], %[[MUL1]], %[[REMAINDER]], %[[POW]], %[[POW1]], %[[MAXIMUM]], %[[MINIMUM]], %[[MUL2]], %[[POW2]], %[[MAXIMUM1]] : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>
def others(x: "f32[2, 3]", y: "f32[3]"):
    return (torch.mul(x, y), torch.multiply(x, 2), torch.remainder(x, y),
            torch.pow(x, 3), torch.pow(x, y), torch.maximum(x, y),
            torch.minimum(x, y), x.mul(y), x.pow(0.5), x.maximum(y))
