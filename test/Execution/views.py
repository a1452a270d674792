# Views fold into the index maps of the loads: no copies, any strides.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch


def permute_slice(x: "f32[4, 6, 5]"):
    y = x.permute(2, 0, 1)[1:4, :, ::2]
    return y.reshape(3, -1) * 2.0


def select_unsqueeze_flip(x: "f32[4, 6, 5]"):
    return x[..., None][:, 2] + x.flip(1)[:, 0:1, :, None]


def transpose_expand(x: "f32[7, 1]", y: "f32[3, 7]"):
    return x.t().expand(3, 7) * y + x.reshape(1, 7)

# CHECK-NOT: FAIL
# CHECK: {{^}}27 passed, 0 failed
