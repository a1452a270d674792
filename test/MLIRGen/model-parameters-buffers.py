# nn.Parameter and register_buffer attributes become leading arguments named
# by attribute (py.param); plain tensor attributes too; non-tensor attributes
# are compile-time constants.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, channels, scale_shape, momentum=0.9):
        super().__init__()
        self.scale = nn.Parameter(torch.randn(scale_shape))
        self.bias = nn.Parameter(torch.zeros(channels, 1, 1))
        self.register_buffer("mask", torch.ones(channels, dtype=torch.bool))
        self.offset = torch.randn(1, channels, 1, 1)
        self.momentum = momentum

    def forward(self, x):
        y = x * self.scale + self.bias + self.offset
        y = torch.where(self.mask.view(1, -1, 1, 1), y, 0.0)
        return y * self.momentum


batch_size = 2
channels = 4
height = 3
width = 5
scale_shape = (channels, 1, 1)


def get_inputs():
    return [torch.randn(batch_size, channels, height, width)]


def get_init_inputs():
    return [channels, scale_shape]

# CHECK-LABEL: func.func @Model(
# CHECK-SAME: %arg0: tensor<4x1x1xf32> {py.name = "scale", py.param}, %arg1: tensor<4x1x1xf32> {py.name = "bias", py.param}, %arg2: tensor<4xi1> {py.name = "mask", py.param}, %arg3: tensor<1x4x1x1xf32> {py.name = "offset", py.param}, %arg4: tensor<2x4x3x5xf32> {py.name = "x"}) -> tensor<2x4x3x5xf32> attributes {py.class = "Model"} {
# CHECK-NEXT: %[[MUL:.*]] = py.mul %arg4, %arg0 : (tensor<2x4x3x5xf32>, tensor<4x1x1xf32>) -> tensor<2x4x3x5xf32>
# CHECK-NEXT: %[[ADD:.*]] = py.add %[[MUL]], %arg1 : (tensor<2x4x3x5xf32>, tensor<4x1x1xf32>) -> tensor<2x4x3x5xf32>
# CHECK-NEXT: %[[ADD1:.*]] = py.add %[[ADD]], %arg3 : (tensor<2x4x3x5xf32>, tensor<1x4x1x1xf32>) -> tensor<2x4x3x5xf32>
# CHECK-NEXT: %[[RESHAPE:.*]] = py.reshape %arg2 {shape = array<i64: 1, -1, 1, 1>} : tensor<4xi1> -> tensor<1x4x1x1xi1>
# CHECK-NEXT: %[[C:.*]] = py.constant dense<0.000000e+00> : tensor<f32>
# CHECK-NEXT: %[[WHERE:.*]] = py.where %[[RESHAPE]], %[[ADD1]], %[[C]] : (tensor<1x4x1x1xi1>, tensor<2x4x3x5xf32>, tensor<f32>) -> tensor<2x4x3x5xf32>
# CHECK-NEXT: %[[C1:.*]] = py.constant dense<0.899999976> : tensor<f32>
# CHECK-NEXT: %[[MUL1:.*]] = py.mul %[[WHERE]], %[[C1]] : (tensor<2x4x3x5xf32>, tensor<f32>) -> tensor<2x4x3x5xf32>
# CHECK-NEXT: return %[[MUL1]] : tensor<2x4x3x5xf32>
