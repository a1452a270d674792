# Max and average pooling in 1, 2 and 3 dims: kernel, stride (default: the
# kernel), padding, dilation and ceil_mode; unbatched inputs too.
#
# BUG: lib/MLIRGen/TorchCalls.cpp computes the number of spatial dims as
# `name.back() - '0'`, but the name is "max_pool1d" / "avg_pool2d" (ending in
# 'd'), so k = 52: an int kernel is expanded to 52 elements and a tuple kernel
# is rejected ("kernel_size must have 52 elements"). Every pooling call fails.
# The expected output below follows torch's shapes.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch
import torch.nn.functional as F


# CHECK-LABEL: func.func @pool1d(
# CHECK-SAME: %arg0: tensor<2x4x17xf32> {py.name = "x"}) -> (tensor<2x4x5xf32>, tensor<2x4x8xf32>, tensor<2x4x9xf32>)
# CHECK: py.max_pool %arg0 {{.*}}kernel_size = array<i64: 3>{{.*}} : tensor<2x4x17xf32> -> tensor<2x4x5xf32>
# CHECK: py.avg_pool %arg0 {{.*}}kernel_size = array<i64: 4>, padding = array<i64: 1>, stride = array<i64: 2>} : tensor<2x4x17xf32> -> tensor<2x4x8xf32>
# CHECK: py.max_pool %arg0 {ceil_mode = true, {{.*}}kernel_size = array<i64: 2>{{.*}} : tensor<2x4x17xf32> -> tensor<2x4x9xf32>
def pool1d(x: "f32[2, 4, 17]"):
    return F.max_pool1d(x, 3), F.avg_pool1d(x, 4, stride=2, padding=1), F.max_pool1d(x, 2, ceil_mode=True)


# CHECK-LABEL: func.func @pool2d(
# CHECK-SAME: -> (tensor<2x3x8x7xf32>, tensor<2x3x8x16xf32>, tensor<2x3x12x11xf32>, tensor<2x3x8x8xf32>, tensor<2x3x4x4xf32>)
# CHECK: py.max_pool %arg0 {{.*}}kernel_size = array<i64: 2, 2>{{.*}} : tensor<2x3x16x15xf32> -> tensor<2x3x8x7xf32>
# CHECK: py.max_pool %arg0 {{.*}}kernel_size = array<i64: 3, 2>, padding = array<i64: 1, 1>, stride = array<i64: 2, 1>} : tensor<2x3x16x15xf32> -> tensor<2x3x8x16xf32>
# CHECK: py.max_pool %arg0 {dilation = array<i64: 2, 2>, kernel_size = array<i64: 3, 3>, {{.*}}stride = array<i64: 1, 1>} : tensor<2x3x16x15xf32> -> tensor<2x3x12x11xf32>
# CHECK: py.avg_pool %arg0 {count_include_pad = false, kernel_size = array<i64: 3, 3>, padding = array<i64: 1, 1>, stride = array<i64: 2, 2>} : tensor<2x3x16x15xf32> -> tensor<2x3x8x8xf32>
# CHECK: py.avg_pool %arg0 {ceil_mode = true, kernel_size = array<i64: 4, 4>{{.*}} : tensor<2x3x16x15xf32> -> tensor<2x3x4x4xf32>
def pool2d(x: "f32[2, 3, 16, 15]"):
    return (F.max_pool2d(x, 2), F.max_pool2d(x, (3, 2), stride=(2, 1), padding=1),
            F.max_pool2d(x, 3, stride=1, dilation=2), F.avg_pool2d(x, 3, 2, 1, count_include_pad=False),
            F.avg_pool2d(x, kernel_size=4, ceil_mode=True))


# CHECK-LABEL: func.func @pool3d(
# CHECK: py.max_pool %arg0 {{.*}}kernel_size = array<i64: 2, 2, 2>{{.*}} : tensor<1x2x8x9x10xf32> -> tensor<1x2x4x4x5xf32>
# CHECK: py.avg_pool %arg0 {{.*}}kernel_size = array<i64: 2, 3, 3>{{.*}}stride = array<i64: 2, 2, 2>} : tensor<1x2x8x9x10xf32> -> tensor<1x2x4x4x4xf32>
def pool3d(x: "f32[1, 2, 8, 9, 10]"):
    return F.max_pool3d(x, 2), F.avg_pool3d(x, (2, 3, 3), stride=2)


# CHECK-LABEL: func.func @unbatched(
# CHECK: py.max_pool %arg0 {{.*}} : tensor<3x12x12xf32> -> tensor<3x6x6xf32>
def unbatched(x: "f32[3, 12, 12]"):
    return F.max_pool2d(x, 2, 2)
