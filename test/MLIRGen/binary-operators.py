# Python operators on tensors: + - * / // % ** @, with tensors, Python
# scalars and broadcasting; true division of ints is float.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch


# CHECK-LABEL: func.func @arithmetic(
# CHECK-SAME: %arg0: tensor<4x8xf32> {py.name = "x"}, %arg1: tensor<8xf32> {py.name = "y"}) -> (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) {
# CHECK-NEXT: %[[ADD:.*]] = py.add %arg0, %arg1 : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
# CHECK-NEXT: %[[SUB:.*]] = py.sub %arg0, %arg1 : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
# CHECK-NEXT: %[[MUL:.*]] = py.mul %arg0, %arg1 : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
# CHECK-NEXT: %[[DIV:.*]] = py.div %arg0, %arg1 : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
# CHECK-NEXT: %[[FLOOR_DIV:.*]] = py.floor_div %arg0, %arg1 : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
# CHECK-NEXT: %[[REMAINDER:.*]] = py.remainder %arg0, %arg1 : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
# CHECK-NEXT: %[[POW:.*]] = py.pow %arg0, %arg1 : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
# CHECK-NEXT: return %[[ADD]], %[[SUB]], %[[MUL]], %[[DIV]], %[[FLOOR_DIV]], %[[REMAINDER]], %[[POW]] : tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>
def arithmetic(x: "f32[4, 8]", y: "f32[8]"):
    return x + y, x - y, x * y, x / y, x // y, x % y, x ** y


# CHECK-LABEL: func.func @with_scalars(
# CHECK-SAME: %arg0: tensor<3x3xf16> {py.name = "x"}) -> (tensor<3x3xf16>, tensor<3x3xf16>, tensor<3x3xf16>, tensor<3x3xf16>, tensor<3x3xf16>, tensor<3x3xf16>) {
# CHECK-NEXT: %[[C:.*]] = py.constant dense<1.500000e+00> : tensor<f16>
# CHECK-NEXT: %[[SUB:.*]] = py.sub %[[C]], %arg0 : (tensor<f16>, tensor<3x3xf16>) -> tensor<3x3xf16>
# CHECK-NEXT: %[[C1:.*]] = py.constant dense<2.000000e+00> : tensor<f16>
# CHECK-NEXT: %[[MUL:.*]] = py.mul %[[C1]], %arg0 : (tensor<f16>, tensor<3x3xf16>) -> tensor<3x3xf16>
# CHECK-NEXT: %[[C2:.*]] = py.constant dense<4.000000e+00> : tensor<f16>
# CHECK-NEXT: %[[DIV:.*]] = py.div %arg0, %[[C2]] : (tensor<3x3xf16>, tensor<f16>) -> tensor<3x3xf16>
# CHECK-NEXT: %[[C3:.*]] = py.constant dense<2.000000e+00> : tensor<f16>
# CHECK-NEXT: %[[POW:.*]] = py.pow %arg0, %[[C3]] : (tensor<3x3xf16>, tensor<f16>) -> tensor<3x3xf16>
# CHECK-NEXT: %[[C4:.*]] = py.constant dense<3.000000e+00> : tensor<f16>
# CHECK-NEXT: %[[POW1:.*]] = py.pow %[[C4]], %arg0 : (tensor<f16>, tensor<3x3xf16>) -> tensor<3x3xf16>
# CHECK-NEXT: %[[C5:.*]] = py.constant dense<2.000000e+00> : tensor<f16>
# CHECK-NEXT: %[[REMAINDER:.*]] = py.remainder %arg0, %[[C5]] : (tensor<3x3xf16>, tensor<f16>) -> tensor<3x3xf16>
# CHECK-NEXT: return %[[SUB]], %[[MUL]], %[[DIV]], %[[POW]], %[[POW1]], %[[REMAINDER]] : tensor<3x3xf16>, tensor<3x3xf16>, tensor<3x3xf16>, tensor<3x3xf16>, tensor<3x3xf16>, tensor<3x3xf16>
def with_scalars(x: "f16[3, 3]"):
    # Scalars on either side; a float scalar keeps f16.
    return 1.5 - x, 2 * x, x / 4, x ** 2, 3.0 ** x, x % 2


