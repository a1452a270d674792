# KernelBench style multi-head self-attention written with nn.Linear
# projections, view/transpose head splitting and scaled_dot_product_attention.
# RUN: py2triton %s --emit=mlir | FileCheck %s
import math

import torch
import torch.nn as nn
import torch.nn.functional as F


class Model(nn.Module):
    def __init__(self, embed_dim, num_heads):
        super().__init__()
        self.num_heads = num_heads
        self.head_dim = embed_dim // num_heads
        self.qkv = nn.Linear(embed_dim, 3 * embed_dim, bias=False)
        self.proj = nn.Linear(embed_dim, embed_dim)

    def forward(self, x):
        B, T, C = x.size()
        qkv = self.qkv(x)
        q, k, v = qkv[:, :, :C], qkv[:, :, C:2 * C], qkv[:, :, 2 * C:]
        q = q.view(B, T, self.num_heads, self.head_dim).transpose(1, 2)
        k = k.view(B, T, self.num_heads, self.head_dim).transpose(1, 2)
        v = v.view(B, T, self.num_heads, self.head_dim).transpose(1, 2)
        y = F.scaled_dot_product_attention(q, k, v, is_causal=True,
                                           scale=1.0 / math.sqrt(self.head_dim))
        y = y.transpose(1, 2).contiguous().view(B, T, C)
        return self.proj(y)


batch_size = 2
seq_len = 16
embed_dim = 32
num_heads = 4


def get_inputs():
    return [torch.randn(batch_size, seq_len, embed_dim)]


def get_init_inputs():
    return [embed_dim, num_heads]

# CHECK-LABEL: func.func @Model(
# CHECK-SAME: %arg0: tensor<96x32xf32> {py.name = "qkv.weight", py.param}, %arg1: tensor<32x32xf32> {py.name = "proj.weight", py.param}, %arg2: tensor<32xf32> {py.name = "proj.bias", py.param}, %arg3: tensor<2x16x32xf32> {py.name = "x"}) -> tensor<2x16x32xf32> attributes {py.class = "Model"} {
# CHECK-NEXT: %[[LINEAR:.*]] = py.linear %arg3, %arg0 {operandSegmentSizes = array<i32: 1, 1, 0>} : (tensor<2x16x32xf32>, tensor<96x32xf32>) -> tensor<2x16x96xf32>
# CHECK-NEXT: %[[SLICE:.*]] = py.slice %[[LINEAR]] {dim = 2 : i64, end = 32 : i64} : tensor<2x16x96xf32> -> tensor<2x16x32xf32>
# CHECK-NEXT: %[[SLICE1:.*]] = py.slice %[[LINEAR]] {dim = 2 : i64, end = 64 : i64, start = 32 : i64} : tensor<2x16x96xf32> -> tensor<2x16x32xf32>
# CHECK-NEXT: %[[SLICE2:.*]] = py.slice %[[LINEAR]] {dim = 2 : i64, start = 64 : i64} : tensor<2x16x96xf32> -> tensor<2x16x32xf32>
# CHECK-NEXT: %[[RESHAPE:.*]] = py.reshape %[[SLICE]] {shape = array<i64: 2, 16, 4, 8>} : tensor<2x16x32xf32> -> tensor<2x16x4x8xf32>
# CHECK-NEXT: %[[TRANSPOSE:.*]] = py.transpose %[[RESHAPE]] {dim0 = 1 : i64, dim1 = 2 : i64} : tensor<2x16x4x8xf32> -> tensor<2x4x16x8xf32>
# CHECK-NEXT: %[[RESHAPE1:.*]] = py.reshape %[[SLICE1]] {shape = array<i64: 2, 16, 4, 8>} : tensor<2x16x32xf32> -> tensor<2x16x4x8xf32>
# CHECK-NEXT: %[[TRANSPOSE1:.*]] = py.transpose %[[RESHAPE1]] {dim0 = 1 : i64, dim1 = 2 : i64} : tensor<2x16x4x8xf32> -> tensor<2x4x16x8xf32>
# CHECK-NEXT: %[[RESHAPE2:.*]] = py.reshape %[[SLICE2]] {shape = array<i64: 2, 16, 4, 8>} : tensor<2x16x32xf32> -> tensor<2x16x4x8xf32>
# CHECK-NEXT: %[[TRANSPOSE2:.*]] = py.transpose %[[RESHAPE2]] {dim0 = 1 : i64, dim1 = 2 : i64} : tensor<2x16x4x8xf32> -> tensor<2x4x16x8xf32>
# CHECK-NEXT: %[[SCALED_DOT_PRODUCT_ATTENTION:.*]] = py.scaled_dot_product_attention %[[TRANSPOSE]], %[[TRANSPOSE1]], %[[TRANSPOSE2]] {is_causal = true, scale = 0.35355339059327373 : f64} : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x8xf32>
# CHECK-NEXT: %[[TRANSPOSE3:.*]] = py.transpose %[[SCALED_DOT_PRODUCT_ATTENTION]] {dim0 = 1 : i64, dim1 = 2 : i64} : tensor<2x4x16x8xf32> -> tensor<2x16x4x8xf32>
# CHECK-NEXT: %[[RESHAPE3:.*]] = py.reshape %[[TRANSPOSE3]] {shape = array<i64: 2, 16, 32>} : tensor<2x16x4x8xf32> -> tensor<2x16x32xf32>
# CHECK-NEXT: %[[LINEAR1:.*]] = py.linear %[[RESHAPE3]], %arg1, %arg2 {operandSegmentSizes = array<i32: 1, 1, 1>} : (tensor<2x16x32xf32>, tensor<32x32xf32>, tensor<32xf32>) -> tensor<2x16x32xf32>
# CHECK-NEXT: return %[[LINEAR1]] : tensor<2x16x32xf32>
