# nn.Sequential built in __init__: parameters are named by
# their index ("net.0.weight", "blocks.2.bias"); Dropout is the identity in
# eval mode; Linear(bias=False) has no bias argument.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, input_size, hidden_sizes, output_size):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(input_size, hidden_sizes[0]),
            nn.ReLU(),
            nn.Dropout(0.1),
        )
        self.blocks = nn.Sequential(
            nn.Linear(hidden_sizes[0], hidden_sizes[1]), nn.Tanh(),
            nn.Linear(hidden_sizes[1], hidden_sizes[2]), nn.Tanh())
        self.head = nn.Linear(hidden_sizes[-1], output_size, bias=False)

    def forward(self, x):
        return self.head(self.blocks(self.net(x)))


batch_size = 3
input_size = 20
hidden_sizes = [16, 8, 6]
output_size = 5


def get_inputs():
    return [torch.randn(batch_size, input_size)]


def get_init_inputs():
    return [input_size, hidden_sizes, output_size]

# CHECK-LABEL: func.func @Model(
# CHECK-SAME: %arg0: tensor<16x20xf32> {py.name = "net.0.weight", py.param}, %arg1: tensor<16xf32> {py.name = "net.0.bias", py.param}, %arg2: tensor<8x16xf32> {py.name = "blocks.0.weight", py.param}, %arg3: tensor<8xf32> {py.name = "blocks.0.bias", py.param}, %arg4: tensor<6x8xf32> {py.name = "blocks.2.weight", py.param}, %arg5: tensor<6xf32> {py.name = "blocks.2.bias", py.param}, %arg6: tensor<5x6xf32> {py.name = "head.weight", py.param}, %arg7: tensor<3x20xf32> {py.name = "x"}) -> tensor<3x5xf32> attributes {py.class = "Model"} {
# CHECK-NEXT: %[[LINEAR:.*]] = py.linear %arg7, %arg0, %arg1 {operandSegmentSizes = array<i32: 1, 1, 1>} : (tensor<3x20xf32>, tensor<16x20xf32>, tensor<16xf32>) -> tensor<3x16xf32>
# CHECK-NEXT: %[[RELU:.*]] = py.relu %[[LINEAR]] : tensor<3x16xf32> -> tensor<3x16xf32>
# CHECK-NEXT: %[[LINEAR1:.*]] = py.linear %[[RELU]], %arg2, %arg3 {operandSegmentSizes = array<i32: 1, 1, 1>} : (tensor<3x16xf32>, tensor<8x16xf32>, tensor<8xf32>) -> tensor<3x8xf32>
# CHECK-NEXT: %[[TANH:.*]] = py.tanh %[[LINEAR1]] : tensor<3x8xf32> -> tensor<3x8xf32>
# CHECK-NEXT: %[[LINEAR2:.*]] = py.linear %[[TANH]], %arg4, %arg5 {operandSegmentSizes = array<i32: 1, 1, 1>} : (tensor<3x8xf32>, tensor<6x8xf32>, tensor<6xf32>) -> tensor<3x6xf32>
# CHECK-NEXT: %[[TANH1:.*]] = py.tanh %[[LINEAR2]] : tensor<3x6xf32> -> tensor<3x6xf32>
# CHECK-NEXT: %[[LINEAR3:.*]] = py.linear %[[TANH1]], %arg6 {operandSegmentSizes = array<i32: 1, 1, 0>} : (tensor<3x6xf32>, tensor<5x6xf32>) -> tensor<3x5xf32>
# CHECK-NEXT: return %[[LINEAR3]] : tensor<3x5xf32>
