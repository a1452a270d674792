# Matrix products through tl.dot: plain, batched with broadcasting,
# matrix-vector, with a fused transpose and a bias epilogue.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch


def mm_bias(a: "f32[37, 50]", b: "f32[50, 29]", c: "f32[29]"):
    return a @ b + c


def bmm_nt(a: "f32[3, 20, 17]", b: "f32[3, 19, 17]"):
    return torch.matmul(a, b.transpose(1, 2))


def broadcast_batch(a: "f32[2, 1, 9, 16]", b: "f32[3, 16, 5]"):
    return a @ b


def matvec(a: "f32[33, 40]", v: "f32[40]"):
    return a @ v

# CHECK-NOT: FAIL
# CHECK: {{^}}36 passed, 0 failed
