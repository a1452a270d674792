# --function NAME translates only that function (helpers it calls are
# inlined); get_inputs() then describes its arguments.
# RUN: py2triton %s --emit=mlir --function=gelu_mlp | FileCheck %s
# RUN: py2triton %s --emit=mlir --function residual | FileCheck %s --check-prefix=RES
# CHECK-NOT: func.func @residual
# RES-NOT: func.func @gelu_mlp
import torch
import torch.nn.functional as F


def residual(x, w):
    return torch.relu(x @ w) + x[:, :2]


def gelu_mlp(x, w):
    return F.gelu(x @ w)


def get_inputs():
    return [torch.randn(5, 7), torch.randn(7, 2)]

# CHECK-LABEL: func.func @gelu_mlp(
# CHECK-SAME: %arg0: tensor<5x7xf32> {py.name = "x"}, %arg1: tensor<7x2xf32> {py.name = "w"}) -> tensor<5x2xf32> {
# CHECK-NEXT: %[[MM:.*]] = py.matmul %arg0, %arg1 : (tensor<5x7xf32>, tensor<7x2xf32>) -> tensor<5x2xf32>
# CHECK-NEXT: %[[G:.*]] = py.gelu %[[MM]] : tensor<5x2xf32> -> tensor<5x2xf32>
# CHECK-NEXT: return %[[G]] : tensor<5x2xf32>
# CHECK-NOT: func.func

# RES-LABEL: func.func @residual(
# RES-SAME: %arg0: tensor<5x7xf32> {py.name = "x"}, %arg1: tensor<7x2xf32> {py.name = "w"}) -> tensor<5x2xf32> {
# RES-NEXT: %[[MM:.*]] = py.matmul %arg0, %arg1 : (tensor<5x7xf32>, tensor<7x2xf32>) -> tensor<5x2xf32>
# RES-NEXT: %[[R:.*]] = py.relu %[[MM]] : tensor<5x2xf32> -> tensor<5x2xf32>
# RES-NEXT: %[[S:.*]] = py.slice %arg0 {dim = 1 : i64, end = 2 : i64} : tensor<5x7xf32> -> tensor<5x2xf32>
# RES-NEXT: %[[A:.*]] = py.add %[[R]], %[[S]] : (tensor<5x2xf32>, tensor<5x2xf32>) -> tensor<5x2xf32>
# RES-NEXT: return %[[A]] : tensor<5x2xf32>
# RES-NOT: func.func
