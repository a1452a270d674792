# Helper functions are inlined into their callers (and not translated on
# their own); keyword arguments, defaults and private helpers work.
# RUN: py2triton %s --emit=mlir | FileCheck %s
# CHECK-NOT: func.func @_gelu_tanh
# CHECK-NOT: func.func @scale_shift
import math

import torch


def _gelu_tanh(x):
    return 0.5 * x * (1.0 + torch.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * x ** 3)))


def scale_shift(x, scale=2.0, shift=0.0):
    return x * scale + shift


# CHECK-LABEL: func.func @block(
# CHECK-SAME: %arg0: tensor<4x16xf32> {py.name = "x"}) -> tensor<4x16xf32> {
# CHECK-NEXT: %[[C:.*]] = py.constant dense<5.000000e-01> : tensor<f32>
# CHECK-NEXT: %[[MUL:.*]] = py.mul %[[C]], %arg0 : (tensor<f32>, tensor<4x16xf32>) -> tensor<4x16xf32>
# CHECK-NEXT: %[[C1:.*]] = py.constant dense<3.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[POW:.*]] = py.pow %arg0, %[[C1]] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4x16xf32>
# CHECK-NEXT: %[[C2:.*]] = py.constant dense<4.471500e-02> : tensor<f32>
# CHECK-NEXT: %[[MUL1:.*]] = py.mul %[[C2]], %[[POW]] : (tensor<f32>, tensor<4x16xf32>) -> tensor<4x16xf32>
# CHECK-NEXT: %[[ADD:.*]] = py.add %arg0, %[[MUL1]] : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
# CHECK-NEXT: %[[C3:.*]] = py.constant dense<0.797884583> : tensor<f32>
# CHECK-NEXT: %[[MUL2:.*]] = py.mul %[[C3]], %[[ADD]] : (tensor<f32>, tensor<4x16xf32>) -> tensor<4x16xf32>
# CHECK-NEXT: %[[TANH:.*]] = py.tanh %[[MUL2]] : tensor<4x16xf32> -> tensor<4x16xf32>
# CHECK-NEXT: %[[C4:.*]] = py.constant dense<1.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[ADD1:.*]] = py.add %[[C4]], %[[TANH]] : (tensor<f32>, tensor<4x16xf32>) -> tensor<4x16xf32>
# CHECK-NEXT: %[[MUL3:.*]] = py.mul %[[MUL]], %[[ADD1]] : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
# CHECK-NEXT: %[[C5:.*]] = py.constant dense<2.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[MUL4:.*]] = py.mul %[[MUL3]], %[[C5]] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4x16xf32>
# CHECK-NEXT: %[[C6:.*]] = py.constant dense<1.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[ADD2:.*]] = py.add %[[MUL4]], %[[C6]] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4x16xf32>
# CHECK-NEXT: return %[[ADD2]] : tensor<4x16xf32>
def block(x: "f32[4, 16]"):
    return scale_shift(_gelu_tanh(x), shift=1.0)


# CHECK-LABEL: func.func @recursive_depth(
# CHECK-SAME: %arg0: tensor<3xf32> {py.name = "x"}) -> tensor<3xf32> {
# CHECK-NEXT: %[[EXP:.*]] = py.exp %arg0 : tensor<3xf32> -> tensor<3xf32>
# CHECK-NEXT: %[[EXP1:.*]] = py.exp %[[EXP]] : tensor<3xf32> -> tensor<3xf32>
# CHECK-NEXT: return %[[EXP1]] : tensor<3xf32>
def recursive_depth(x: "f32[3]", depth=2):
    return x if depth == 0 else recursive_depth(torch.exp(x), depth - 1)

# Nothing else is translated.
# CHECK-NOT: func.func
