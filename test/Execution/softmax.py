# softmax / log_softmax over the inner, a middle and the outer dim, negative
# dims, rows longer than one block, and nn.Softmax-free torch./Tensor forms.
# RUN: py2triton %s -o %t.py && %verify %s %t.py --trials 3 | FileCheck %s
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

# CHECK: {{^}}function compiled correct eager ms
# CHECK-DAG: {{^}}inner yes 9/9
# CHECK-DAG: {{^}}outer yes 9/9
# CHECK-DAG: {{^}}long_rows yes 9/9
# CHECK-DAG: {{^}}size_one yes 9/9
# CHECK-NOT: REJECTED
# CHECK: {{^}}PASS
