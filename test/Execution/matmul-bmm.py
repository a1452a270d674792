# torch.bmm, torch.matmul with batch broadcasting, torch.mm, F.linear with
# and without bias (1-D and 3-D inputs), each followed by an activation.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn.functional as F


def bmm_relu(a: "f32[3, 17, 24]", b: "f32[3, 24, 9]"):
    return torch.relu(torch.bmm(a, b)), torch.sigmoid(a.bmm(b))


def matmul_broadcast(a: "f32[2, 1, 7, 16]", b: "f32[5, 16, 3]", v: "f32[16]"):
    return torch.matmul(a, b) * 0.5, F.silu(torch.matmul(a, v)), torch.matmul(v, b)


def mm_tanh(a: "f32[19, 33]", b: "f32[33, 1]"):
    return torch.tanh(torch.mm(a, b)), a.mm(b)


def linear(x: "f32[2, 5, 23]", w: "f32[13, 23]", b: "f32[13]", v: "f32[23]"):
    return F.linear(x, w, b), F.leaky_relu(F.linear(x, w), 0.1), F.linear(v, w, b)

# CHECK-NOT: FAIL
# CHECK: {{^}}36 passed, 0 failed
