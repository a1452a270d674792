# Exponential-based activations: elu, celu, selu, softplus (default, beta,
# threshold), silu, mish, through F.* and torch.*; inputs span both signs
# and the softplus linear region.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn.functional as F


def elus(x: "f32[5, 1, 97]"):
    return F.elu(x), F.elu(x, alpha=0.5), F.celu(x), F.celu(x, 2.5), F.selu(x), torch.selu(x)


def softplus(x: "f32[13, 61]"):
    y = x * 8.0
    return F.softplus(y), F.softplus(y, beta=2.0), F.softplus(y, beta=0.5, threshold=3.0)


def swish(x: "f32[3, 331]"):
    return F.silu(x), F.mish(x), F.silu(x * 6.0), F.mish(x * 6.0)

# CHECK-NOT: FAIL
# CHECK: {{^}}27 passed, 0 failed
