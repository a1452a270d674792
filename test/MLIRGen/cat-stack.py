# cat / concat / stack over tuples and lists; the inputs are promoted to
# their common dtype first.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch


# CHECK-LABEL: func.func @cat(
# CHECK-SAME: %arg0: tensor<2x3xf32> {py.name = "a"}, %arg1: tensor<4x3xf32> {py.name = "b"}, %arg2: tensor<2x5xf32> {py.name = "c"}) -> (tensor<6x3xf32>, tensor<2x8xf32>, tensor<2x9xf32>) {
# CHECK-NEXT: %[[CAT:.*]] = py.cat %arg0, %arg1 : (tensor<2x3xf32>, tensor<4x3xf32>) -> tensor<6x3xf32>
# CHECK-NEXT: %[[CAT1:.*]] = py.cat %arg0, %arg2 {dim = 1 : i64} : (tensor<2x3xf32>, tensor<2x5xf32>) -> tensor<2x8xf32>
# CHECK-NEXT: %[[CAT2:.*]] = py.cat %arg0, %arg0, %arg0 {dim = -1 : i64} : (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x9xf32>
# CHECK-NEXT: return %[[CAT]], %[[CAT1]], %[[CAT2]] : tensor<6x3xf32>, tensor<2x8xf32>, tensor<2x9xf32>
def cat(a: "f32[2, 3]", b: "f32[4, 3]", c: "f32[2, 5]"):
    return torch.cat([a, b]), torch.cat((a, c), dim=1), torch.concat([a, a, a], -1)


# CHECK-LABEL: func.func @stack(
# CHECK-SAME: %arg0: tensor<4x3xf32> {py.name = "a"}, %arg1: tensor<4x3xf32> {py.name = "b"}) -> (tensor<2x4x3xf32>, tensor<4x2x3xf32>, tensor<4x3x2xf32>) {
# CHECK-NEXT: %[[STACK:.*]] = py.stack %arg0, %arg1 : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<2x4x3xf32>
# CHECK-NEXT: %[[STACK1:.*]] = py.stack %arg0, %arg1 {dim = 1 : i64} : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x2x3xf32>
# CHECK-NEXT: %[[STACK2:.*]] = py.stack %arg0, %arg1 {dim = -1 : i64} : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3x2xf32>
# CHECK-NEXT: return %[[STACK]], %[[STACK1]], %[[STACK2]] : tensor<2x4x3xf32>, tensor<4x2x3xf32>, tensor<4x3x2xf32>
def stack(a: "f32[4, 3]", b: "f32[4, 3]"):
    return torch.stack([a, b]), torch.stack((a, b), dim=1), torch.stack([a, b], -1)


# CHECK-LABEL: func.func @promoted(
# CHECK-SAME: %arg0: tensor<2xf16> {py.name = "a"}, %arg1: tensor<3xf32> {py.name = "b"}, %arg2: tensor<2xi64> {py.name = "n"}) -> (tensor<5xf32>, tensor<4xf16>, tensor<2x2xf16>) {
# CHECK-NEXT: %[[CAST:.*]] = py.cast %arg0 : tensor<2xf16> -> tensor<2xf32>
# CHECK-NEXT: %[[CAT:.*]] = py.cat %[[CAST]], %arg1 : (tensor<2xf32>, tensor<3xf32>) -> tensor<5xf32>
# CHECK-NEXT: %[[CAST1:.*]] = py.cast %arg2 : tensor<2xi64> -> tensor<2xf16>
# CHECK-NEXT: %[[CAT1:.*]] = py.cat %[[CAST1]], %arg0 : (tensor<2xf16>, tensor<2xf16>) -> tensor<4xf16>
# CHECK-NEXT: %[[CAST2:.*]] = py.cast %arg2 : tensor<2xi64> -> tensor<2xf16>
# CHECK-NEXT: %[[STACK:.*]] = py.stack %arg0, %[[CAST2]] : (tensor<2xf16>, tensor<2xf16>) -> tensor<2x2xf16>
# CHECK-NEXT: return %[[CAT]], %[[CAT1]], %[[STACK]] : tensor<5xf32>, tensor<4xf16>, tensor<2x2xf16>
def promoted(a: "f16[2]", b: "f32[3]", n: "i64[2]"):
    return torch.cat([a, b]), torch.cat([n, a]), torch.stack([a, n])


# CHECK-LABEL: func.func @built_in_loop(
# CHECK-SAME: %arg0: tensor<2x4xf32> {py.name = "x"}) -> tensor<6x4xf32> {
# CHECK-NEXT: %[[C:.*]] = py.constant dense<1.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[MUL:.*]] = py.mul %arg0, %[[C]] : (tensor<2x4xf32>, tensor<f32>) -> tensor<2x4xf32>
# CHECK-NEXT: %[[C1:.*]] = py.constant dense<2.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[MUL1:.*]] = py.mul %arg0, %[[C1]] : (tensor<2x4xf32>, tensor<f32>) -> tensor<2x4xf32>
# CHECK-NEXT: %[[C2:.*]] = py.constant dense<3.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[MUL2:.*]] = py.mul %arg0, %[[C2]] : (tensor<2x4xf32>, tensor<f32>) -> tensor<2x4xf32>
# CHECK-NEXT: %[[CAT:.*]] = py.cat %[[MUL]], %[[MUL1]], %[[MUL2]] : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<6x4xf32>
# CHECK-NEXT: return %[[CAT]] : tensor<6x4xf32>
def built_in_loop(x: "f32[2, 4]"):
    parts = []
    for i in range(3):
        parts = parts + [x * (i + 1)]
    return torch.cat(parts, dim=0)
