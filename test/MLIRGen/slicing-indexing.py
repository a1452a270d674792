# Basic indexing: ints select, slices narrow (with steps, negative bounds and
# clamping), None inserts a dim, '...' expands.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch


# CHECK-LABEL: func.func @slices(
# CHECK-SAME: %arg0: tensor<8x10xf32> {py.name = "x"}) -> (tensor<8x2xf32>, tensor<6x10xf32>, tensor<7x10xf32>, tensor<3x4xf32>, tensor<7x10xf32>) {
# CHECK-NEXT: %[[SLICE:.*]] = py.slice %arg0 {dim = 1 : i64, end = 5 : i64, start = 1 : i64, step = 2 : i64} : tensor<8x10xf32> -> tensor<8x2xf32>
# CHECK-NEXT: %[[SLICE1:.*]] = py.slice %arg0 {start = 2 : i64} : tensor<8x10xf32> -> tensor<6x10xf32>
# CHECK-NEXT: %[[SLICE2:.*]] = py.slice %arg0 {end = -1 : i64} : tensor<8x10xf32> -> tensor<7x10xf32>
# CHECK-NEXT: %[[SLICE3:.*]] = py.slice %arg0 {step = 3 : i64} : tensor<8x10xf32> -> tensor<3x10xf32>
# CHECK-NEXT: %[[SLICE4:.*]] = py.slice %[[SLICE3]] {dim = 1 : i64, start = -4 : i64} : tensor<3x10xf32> -> tensor<3x4xf32>
# CHECK-NEXT: %[[SLICE5:.*]] = py.slice %arg0 {end = 100 : i64, start = 1 : i64} : tensor<8x10xf32> -> tensor<7x10xf32>
# CHECK-NEXT: return %[[SLICE]], %[[SLICE1]], %[[SLICE2]], %[[SLICE4]], %[[SLICE5]] : tensor<8x2xf32>, tensor<6x10xf32>, tensor<7x10xf32>, tensor<3x4xf32>, tensor<7x10xf32>
def slices(x: "f32[8, 10]"):
    return x[:, 1:5:2], x[2:], x[:-1], x[::3, -4:], x[1:100]


# CHECK-LABEL: func.func @int_index(
# CHECK-SAME: %arg0: tensor<4x5x6xf32> {py.name = "x"}) -> (tensor<5x6xf32>, tensor<4x6xf32>, tensor<f32>, tensor<4x5xf32>) {
# CHECK-NEXT: %[[SELECT:.*]] = py.select %arg0 {dim = 0 : i64, index = 0 : i64} : tensor<4x5x6xf32> -> tensor<5x6xf32>
# CHECK-NEXT: %[[SELECT1:.*]] = py.select %arg0 {dim = 1 : i64, index = -1 : i64} : tensor<4x5x6xf32> -> tensor<4x6xf32>
# CHECK-NEXT: %[[SELECT2:.*]] = py.select %arg0 {dim = 0 : i64, index = 1 : i64} : tensor<4x5x6xf32> -> tensor<5x6xf32>
# CHECK-NEXT: %[[SELECT3:.*]] = py.select %[[SELECT2]] {dim = 0 : i64, index = 2 : i64} : tensor<5x6xf32> -> tensor<6xf32>
# CHECK-NEXT: %[[SELECT4:.*]] = py.select %[[SELECT3]] {dim = 0 : i64, index = 3 : i64} : tensor<6xf32> -> tensor<f32>
# CHECK-NEXT: %[[SELECT5:.*]] = py.select %arg0 {dim = 2 : i64, index = 0 : i64} : tensor<4x5x6xf32> -> tensor<4x5xf32>
# CHECK-NEXT: return %[[SELECT]], %[[SELECT1]], %[[SELECT4]], %[[SELECT5]] : tensor<5x6xf32>, tensor<4x6xf32>, tensor<f32>, tensor<4x5xf32>
def int_index(x: "f32[4, 5, 6]"):
    return x[0], x[:, -1], x[1, 2, 3], x[..., 0]


# CHECK-LABEL: func.func @new_axes(
# CHECK-SAME: %arg0: tensor<4x5xf32> {py.name = "x"}) -> (tensor<4x5x1xf32>, tensor<1x4x5xf32>, tensor<4x1x5xf32>, tensor<1x4x5x1xf32>) {
# CHECK-NEXT: %[[UNSQUEEZE:.*]] = py.unsqueeze %arg0 {dim = 2 : i64} : tensor<4x5xf32> -> tensor<4x5x1xf32>
# CHECK-NEXT: %[[UNSQUEEZE1:.*]] = py.unsqueeze %arg0 {dim = 0 : i64} : tensor<4x5xf32> -> tensor<1x4x5xf32>
# CHECK-NEXT: %[[UNSQUEEZE2:.*]] = py.unsqueeze %arg0 {dim = 1 : i64} : tensor<4x5xf32> -> tensor<4x1x5xf32>
# CHECK-NEXT: %[[UNSQUEEZE3:.*]] = py.unsqueeze %arg0 {dim = 0 : i64} : tensor<4x5xf32> -> tensor<1x4x5xf32>
# CHECK-NEXT: %[[UNSQUEEZE4:.*]] = py.unsqueeze %[[UNSQUEEZE3]] {dim = 3 : i64} : tensor<1x4x5xf32> -> tensor<1x4x5x1xf32>
# CHECK-NEXT: return %[[UNSQUEEZE]], %[[UNSQUEEZE1]], %[[UNSQUEEZE2]], %[[UNSQUEEZE4]] : tensor<4x5x1xf32>, tensor<1x4x5xf32>, tensor<4x1x5xf32>, tensor<1x4x5x1xf32>
def new_axes(x: "f32[4, 5]"):
    return x[..., None], x[None], x[:, None, :], x[None, ..., None]


