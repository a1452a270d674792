# torch.where promotes its two value operands; masked_fill is a where.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import math

import torch


# CHECK-LABEL: func.func @where_tensors(
# CHECK-SAME: %arg0: tensor<4x6xi1> {py.name = "c"}, %arg1: tensor<4x6xf32> {py.name = "x"}, %arg2: tensor<6xf32> {py.name = "y"}) -> tensor<4x6xf32> {
# CHECK-NEXT: %[[WHERE:.*]] = py.where %arg0, %arg1, %arg2 : (tensor<4x6xi1>, tensor<4x6xf32>, tensor<6xf32>) -> tensor<4x6xf32>
# CHECK-NEXT: return %[[WHERE]] : tensor<4x6xf32>
def where_tensors(c: "bool[4, 6]", x: "f32[4, 6]", y: "f32[6]"):
    return torch.where(c, x, y)


# CHECK-LABEL: func.func @where_scalar(
# CHECK-SAME: %arg0: tensor<5xf16> {py.name = "x"}) -> (tensor<5xf16>, tensor<5xf16>) {
# CHECK-NEXT: %[[C:.*]] = py.constant dense<0.000000e+00> : tensor<f16>
# CHECK-NEXT: %[[GT:.*]] = py.gt %arg0, %[[C]] : (tensor<5xf16>, tensor<f16>) -> tensor<5xi1>
# CHECK-NEXT: %[[C1:.*]] = py.constant dense<0.000000e+00> : tensor<f16>
# CHECK-NEXT: %[[WHERE:.*]] = py.where %[[GT]], %arg0, %[[C1]] : (tensor<5xi1>, tensor<5xf16>, tensor<f16>) -> tensor<5xf16>
# CHECK-NEXT: %[[C2:.*]] = py.constant dense<0.000000e+00> : tensor<f16>
# CHECK-NEXT: %[[GT1:.*]] = py.gt %arg0, %[[C2]] : (tensor<5xf16>, tensor<f16>) -> tensor<5xi1>
# CHECK-NEXT: %[[C3:.*]] = py.constant dense<1.000000e+00> : tensor<f16>
# CHECK-NEXT: %[[WHERE1:.*]] = py.where %[[GT1]], %[[C3]], %arg0 : (tensor<5xi1>, tensor<f16>, tensor<5xf16>) -> tensor<5xf16>
# CHECK-NEXT: return %[[WHERE]], %[[WHERE1]] : tensor<5xf16>, tensor<5xf16>
def where_scalar(x: "f16[5]"):
    return torch.where(x > 0, x, 0.0), torch.where(x > 0, 1.0, x)


# CHECK-LABEL: func.func @where_promotes(
# CHECK-SAME: %arg0: tensor<3xi1> {py.name = "c"}, %arg1: tensor<3xi32> {py.name = "a"}, %arg2: tensor<3xf32> {py.name = "b"}) -> tensor<3xf32> {
# CHECK-NEXT: %[[CAST:.*]] = py.cast %arg1 : tensor<3xi32> -> tensor<3xf32>
# CHECK-NEXT: %[[WHERE:.*]] = py.where %arg0, %[[CAST]], %arg2 : (tensor<3xi1>, tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
# CHECK-NEXT: return %[[WHERE]] : tensor<3xf32>
def where_promotes(c: "bool[3]", a: "i32[3]", b: "f32[3]"):
    return torch.where(c, a, b)


# CHECK-LABEL: func.func @where_method(
# CHECK-SAME: %arg0: tensor<2x3xf32> {py.name = "x"}) -> tensor<2x3xf32> {
# CHECK-NEXT: %[[C:.*]] = py.constant dense<0.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[GT:.*]] = py.gt %arg0, %[[C]] : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xi1>
# CHECK-NEXT: %[[NEG:.*]] = py.neg %arg0 : tensor<2x3xf32> -> tensor<2x3xf32>
# CHECK-NEXT: %[[WHERE:.*]] = py.where %[[GT]], %arg0, %[[NEG]] : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
# CHECK-NEXT: return %[[WHERE]] : tensor<2x3xf32>
def where_method(x: "f32[2, 3]"):
    return x.where(x > 0, -x)


# CHECK-LABEL: func.func @masked_fill(
# CHECK-SAME: %arg0: tensor<4x4xf32> {py.name = "x"}, %arg1: tensor<4x4xi1> {py.name = "mask"}) -> (tensor<4x4xf32>, tensor<4x4xf32>) {
# CHECK-NEXT: %[[C:.*]] = py.constant dense<0xFF800000> : tensor<f32>
# CHECK-NEXT: %[[WHERE:.*]] = py.where %arg1, %[[C]], %arg0 : (tensor<4x4xi1>, tensor<f32>, tensor<4x4xf32>) -> tensor<4x4xf32>
# CHECK-NEXT: %[[C1:.*]] = py.constant dense<0.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[WHERE1:.*]] = py.where %arg1, %[[C1]], %arg0 : (tensor<4x4xi1>, tensor<f32>, tensor<4x4xf32>) -> tensor<4x4xf32>
# CHECK-NEXT: return %[[WHERE]], %[[WHERE1]] : tensor<4x4xf32>, tensor<4x4xf32>
def masked_fill(x: "f32[4, 4]", mask: "bool[4, 4]"):
    return x.masked_fill(mask, -math.inf), x.masked_fill(mask, 0)
