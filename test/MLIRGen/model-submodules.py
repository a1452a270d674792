# Submodule classes defined in the file: instantiated symbolically, their
# forward inlined; parameters named by the attribute path; helper methods on
# self work; a Model without get_init_inputs takes no arguments.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch
import torch.nn as nn


class FeedForward(nn.Module):
    def __init__(self, dim, mult=2):
        super().__init__()
        self.up = nn.Linear(dim, dim * mult)
        self.down = nn.Linear(dim * mult, dim)

    def forward(self, x):
        return self.down(torch.relu(self.up(x)))


class Block(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.norm = nn.LayerNorm(dim)
        self.ff = FeedForward(dim)

    def residual(self, x, fn):
        return x + fn(self.norm(x))

    def forward(self, x):
        return self.residual(x, self.ff)


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.block = Block(16)

    def forward(self, x):
        return self.block(x)


def get_inputs():
    return [torch.randn(2, 5, 16)]

# CHECK-LABEL: func.func @Model(
# CHECK-SAME: %arg0: tensor<16xf32> {py.name = "block.norm.weight", py.param}, %arg1: tensor<16xf32> {py.name = "block.norm.bias", py.param}, %arg2: tensor<32x16xf32> {py.name = "block.ff.up.weight", py.param}, %arg3: tensor<32xf32> {py.name = "block.ff.up.bias", py.param}, %arg4: tensor<16x32xf32> {py.name = "block.ff.down.weight", py.param}, %arg5: tensor<16xf32> {py.name = "block.ff.down.bias", py.param}, %arg6: tensor<2x5x16xf32> {py.name = "x"}) -> tensor<2x5x16xf32> attributes {py.class = "Model"} {
# CHECK-NEXT: %[[LAYER_NORM:.*]] = py.layer_norm %arg6 weight %arg0 bias %arg1 {normalized_shape = array<i64: 16>} : (tensor<2x5x16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<2x5x16xf32>
# CHECK-NEXT: %[[LINEAR:.*]] = py.linear %[[LAYER_NORM]], %arg2, %arg3 {operandSegmentSizes = array<i32: 1, 1, 1>} : (tensor<2x5x16xf32>, tensor<32x16xf32>, tensor<32xf32>) -> tensor<2x5x32xf32>
# CHECK-NEXT: %[[RELU:.*]] = py.relu %[[LINEAR]] : tensor<2x5x32xf32> -> tensor<2x5x32xf32>
# CHECK-NEXT: %[[LINEAR1:.*]] = py.linear %[[RELU]], %arg4, %arg5 {operandSegmentSizes = array<i32: 1, 1, 1>} : (tensor<2x5x32xf32>, tensor<16x32xf32>, tensor<16xf32>) -> tensor<2x5x16xf32>
# CHECK-NEXT: %[[ADD:.*]] = py.add %arg6, %[[LINEAR1]] : (tensor<2x5x16xf32>, tensor<2x5x16xf32>) -> tensor<2x5x16xf32>
# CHECK-NEXT: return %[[ADD]] : tensor<2x5x16xf32>
