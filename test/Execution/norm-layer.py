# layer_norm over the last one and two dims, with and without weight /
# bias, custom eps; nn.LayerNorm (elementwise_affine on/off, bias=False) in
# a Model with random affine parameters.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn as nn
import torch.nn.functional as F


class Model(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.ln = nn.LayerNorm(d)
        self.ln2 = nn.LayerNorm([5, d], eps=1e-3)
        self.ln_plain = nn.LayerNorm(d, elementwise_affine=False)
        self.ln_nobias = nn.LayerNorm(d, bias=False)
        self.w = nn.Parameter(torch.randn(d))
        self.b = nn.Parameter(torch.randn(d))
        nn.init.normal_(self.ln.weight)
        nn.init.uniform_(self.ln.bias, -1.0, 1.0)
        nn.init.normal_(self.ln_nobias.weight)

    def forward(self, x):
        x = x * 2.0 + 0.5
        return (self.ln(x), self.ln2(x), self.ln_plain(x), self.ln_nobias(x),
                F.layer_norm(x, (x.shape[-1],), self.w, self.b, 1e-6),
                F.layer_norm(x, [x.size(-1)], weight=self.w))


d = 37


def get_inputs():
    return [torch.randn(3, 1, 5, d)]


def get_init_inputs():
    return [d]

# CHECK-NOT: FAIL
# CHECK: {{^}}9 passed, 0 failed