# CHECK-LABEL: func.func @mixed(
# CHECK-SAME: %arg0: tensor<2x3x8x8xf16> {py.name = "x"}) -> (tensor<2x4x4xf16>, tensor<2x3x6x6xf16>) {
# CHECK-NEXT: %[[SELECT:.*]] = py.select %arg0 {dim = 1 : i64, index = 0 : i64} : tensor<2x3x8x8xf16> -> tensor<2x8x8xf16>
# CHECK-NEXT: %[[SLICE:.*]] = py.slice %[[SELECT]] {dim = 1 : i64, end = 6 : i64, start = 2 : i64} : tensor<2x8x8xf16> -> tensor<2x4x8xf16>
# CHECK-NEXT: %[[SLICE1:.*]] = py.slice %[[SLICE]] {dim = 2 : i64, step = 2 : i64} : tensor<2x4x8xf16> -> tensor<2x4x4xf16>
# CHECK-NEXT: %[[SLICE2:.*]] = py.slice %arg0 {dim = 2 : i64, end = -1 : i64, start = 1 : i64} : tensor<2x3x8x8xf16> -> tensor<2x3x6x8xf16>
# CHECK-NEXT: %[[SLICE3:.*]] = py.slice %[[SLICE2]] {dim = 3 : i64, end = -1 : i64, start = 1 : i64} : tensor<2x3x6x8xf16> -> tensor<2x3x6x6xf16>
# CHECK-NEXT: return %[[SLICE1]], %[[SLICE3]] : tensor<2x4x4xf16>, tensor<2x3x6x6xf16>
def mixed(x: "f16[2, 3, 8, 8]"):
    return x[:, 0, 2:6, ::2], x[..., 1:-1, 1:-1]


# CHECK-LABEL: func.func @halves(
# CHECK-SAME: %arg0: tensor<4x16xf32> {py.name = "x"}) -> tensor<4x8xf32> {
# CHECK-NEXT: %[[SLICE:.*]] = py.slice %arg0 {dim = 1 : i64, end = 8 : i64} : tensor<4x16xf32> -> tensor<4x8xf32>
# CHECK-NEXT: %[[SLICE1:.*]] = py.slice %arg0 {dim = 1 : i64, start = 8 : i64} : tensor<4x16xf32> -> tensor<4x8xf32>
# CHECK-NEXT: %[[SIGMOID:.*]] = py.sigmoid %[[SLICE1]] : tensor<4x8xf32> -> tensor<4x8xf32>
# CHECK-NEXT: %[[MUL:.*]] = py.mul %[[SLICE]], %[[SIGMOID]] : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
# CHECK-NEXT: return %[[MUL]] : tensor<4x8xf32>
def halves(x: "f32[4, 16]"):
    # GLU-style split of the last dim.
    a = x[..., :8]
    b = x[..., 8:]
    return a * torch.sigmoid(b)


# CHECK-LABEL: func.func @shape_and_size(
# CHECK-SAME: %arg0: tensor<3x7x9xf32> {py.name = "x"}) -> (tensor<3x3x3xf32>, tensor<3x7xf32>) {
# CHECK-NEXT: %[[SLICE:.*]] = py.slice %arg0 {dim = 1 : i64, end = 3 : i64} : tensor<3x7x9xf32> -> tensor<3x3x9xf32>
# CHECK-NEXT: %[[SLICE1:.*]] = py.slice %[[SLICE]] {dim = 2 : i64, start = 6 : i64} : tensor<3x3x9xf32> -> tensor<3x3x3xf32>
# CHECK-NEXT: %[[SELECT:.*]] = py.select %arg0 {dim = 2 : i64, index = 3 : i64} : tensor<3x7x9xf32> -> tensor<3x7xf32>
# CHECK-NEXT: return %[[SLICE1]], %[[SELECT]] : tensor<3x3x3xf32>, tensor<3x7xf32>
def shape_and_size(x: "f32[3, 7, 9]"):
    n, c, l = x.shape
    return x[:, : c // 2, x.size(2) - 3 :], x[:, :, x.shape[-1] // 3]
