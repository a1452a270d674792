# Outer reductions with few kept tiles and many reduced rows split the rows
# over a second grid axis: partial results in a workspace, then a kernel that
# combines them (and applies the epilogue). Small kept extents trigger it at
# a few thousand elements.
# RUN: py2triton %s -o %t.py && %check %s %t.py --trials 1 | FileCheck %s
import torch


def split_sum(x: "f32[5003, 3]"):
    return x.sum(dim=0), (x > 0).sum(dim=0)


def split_mean_epilogue(x: "f32[4099, 5]"):
    return x.mean(dim=0) * 3.0 + 1.0, torch.sqrt((x * x).mean(dim=0, keepdim=True))


def split_middle_dim(x: "f32[3, 2000, 4]"):
    return x.sum(dim=1), x.amin(dim=1, keepdim=True)


def split_several_dims(x: "f32[50, 3, 40, 4]", y: "f32[700, 13, 3]"):
    return x.sum(dim=(0, 2)), y.amax(dim=(0, 1))


def split_prod(x: "f32[5003, 3]"):
    return (1.0 + 0.01 * x).prod(dim=0)


def split_nested(x: "f32[5003, 3]"):
    # Reductions nested in a split one are their own kernels first (the mean
    # inside the variance, the max inside logsumexp).
    return x.var(dim=0), torch.logsumexp(x, dim=0), torch.softmax(x, dim=0)

# CHECK-NOT: FAIL
# CHECK: {{^}}18 passed, 0 failed
