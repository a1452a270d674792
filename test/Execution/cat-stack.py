# torch.cat / torch.stack: each input fills its range of the output dim.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch


def cat_rows(x: "f32[3, 7]", y: "f32[5, 7]", z: "f32[1, 7]"):
    return torch.cat([x, y, z], dim=0)


def cat_cols_fused(x: "f32[4, 6]", y: "f32[4, 3]"):
    return torch.cat((torch.relu(x), y * 2.0), dim=1) + 1.0


def stack_last(x: "f32[5, 3]", y: "f32[5, 3]"):
    return torch.stack([x, y.t().t()], dim=-1)

# CHECK-NOT: FAIL
# CHECK: {{^}}27 passed, 0 failed
