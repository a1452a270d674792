# nn.GroupNorm: weight and bias of [num_channels] (none with affine=False),
# num_groups and eps become attributes.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, num_features, num_groups):
        super().__init__()
        self.gn = nn.GroupNorm(num_groups=num_groups, num_channels=num_features)
        self.gn_plain = nn.GroupNorm(2, num_features, eps=1e-3, affine=False)

    def forward(self, x):
        return self.gn_plain(self.gn(x))


batch_size = 2
features = 8
num_groups = 4
dim1 = 6
dim2 = 6


def get_inputs():
    return [torch.randn(batch_size, features, dim1, dim2)]


def get_init_inputs():
    return [features, num_groups]

# CHECK-LABEL: func.func @Model(
# CHECK-SAME: %arg0: tensor<8xf32> {py.name = "gn.weight", py.param}, %arg1: tensor<8xf32> {py.name = "gn.bias", py.param}, %arg2: tensor<2x8x6x6xf32> {py.name = "x"}) -> tensor<2x8x6x6xf32> attributes {py.class = "Model"} {
# CHECK-NEXT: %[[GROUP_NORM:.*]] = py.group_norm %arg2 weight %arg0 bias %arg1 {num_groups = 4 : i64} : (tensor<2x8x6x6xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<2x8x6x6xf32>
# CHECK-NEXT: %[[GROUP_NORM1:.*]] = py.group_norm %[[GROUP_NORM]] {eps = 1.000000e-03 : f64, num_groups = 2 : i64} : (tensor<2x8x6x6xf32>) -> tensor<2x8x6x6xf32>
# CHECK-NEXT: return %[[GROUP_NORM1]] : tensor<2x8x6x6xf32>
