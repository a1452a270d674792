# Reductions over outer dims (the innermost dim is kept, so kept elements are
# contiguous): wide column tiles, prime and size-1 extents, dim 0 of 2-D, dim
# 1 of 3-D, several dims, keepdim, fused producers and epilogues, and a
# normalisation over dim 0 (the output loop of a looped row kernel).
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch


def col_sums(x: "f32[37, 131]"):
    return x.sum(dim=0), x.mean(dim=0, keepdim=True), x.amax(dim=0), x.amin(dim=0)


def middle_dim(x: "f32[3, 29, 7]"):
    return x.sum(dim=1), x.mean(dim=1, keepdim=True), torch.amax(x, dim=-2)


def several_dims(x: "f32[5, 11, 7, 13]"):
    return x.sum(dim=(0, 2)), x.amax(dim=(0, 2), keepdim=True)


def size_one(x: "f32[1, 50]", y: "f32[23, 1]"):
    return x.sum(dim=0), y.sum(dim=0), y.mean(dim=0, keepdim=True)


def fused(x: "f32[41, 19]", b: "f32[19]"):
    return (x * x).sum(dim=0), x.mean(dim=0) * 2.0 + b, torch.sqrt((x * x).mean(dim=0))


def product(x: "f32[7, 33]"):
    return (1.0 + 0.1 * x).prod(dim=0)


def centred(x: "f32[37, 131]"):
    return x - x.mean(dim=0, keepdim=True)

# CHECK-NOT: FAIL
# CHECK: {{^}}63 passed, 0 failed
