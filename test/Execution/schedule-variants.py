# Schedule variants (--schedule knobs, as --search enumerates them) compute
# the same results as the default schedule.
# RUN: py2triton %s -o %t.default.py && %check %s %t.default.py | FileCheck %s
# RUN: py2triton %s -o %t.looped.py --schedule=reduction=looped,row_block=32,num_warps=2 && %check %s %t.looped.py | FileCheck %s
# RUN: py2triton %s -o %t.nofuse.py --schedule=fuse=0,block=64 && %check %s %t.nofuse.py | FileCheck %s
# RUN: py2triton %s -o %t.tile.py --schedule=matmul_tile=16x32x16,num_stages=2 && %check %s %t.tile.py | FileCheck %s
# RUN: py2triton %s -o %t.splitk.py --schedule=split_k=3 && %check %s %t.splitk.py | FileCheck %s
import torch
import torch.nn.functional as F


def softmax_residual(x: "f32[7, 131]", r: "f32[7, 131]"):
    return torch.softmax(x, dim=-1) * 2.0 + r


def layer_norm(x: "f32[5, 3, 97]", w: "f32[97]", b: "f32[97]"):
    return F.layer_norm(x, (97,), w, b)


def linear_gelu(x: "f32[37, 150]", w: "f32[45, 150]", b: "f32[45]"):
    return F.gelu(F.linear(x, w, b))

# CHECK-NOT: FAIL
# CHECK: {{^}}27 passed, 0 failed
