# A KernelBench style causal self-attention block: one nn.Linear makes q, k
# and v, heads are split with slices, view and transpose, and
# scaled_dot_product_attention reads them through those views (strides and
# index maps, no copies) in one flash-attention kernel; the heads are merged
# back with transpose/contiguous/view and projected.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
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
        y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        y = y.transpose(1, 2).contiguous().view(B, T, C)
        return self.proj(y)


batch_size = 2
seq_len = 19
embed_dim = 48
num_heads = 4


def get_inputs():
    return [torch.randn(batch_size, seq_len, embed_dim)]


def get_init_inputs():
    return [embed_dim, num_heads]

# CHECK-NOT: FAIL
# CHECK: {{^}}9 passed, 0 failed
