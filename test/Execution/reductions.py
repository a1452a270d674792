# Reductions over inner, outer and several dims, keepdim or not, with the
# reduced extent both smaller and larger than one block.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch


def sums(x: "f32[7, 13, 5]"):
    return x.sum(dim=(0, 2)), x.sum(), x.mean(-1, keepdim=True)


def extrema(x: "f32[9, 1500]"):
    return x.amax(dim=1), x.amin(dim=0, keepdim=True), torch.max(x, dim=1)[0]


def arg_extrema(x: "f32[11, 37]"):
    return torch.argmax(x, dim=1), torch.argmin(x, dim=0)


def product(x: "f32[6, 10]"):
    return torch.prod(x * 0.1 + 1.0, dim=1)

# CHECK-NOT: FAIL
# CHECK: {{^}}36 passed, 0 failed
