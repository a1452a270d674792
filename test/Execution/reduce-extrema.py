# amax / amin / max(dim) / min(dim) values and max() / min() over
# everything: inner, outer, several dims, keepdim, size-1 dims.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch


def values(x: "f32[6, 1, 37]"):
    return (x.amax(dim=-1), torch.amin(x, dim=0), x.amax(dim=(0, 2), keepdim=True),
            torch.max(x, dim=2)[0], torch.min(x, dim=0).values, x.max(), x.min())


def long_rows(x: "f32[3, 1777]"):
    return x.amax(dim=1), x.amin(dim=1, keepdim=True), torch.amax(x, dim=0)

# CHECK-NOT: FAIL
# CHECK: {{^}}18 passed, 0 failed
