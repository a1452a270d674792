# var / std with the default (Bessel) correction, unbiased=False,
# correction=0/2, several dims and keepdim, and torch.var_mean-free
# combinations.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch


def variances(x: "f32[5, 1, 47]"):
    return (torch.var(x, dim=-1), x.var(dim=0, unbiased=False), x.var(dim=2, correction=0),
            torch.var(x, dim=(0, 2), keepdim=True), x.var(), x.var(dim=-1, correction=2))


def deviations(x: "f32[13, 31]"):
    return (torch.std(x, dim=1), x.std(dim=0, unbiased=False), x.std(dim=1, correction=0, keepdim=True),
            torch.std(x), x.std(dim=(0, 1), correction=3))

# CHECK-NOT: FAIL
# CHECK: {{^}}18 passed, 0 failed