# CHECK-LABEL: func.func @int_tensors(
# CHECK-SAME: %arg0: tensor<6xi32> {py.name = "a"}, %arg1: tensor<6xi64> {py.name = "b"}) -> (tensor<6xi64>, tensor<6xf32>, tensor<6xi64>, tensor<6xi64>, tensor<6xi32>, tensor<6xf32>) {
# CHECK-NEXT: %[[CAST:.*]] = py.cast %arg0 : tensor<6xi32> -> tensor<6xi64>
# CHECK-NEXT: %[[ADD:.*]] = py.add %[[CAST]], %arg1 : (tensor<6xi64>, tensor<6xi64>) -> tensor<6xi64>
# CHECK-NEXT: %[[CAST1:.*]] = py.cast %arg0 : tensor<6xi32> -> tensor<6xf32>
# CHECK-NEXT: %[[CAST2:.*]] = py.cast %arg1 : tensor<6xi64> -> tensor<6xf32>
# CHECK-NEXT: %[[DIV:.*]] = py.div %[[CAST1]], %[[CAST2]] : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
# CHECK-NEXT: %[[CAST3:.*]] = py.cast %arg0 : tensor<6xi32> -> tensor<6xi64>
# CHECK-NEXT: %[[FLOOR_DIV:.*]] = py.floor_div %[[CAST3]], %arg1 : (tensor<6xi64>, tensor<6xi64>) -> tensor<6xi64>
# CHECK-NEXT: %[[CAST4:.*]] = py.cast %arg0 : tensor<6xi32> -> tensor<6xi64>
# CHECK-NEXT: %[[REMAINDER:.*]] = py.remainder %[[CAST4]], %arg1 : (tensor<6xi64>, tensor<6xi64>) -> tensor<6xi64>
# CHECK-NEXT: %[[C:.*]] = py.constant dense<3> : tensor<i32>
# CHECK-NEXT: %[[MUL:.*]] = py.mul %arg0, %[[C]] : (tensor<6xi32>, tensor<i32>) -> tensor<6xi32>
# CHECK-NEXT: %[[CAST5:.*]] = py.cast %arg0 : tensor<6xi32> -> tensor<6xf32>
# CHECK-NEXT: %[[C1:.*]] = py.constant dense<2.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[DIV1:.*]] = py.div %[[CAST5]], %[[C1]] : (tensor<6xf32>, tensor<f32>) -> tensor<6xf32>
# CHECK-NEXT: return %[[ADD]], %[[DIV]], %[[FLOOR_DIV]], %[[REMAINDER]], %[[MUL]], %[[DIV1]] : tensor<6xi64>, tensor<6xf32>, tensor<6xi64>, tensor<6xi64>, tensor<6xi32>, tensor<6xf32>
def int_tensors(a: "i32[6]", b: "i64[6]"):
    # i32 op i64 promotes to i64; / of ints is f32; // and % stay integral.
    return a + b, a / b, a // b, a % b, a * 3, a / 2


# CHECK-LABEL: func.func @matmul_operator(
# CHECK-SAME: %arg0: tensor<2x5x3xf32> {py.name = "a"}, %arg1: tensor<3x4xf32> {py.name = "b"}) -> tensor<2x5x4xf32> {
# CHECK-NEXT: %[[MATMUL:.*]] = py.matmul %arg0, %arg1 : (tensor<2x5x3xf32>, tensor<3x4xf32>) -> tensor<2x5x4xf32>
# CHECK-NEXT: return %[[MATMUL]] : tensor<2x5x4xf32>
def matmul_operator(a: "f32[2, 5, 3]", b: "f32[3, 4]"):
    return a @ b


# CHECK-LABEL: func.func @augmented(
# CHECK-SAME: %arg0: tensor<5xf32> {py.name = "x"}, %arg1: tensor<5xf32> {py.name = "y"}) -> tensor<5xf32> {
# CHECK-NEXT: %[[ADD:.*]] = py.add %arg0, %arg1 : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
# CHECK-NEXT: %[[C:.*]] = py.constant dense<2.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[MUL:.*]] = py.mul %[[ADD]], %[[C]] : (tensor<5xf32>, tensor<f32>) -> tensor<5xf32>
# CHECK-NEXT: %[[C1:.*]] = py.constant dense<1.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[SUB:.*]] = py.sub %[[MUL]], %[[C1]] : (tensor<5xf32>, tensor<f32>) -> tensor<5xf32>
# CHECK-NEXT: %[[DIV:.*]] = py.div %[[SUB]], %arg1 : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
# CHECK-NEXT: %[[C2:.*]] = py.constant dense<2.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[POW:.*]] = py.pow %[[DIV]], %[[C2]] : (tensor<5xf32>, tensor<f32>) -> tensor<5xf32>
# CHECK-NEXT: return %[[POW]] : tensor<5xf32>
def augmented(x: "f32[5]", y: "f32[5]"):
    z = x
    z += y
    z *= 2.0
    z -= 1
    z /= y
    z **= 2
    return z
