# KernelBench level 1 style: the reduced dim is a constructor argument kept
# on self and used in forward; get_inputs() uses the helper constants.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch
import torch.nn as nn


class Model(nn.Module):
    """Argmin over a dimension, then the minimum values gathered by hand."""

    def __init__(self, dim: int):
        super(Model, self).__init__()
        self.dim = dim

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        idx = torch.argmin(x, dim=self.dim)
        values = torch.min(x, dim=self.dim, keepdim=True)[0]
        return idx, values.squeeze(self.dim), torch.mean(x, dim=self.dim) / x.shape[self.dim]


batch_size = 16
dim1 = 256
dim2 = 255
dim = 1


def get_inputs():
    x = torch.randn(batch_size, dim1, dim2)
    return [x]


def get_init_inputs():
    return [dim]

# CHECK-LABEL: func.func @Model(
# CHECK-SAME: %arg0: tensor<16x256x255xf32> {py.name = "x"}) -> (tensor<16x255xi64>, tensor<16x255xf32>, tensor<16x255xf32>) attributes {py.class = "Model"} {
# CHECK-NEXT: %[[ARGMIN:.*]] = py.argmin %arg0 {dims = array<i64: 1>} : tensor<16x256x255xf32> -> tensor<16x255xi64>
# CHECK-NEXT: %[[AMIN:.*]] = py.amin %arg0 {dims = array<i64: 1>, keepdim = true} : tensor<16x256x255xf32> -> tensor<16x1x255xf32>
# CHECK-NEXT: %[[SQUEEZE:.*]] = py.squeeze %[[AMIN]] {dims = array<i64: 1>} : tensor<16x1x255xf32> -> tensor<16x255xf32>
# CHECK-NEXT: %[[MEAN:.*]] = py.mean %arg0 {dims = array<i64: 1>} : tensor<16x256x255xf32> -> tensor<16x255xf32>
# CHECK-NEXT: %[[C:.*]] = py.constant dense<2.560000e+02> : tensor<f32>
# CHECK-NEXT: %[[DIV:.*]] = py.div %[[MEAN]], %[[C]] : (tensor<16x255xf32>, tensor<f32>) -> tensor<16x255xf32>
# CHECK-NEXT: return %[[ARGMIN]], %[[SQUEEZE]], %[[DIV]] : tensor<16x255xi64>, tensor<16x255xf32>, tensor<16x255xf32>
