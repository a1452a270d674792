# logsumexp over inner, outer and several dims, keepdim; large offsets check
# the max shift.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch


def lse(x: "f32[7, 1, 61]"):
    return (torch.logsumexp(x, dim=-1), x.logsumexp(dim=0), torch.logsumexp(x, dim=(0, 2)),
            torch.logsumexp(x, dim=2, keepdim=True), torch.logsumexp(x * 20.0 + 50.0, dim=-1))


def lse_long(x: "f32[2, 1511]"):
    return torch.logsumexp(x, dim=1), torch.logsumexp(x, dim=0, keepdim=True)

# CHECK-NOT: FAIL
# CHECK: {{^}}18 passed, 0 failed
