# torch.zeros / ones / full / tensor inside a translated function become a
# constant expanded to the shape (dtype from dtype=, or the fill value).
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch


# CHECK-LABEL: func.func @constants(
# CHECK-SAME: %arg0: tensor<2x3xf32> {py.name = "x"}) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) {
# CHECK-NEXT: %[[C:.*]] = py.constant dense<0.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[EXPAND:.*]] = py.expand %[[C]] {sizes = array<i64: 2, 3>} : tensor<f32> -> tensor<2x3xf32>
# CHECK-NEXT: %[[ADD:.*]] = py.add %arg0, %[[EXPAND]] : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
# CHECK-NEXT: %[[C1:.*]] = py.constant dense<1.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[EXPAND1:.*]] = py.expand %[[C1]] {sizes = array<i64: 3>} : tensor<f32> -> tensor<3xf32>
# CHECK-NEXT: %[[MUL:.*]] = py.mul %arg0, %[[EXPAND1]] : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
# CHECK-NEXT: %[[C2:.*]] = py.constant dense<5.000000e-01> : tensor<f32>
# CHECK-NEXT: %[[EXPAND2:.*]] = py.expand %[[C2]] {sizes = array<i64: 2, 1>} : tensor<f32> -> tensor<2x1xf32>
# CHECK-NEXT: %[[SUB:.*]] = py.sub %arg0, %[[EXPAND2]] : (tensor<2x3xf32>, tensor<2x1xf32>) -> tensor<2x3xf32>
# CHECK-NEXT: return %[[ADD]], %[[MUL]], %[[SUB]] : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>
def constants(x: "f32[2, 3]"):
    return x + torch.zeros(2, 3), x * torch.ones((3,)), x - torch.full((2, 1), 0.5)


# CHECK-LABEL: func.func @dtypes(
# CHECK-SAME: %arg0: tensor<4xf32> {py.name = "x"}) -> (tensor<4xi64>, tensor<4xf16>, tensor<2x2xi32>) {
# CHECK-NEXT: %[[C:.*]] = py.constant dense<7> : tensor<i64>
# CHECK-NEXT: %[[EXPAND:.*]] = py.expand %[[C]] {sizes = array<i64: 4>} : tensor<i64> -> tensor<4xi64>
# CHECK-NEXT: %[[C1:.*]] = py.constant dense<1.000000e+00> : tensor<f16>
# CHECK-NEXT: %[[EXPAND1:.*]] = py.expand %[[C1]] {sizes = array<i64: 4>} : tensor<f16> -> tensor<4xf16>
# CHECK-NEXT: %[[C2:.*]] = py.constant dense<0> : tensor<i32>
# CHECK-NEXT: %[[EXPAND2:.*]] = py.expand %[[C2]] {sizes = array<i64: 2, 2>} : tensor<i32> -> tensor<2x2xi32>
# CHECK-NEXT: return %[[EXPAND]], %[[EXPAND1]], %[[EXPAND2]] : tensor<4xi64>, tensor<4xf16>, tensor<2x2xi32>
def dtypes(x: "f32[4]"):
    return torch.full((4,), 7), torch.ones(4, dtype=torch.float16), torch.zeros([2, 2], dtype=torch.int32)


# CHECK-LABEL: func.func @scalars(
# CHECK-SAME: %arg0: tensor<4xf16> {py.name = "x"}) -> (tensor<4xf16>, tensor<4xf16>, tensor<i64>) {
# CHECK-NEXT: %[[C:.*]] = py.constant dense<2.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[CAST:.*]] = py.cast %[[C]] : tensor<f32> -> tensor<f16>
# CHECK-NEXT: %[[MUL:.*]] = py.mul %arg0, %[[CAST]] : (tensor<4xf16>, tensor<f16>) -> tensor<4xf16>
# CHECK-NEXT: %[[C1:.*]] = py.constant dense<1.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[CAST1:.*]] = py.cast %[[C1]] : tensor<f32> -> tensor<f16>
# CHECK-NEXT: %[[ADD:.*]] = py.add %arg0, %[[CAST1]] : (tensor<4xf16>, tensor<f16>) -> tensor<4xf16>
# CHECK-NEXT: %[[C2:.*]] = py.constant dense<3> : tensor<i64>
# CHECK-NEXT: return %[[MUL]], %[[ADD]], %[[C2]] : tensor<4xf16>, tensor<4xf16>, tensor<i64>
def scalars(x: "f16[4]"):
    # A 0-d tensor of another float dtype does not promote the f16 input.
    return x * torch.tensor(2.0), x + torch.tensor(1, dtype=torch.float32), torch.tensor(3)


# CHECK-LABEL: func.func @from_shape(
# CHECK-SAME: %arg0: tensor<3x5xf32> {py.name = "x"}) -> tensor<3x5xf32> {
# CHECK-NEXT: %[[C:.*]] = py.constant dense<0.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[EXPAND:.*]] = py.expand %[[C]] {sizes = array<i64: 3, 1>} : tensor<f32> -> tensor<3x1xf32>
# CHECK-NEXT: %[[ADD:.*]] = py.add %[[EXPAND]], %arg0 : (tensor<3x1xf32>, tensor<3x5xf32>) -> tensor<3x5xf32>
# CHECK-NEXT: return %[[ADD]] : tensor<3x5xf32>
def from_shape(x: "f32[3, 5]"):
    return torch.zeros(x.shape[0], 1) + x
