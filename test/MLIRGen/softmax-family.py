# softmax / log_softmax: torch.*, F.*, methods and modules; dim may be
# negative; dtype= casts the input first.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch
import torch.nn as nn
import torch.nn.functional as F


# CHECK-LABEL: func.func @functional(
# CHECK-SAME: %arg0: tensor<4x10xf32> {py.name = "x"}) -> (tensor<4x10xf32>, tensor<4x10xf32>, tensor<4x10xf32>, tensor<4x10xf32>) {
# CHECK-NEXT: %[[SOFTMAX:.*]] = py.softmax %arg0 {dim = -1 : i64} : tensor<4x10xf32> -> tensor<4x10xf32>
# CHECK-NEXT: %[[LOG_SOFTMAX:.*]] = py.log_softmax %arg0 {dim = 1 : i64} : tensor<4x10xf32> -> tensor<4x10xf32>
# CHECK-NEXT: %[[SOFTMAX1:.*]] = py.softmax %arg0 {dim = 0 : i64} : tensor<4x10xf32> -> tensor<4x10xf32>
# CHECK-NEXT: %[[LOG_SOFTMAX1:.*]] = py.log_softmax %arg0 {dim = -2 : i64} : tensor<4x10xf32> -> tensor<4x10xf32>
# CHECK-NEXT: return %[[SOFTMAX]], %[[LOG_SOFTMAX]], %[[SOFTMAX1]], %[[LOG_SOFTMAX1]] : tensor<4x10xf32>, tensor<4x10xf32>, tensor<4x10xf32>, tensor<4x10xf32>
def functional(x: "f32[4, 10]"):
    return F.softmax(x, dim=-1), F.log_softmax(x, 1), torch.softmax(x, 0), torch.log_softmax(x, dim=-2)


# CHECK-LABEL: func.func @methods(
# CHECK-SAME: %arg0: tensor<2x3x5xbf16> {py.name = "x"}) -> (tensor<2x3x5xbf16>, tensor<2x3x5xbf16>) {
# CHECK-NEXT: %[[SOFTMAX:.*]] = py.softmax %arg0 {dim = -1 : i64} : tensor<2x3x5xbf16> -> tensor<2x3x5xbf16>
# CHECK-NEXT: %[[LOG_SOFTMAX:.*]] = py.log_softmax %arg0 {dim = 1 : i64} : tensor<2x3x5xbf16> -> tensor<2x3x5xbf16>
# CHECK-NEXT: return %[[SOFTMAX]], %[[LOG_SOFTMAX]] : tensor<2x3x5xbf16>, tensor<2x3x5xbf16>
def methods(x: "bf16[2, 3, 5]"):
    return x.softmax(-1), x.log_softmax(dim=1)


# CHECK-LABEL: func.func @with_dtype(
# CHECK-SAME: %arg0: tensor<8x32xf16> {py.name = "x"}) -> (tensor<8x32xf32>, tensor<8x32xf64>) {
# CHECK-NEXT: %[[CAST:.*]] = py.cast %arg0 {py.explicit} : tensor<8x32xf16> -> tensor<8x32xf32>
# CHECK-NEXT: %[[SOFTMAX:.*]] = py.softmax %[[CAST]] {dim = -1 : i64} : tensor<8x32xf32> -> tensor<8x32xf32>
# CHECK-NEXT: %[[CAST1:.*]] = py.cast %arg0 {py.explicit} : tensor<8x32xf16> -> tensor<8x32xf64>
# CHECK-NEXT: %[[LOG_SOFTMAX:.*]] = py.log_softmax %[[CAST1]] {dim = -1 : i64} : tensor<8x32xf64> -> tensor<8x32xf64>
# CHECK-NEXT: return %[[SOFTMAX]], %[[LOG_SOFTMAX]] : tensor<8x32xf32>, tensor<8x32xf64>
def with_dtype(x: "f16[8, 32]"):
    return F.softmax(x, dim=-1, dtype=torch.float32), x.log_softmax(-1, dtype=torch.float64)


# CHECK-LABEL: func.func @int_input(
# CHECK-SAME: %arg0: tensor<3x4xi64> {py.name = "x"}) -> tensor<3x4xf32> {
# CHECK-NEXT: %[[CAST:.*]] = py.cast %arg0 {py.explicit} : tensor<3x4xi64> -> tensor<3x4xf32>
# CHECK-NEXT: %[[SOFTMAX:.*]] = py.softmax %[[CAST]] {dim = 1 : i64} : tensor<3x4xf32> -> tensor<3x4xf32>
# CHECK-NEXT: return %[[SOFTMAX]] : tensor<3x4xf32>
def int_input(x: "i64[3, 4]"):
    # Softmax of an int tensor needs a float dtype.
    return torch.softmax(x, 1, dtype=torch.float32)


# CHECK-LABEL: func.func @stable_softmax(
# CHECK-SAME: %arg0: tensor<16x128xf32> {py.name = "x"}) -> tensor<16x128xf32> {
# CHECK-NEXT: %[[AMAX:.*]] = py.amax %arg0 {dims = array<i64: -1>, keepdim = true} : tensor<16x128xf32> -> tensor<16x1xf32>
# CHECK-NEXT: %[[SUB:.*]] = py.sub %arg0, %[[AMAX]] : (tensor<16x128xf32>, tensor<16x1xf32>) -> tensor<16x128xf32>
# CHECK-NEXT: %[[EXP:.*]] = py.exp %[[SUB]] : tensor<16x128xf32> -> tensor<16x128xf32>
# CHECK-NEXT: %[[SUM:.*]] = py.sum %[[EXP]] {dims = array<i64: -1>, keepdim = true} : tensor<16x128xf32> -> tensor<16x1xf32>
# CHECK-NEXT: %[[DIV:.*]] = py.div %[[EXP]], %[[SUM]] : (tensor<16x128xf32>, tensor<16x1xf32>) -> tensor<16x128xf32>
# CHECK-NEXT: return %[[DIV]] : tensor<16x128xf32>
def stable_softmax(x: "f32[16, 128]"):
    # Written out by hand, KernelBench style.
    m = torch.amax(x, -1, keepdim=True)
    e = torch.exp(x - m)
    return e / e.sum(dim=-1, keepdim=True)


# CHECK-LABEL: func.func @modules(
# CHECK-SAME: %arg0: tensor<6x9xf32> {py.name = "x"}) -> (tensor<6x9xf32>, tensor<6x9xf32>) {
# CHECK-NEXT: %[[SOFTMAX:.*]] = py.softmax %arg0 {dim = 1 : i64} : tensor<6x9xf32> -> tensor<6x9xf32>
# CHECK-NEXT: %[[LOG_SOFTMAX:.*]] = py.log_softmax %arg0 {dim = -1 : i64} : tensor<6x9xf32> -> tensor<6x9xf32>
# CHECK-NEXT: return %[[SOFTMAX]], %[[LOG_SOFTMAX]] : tensor<6x9xf32>, tensor<6x9xf32>
def modules(x: "f32[6, 9]"):
    return nn.Softmax(dim=1)(x), nn.LogSoftmax(-1)(x)
