# Dynamic dims: names that are not int module constants are dynamic ('?');
# static sizes that are module constants are substituted; shapes propagate
# through broadcasting, reductions, matmul, views and concatenation.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import torch

HIDDEN = 64


# CHECK-LABEL: func.func @broadcast(
# CHECK-SAME: %arg0: tensor<?x64xf32> {py.name = "x"}, %arg1: tensor<64xf32> {py.name = "b"}, %arg2: tensor<?x1xf32> {py.name = "s"}) -> (tensor<?x64xf32>, tensor<?x64xf32>) {
# CHECK-NEXT: %[[ADD:.*]] = py.add %arg0, %arg1 : (tensor<?x64xf32>, tensor<64xf32>) -> tensor<?x64xf32>
# CHECK-NEXT: %[[MUL:.*]] = py.mul %arg0, %arg2 : (tensor<?x64xf32>, tensor<?x1xf32>) -> tensor<?x64xf32>
# CHECK-NEXT: return %[[ADD]], %[[MUL]] : tensor<?x64xf32>, tensor<?x64xf32>
def broadcast(x: "f32[B, HIDDEN]", b: "f32[HIDDEN]", s: "f32[B, 1]"):
    return x + b, x * s


# CHECK-LABEL: func.func @reductions(
# CHECK-SAME: %arg0: tensor<?x?x64xf32> {py.name = "x"}) -> (tensor<?x64xf32>, tensor<?x?x1xf32>, tensor<?x?x64xf32>, tensor<?x64xi64>) {
# CHECK-NEXT: %[[SUM:.*]] = py.sum %arg0 {dims = array<i64: 1>} : tensor<?x?x64xf32> -> tensor<?x64xf32>
# CHECK-NEXT: %[[MEAN:.*]] = py.mean %arg0 {dims = array<i64: -1>, keepdim = true} : tensor<?x?x64xf32> -> tensor<?x?x1xf32>
# CHECK-NEXT: %[[SOFTMAX:.*]] = py.softmax %arg0 {dim = -1 : i64} : tensor<?x?x64xf32> -> tensor<?x?x64xf32>
# CHECK-NEXT: %[[ARGMAX:.*]] = py.argmax %arg0 {dims = array<i64: 1>} : tensor<?x?x64xf32> -> tensor<?x64xi64>
# CHECK-NEXT: return %[[SUM]], %[[MEAN]], %[[SOFTMAX]], %[[ARGMAX]] : tensor<?x64xf32>, tensor<?x?x1xf32>, tensor<?x?x64xf32>, tensor<?x64xi64>
def reductions(x: "f32[B, T, HIDDEN]"):
    return x.sum(1), x.mean(-1, keepdim=True), torch.softmax(x, -1), torch.max(x, 1)[1]


# CHECK-LABEL: func.func @matmul(
# CHECK-SAME: %arg0: tensor<?x?xbf16> {py.name = "a"}, %arg1: tensor<?x?xbf16> {py.name = "b"}, %arg2: tensor<?x16xbf16> {py.name = "w"}) -> tensor<?x16xbf16> {
# CHECK-NEXT: %[[MATMUL:.*]] = py.matmul %arg0, %arg1 : (tensor<?x?xbf16>, tensor<?x?xbf16>) -> tensor<?x?xbf16>
# CHECK-NEXT: %[[MATMUL1:.*]] = py.matmul %[[MATMUL]], %arg2 : (tensor<?x?xbf16>, tensor<?x16xbf16>) -> tensor<?x16xbf16>
# CHECK-NEXT: return %[[MATMUL1]] : tensor<?x16xbf16>
def matmul(a: "bf16[M, K]", b: "bf16[K, N]", w: "bf16[N, 16]"):
    return a @ b @ w


# CHECK-LABEL: func.func @views(
# CHECK-SAME: %arg0: tensor<?x8x4xf32> {py.name = "x"}) -> (tensor<?x32xf32>, tensor<4x8x?xf32>, tensor<?x1x8x4xf32>, tensor<?x4x4xf32>, tensor<8x4xf32>) {
# CHECK-NEXT: %[[RESHAPE:.*]] = py.reshape %arg0 {shape = array<i64: -1, 32>} : tensor<?x8x4xf32> -> tensor<?x32xf32>
# CHECK-NEXT: %[[TRANSPOSE:.*]] = py.transpose %arg0 {dim0 = 0 : i64, dim1 = 2 : i64} : tensor<?x8x4xf32> -> tensor<4x8x?xf32>
# CHECK-NEXT: %[[UNSQUEEZE:.*]] = py.unsqueeze %arg0 {dim = 1 : i64} : tensor<?x8x4xf32> -> tensor<?x1x8x4xf32>
# CHECK-NEXT: %[[SLICE:.*]] = py.slice %arg0 {dim = 1 : i64, end = 6 : i64, start = 2 : i64} : tensor<?x8x4xf32> -> tensor<?x4x4xf32>
# CHECK-NEXT: %[[SELECT:.*]] = py.select %arg0 {dim = 0 : i64, index = 1 : i64} : tensor<?x8x4xf32> -> tensor<8x4xf32>
# CHECK-NEXT: return %[[RESHAPE]], %[[TRANSPOSE]], %[[UNSQUEEZE]], %[[SLICE]], %[[SELECT]] : tensor<?x32xf32>, tensor<4x8x?xf32>, tensor<?x1x8x4xf32>, tensor<?x4x4xf32>, tensor<8x4xf32>
def views(x: "f32[B, 8, 4]"):
    return x.reshape(-1, 32), x.transpose(0, 2), x.unsqueeze(1), x[:, 2:6], x[1]


# CHECK-LABEL: func.func @concat(
# CHECK-SAME: %arg0: tensor<?x4xf32> {py.name = "a"}, %arg1: tensor<?x4xf32> {py.name = "b"}) -> (tensor<?x4xf32>, tensor<?x8xf32>) {
# CHECK-NEXT: %[[CAT:.*]] = py.cat %arg0, %arg1 : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
# CHECK-NEXT: %[[CAT1:.*]] = py.cat %arg0, %arg0 {dim = 1 : i64} : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x8xf32>
# CHECK-NEXT: return %[[CAT]], %[[CAT1]] : tensor<?x4xf32>, tensor<?x8xf32>
def concat(a: "f32[B, 4]", b: "f32[C, 4]"):
    return torch.cat([a, b]), torch.cat([a, a], dim=1)


# CHECK-LABEL: func.func @question_mark(
# CHECK-SAME: %arg0: tensor<?x3xf16> {py.name = "x"}) -> tensor<?x3xf32> {
# CHECK-NEXT: %[[CAST:.*]] = py.cast %arg0 {py.explicit} : tensor<?x3xf16> -> tensor<?x3xf32>
# CHECK-NEXT: return %[[CAST]] : tensor<?x3xf32>
def question_mark(x: "f16[?, 3]"):
    return x.float()
