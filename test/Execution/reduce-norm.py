# Vector norms: torch.norm(x, p) and Tensor.norm with p = 1, 2, inf, 3, over
# one dim, several dims and everything, keepdim; norms of a difference.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch


def norm_p(x: "f32[9, 1, 41]"):
    return (torch.norm(x, p=1, dim=-1), torch.norm(x, dim=0), x.norm(p=2, dim=2, keepdim=True),
            torch.norm(x, p=float("inf"), dim=-1), torch.norm(x, p=3, dim=(0, 2)), torch.norm(x))


def norm_diff(x: "f32[4, 101]", y: "f32[4, 101]"):
    return (torch.norm(x - y, p=1, dim=1), (x - y).norm(dim=0, keepdim=True),
            torch.norm(x - y, p=float("inf")), torch.norm(x + y, p=3, dim=1))

# CHECK-NOT: FAIL
# CHECK: {{^}}18 passed, 0 failed
