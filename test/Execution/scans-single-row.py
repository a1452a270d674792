# Scans with a single row: 1-D tensors and tensors whose other dims are all
# 1 (the output index has no row term; the store must still cover the tile).
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch


def vector(x: "f32[1031]"):
    return torch.cumsum(x, dim=0), torch.cumprod(x * 0.01 + 1.0, dim=-1)


def one_row(x: "f32[1, 7]"):
    return torch.cumsum(x, dim=1), x.flip(1).cumsum(1).flip(1)


def middle(x: "f32[1, 37, 1]"):
    return torch.cumsum(x, dim=1), torch.cumsum(x, dim=1) - x

# CHECK-NOT: FAIL
# CHECK: {{^}}27 passed, 0 failed
