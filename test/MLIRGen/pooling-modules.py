# nn pooling modules in a KernelBench Model.
#
# BUG: every pooling call fails (see pooling.py): the spatial rank is taken
# from the last character of "max_pool2d", which is 'd'.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, kernel_size, stride, padding, dilation):
        super().__init__()
        self.maxpool = nn.MaxPool2d(kernel_size=kernel_size, stride=stride,
                                    padding=padding, dilation=dilation)
        self.avgpool = nn.AvgPool2d(2)
        self.pool1d = nn.MaxPool1d(3, stride=1)

    def forward(self, x):
        y = self.avgpool(self.maxpool(x))
        return self.pool1d(y.flatten(2))


batch_size = 4
channels = 8
height = 33
width = 31


def get_inputs():
    return [torch.randn(batch_size, channels, height, width)]


def get_init_inputs():
    return [3, 2, 1, 2]

# CHECK-LABEL: func.func @Model(
# CHECK-SAME: %arg0: tensor<4x8x33x31xf32> {py.name = "x"}) -> tensor<4x8x54xf32>
# CHECK: %[[M:.*]] = py.max_pool %arg0 {dilation = array<i64: 2, 2>, kernel_size = array<i64: 3, 3>, padding = array<i64: 1, 1>, stride = array<i64: 2, 2>} : tensor<4x8x33x31xf32> -> tensor<4x8x16x15xf32>
# CHECK: %[[A:.*]] = py.avg_pool %[[M]] {{.*}}kernel_size = array<i64: 2, 2>{{.*}} : tensor<4x8x16x15xf32> -> tensor<4x8x8x7xf32>
# CHECK: %[[F:.*]] = py.flatten %[[A]] {start_dim = 2 : i64} : tensor<4x8x8x7xf32> -> tensor<4x8x56xf32>
# CHECK: py.max_pool %[[F]] {{.*}}kernel_size = array<i64: 3>{{.*}}stride = array<i64: 1>} : tensor<4x8x56xf32> -> tensor<4x8x54xf32>
