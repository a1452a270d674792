# A KernelBench level-2 Model: __init__ runs symbolically from
# get_init_inputs(); nn.Linear's weight and bias become leading arguments
# named by attribute path; get_inputs() gives the forward argument shapes.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, in_features, out_features, slope, scale):
        super().__init__()
        self.fc = nn.Linear(in_features, out_features)
        self.act = nn.LeakyReLU(slope)
        self.scale = scale

    def forward(self, x):
        x = self.fc(x)
        x = self.act(x)
        return x * self.scale


batch_size = 12
in_features = 33
out_features = 17


def get_inputs():
    return [torch.randn(batch_size, in_features)]


def get_init_inputs():
    return [in_features, out_features, 0.2, 3.0]

# CHECK-LABEL: func.func @Model(
# CHECK-SAME: %arg0: tensor<17x33xf32> {py.name = "fc.weight", py.param}
# CHECK-SAME: %arg1: tensor<17xf32> {py.name = "fc.bias", py.param}
# CHECK-SAME: %arg2: tensor<12x33xf32> {py.name = "x"}
# CHECK-SAME: -> tensor<12x17xf32>
# CHECK-SAME: py.class = "Model"
# CHECK: %[[L:.*]] = py.linear %arg2, %arg0, %arg1
# CHECK: %[[A:.*]] = py.leaky_relu %[[L]] {negative_slope = 2.000000e-01 : f64}
# CHECK: %[[S:.*]] = py.constant dense<3.000000e+00> : tensor<f32>
# CHECK: %[[R:.*]] = py.mul %[[A]], %[[S]]
# CHECK: return %[[R]] : tensor<12x17xf32>
