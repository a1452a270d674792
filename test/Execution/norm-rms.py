# rms_norm with and without weight, default eps (the f32 epsilon) and
# explicit eps, over one and two trailing dims; nn.RMSNorm in a Model.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn as nn
import torch.nn.functional as F


class Model(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.norm = nn.RMSNorm(d, eps=1e-5)
        self.norm2 = nn.RMSNorm([3, d])
        self.plain = nn.RMSNorm(d, elementwise_affine=False)
        self.w = nn.Parameter(torch.randn(d))
        nn.init.normal_(self.norm.weight)
        nn.init.uniform_(self.norm2.weight, 0.5, 1.5)

    def forward(self, x):
        x = x * 3.0
        return (self.norm(x), self.norm2(x), self.plain(x),
                F.rms_norm(x, (x.shape[-1],)), F.rms_norm(x, [x.shape[-1]], self.w, eps=1e-4))


d = 53


def get_inputs():
    return [torch.randn(2, 1, 3, d)]


def get_init_inputs():
    return [d]

# CHECK-NOT: FAIL
# CHECK: {{^}}9 passed, 0 failed
