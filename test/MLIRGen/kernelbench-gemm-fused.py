# KernelBench level 2 style: Gemm + Sigmoid + Sum + LogSumExp, with the
# configuration from module constants through get_init_inputs().
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch
import torch.nn as nn


class Model(nn.Module):
    """Linear, sigmoid, sum over features, logsumexp over the batch."""

    def __init__(self, input_size, hidden_size, output_size):
        super(Model, self).__init__()
        self.linear1 = nn.Linear(input_size, hidden_size)
        self.linear2 = nn.Linear(hidden_size, output_size)

    def forward(self, x):
        x = self.linear1(x)
        x = torch.sigmoid(x)
        x = torch.sum(x, dim=1)
        x = torch.logsumexp(x, dim=0)
        return x


batch_size = 128
input_size = 10
hidden_size = 20
output_size = 5


def get_inputs():
    return [torch.rand(batch_size, input_size)]


def get_init_inputs():
    return [input_size, hidden_size, output_size]

# CHECK-LABEL: func.func @Model(
# CHECK-SAME: %arg0: tensor<20x10xf32> {py.name = "linear1.weight", py.param}, %arg1: tensor<20xf32> {py.name = "linear1.bias", py.param}, %arg2: tensor<5x20xf32> {py.name = "linear2.weight", py.param}, %arg3: tensor<5xf32> {py.name = "linear2.bias", py.param}, %arg4: tensor<128x10xf32> {py.name = "x"}) -> tensor<f32> attributes {py.class = "Model"} {
# CHECK-NEXT: %[[LINEAR:.*]] = py.linear %arg4, %arg0, %arg1 {operandSegmentSizes = array<i32: 1, 1, 1>} : (tensor<128x10xf32>, tensor<20x10xf32>, tensor<20xf32>) -> tensor<128x20xf32>
# CHECK-NEXT: %[[SIGMOID:.*]] = py.sigmoid %[[LINEAR]] : tensor<128x20xf32> -> tensor<128x20xf32>
# CHECK-NEXT: %[[SUM:.*]] = py.sum %[[SIGMOID]] {dims = array<i64: 1>} : tensor<128x20xf32> -> tensor<128xf32>
# CHECK-NEXT: %[[LOGSUMEXP:.*]] = py.logsumexp %[[SUM]] {dims = array<i64: 0>} : tensor<128xf32> -> tensor<f32>
# CHECK-NEXT: return %[[LOGSUMEXP]] : tensor<f32>
