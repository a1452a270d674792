# sum and mean over every dim, one dim, negative dims, dim tuples, keepdim,
# and size-1 reduced dims; torch.* and tensor methods.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch


def sums(x: "f32[5, 1, 7, 31]"):
    return (torch.sum(x), x.sum(1), x.sum(-1, keepdim=True), x.sum(dim=(0, 3)),
            torch.sum(x, dim=[1, 2], keepdim=True))


def means(x: "f32[5, 1, 7, 31]"):
    return (torch.mean(x), x.mean(1), x.mean(dim=-2, keepdim=True),
            x.mean(dim=(0, 2, 3)), torch.mean(x, (-1, -3)))


def long_rows(x: "f32[3, 2053]"):
    return x.sum(dim=1), x.mean(dim=0), x.sum(dim=0, keepdim=True)

# CHECK-NOT: FAIL
# CHECK: {{^}}27 passed, 0 failed
