# softmax / log_softmax over the inner, a middle and the outer dim, negative
# dims, rows longer than one block, and nn.Softmax-free torch./Tensor forms.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn.functional as F


def inner(x: "f32[7, 1, 83]"):
    return F.softmax(x, dim=-1), torch.softmax(x, dim=2), x.softmax(-1), F.log_softmax(x, dim=-1), x.log_softmax(dim=2)


def outer(x: "f32[29, 3, 5]"):
    return F.softmax(x, dim=0), F.log_softmax(x, dim=0), F.softmax(x, dim=1), torch.log_softmax(x, dim=-2)


def long_rows(x: "f32[3, 2111]"):
    return F.softmax(x * 4.0, dim=1), F.log_softmax(x * 4.0, dim=1), F.softmax(x, dim=0)


def size_one(x: "f32[5, 1]"):
    return F.softmax(x, dim=1), F.log_softmax(x, dim=-1), F.softmax(x, dim=0)

# CHECK-NOT: FAIL
# CHECK: {{^}}36 passed, 0 failed
