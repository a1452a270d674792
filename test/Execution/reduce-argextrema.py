# argmax / argmin and the indices of max(dim) / min(dim) over inner, outer
# and all dims, keepdim, on the raw inputs: comparing input elements
# involves no rounding, so the indices are exact in every dtype (exact ties,
# which bf16 produces, take the first index; see reduce-argmax-ties.py).
# Indices of computed values are not compared: near-ties there depend on
# rounding.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch


def indices(x: "f32[11, 29, 3]"):
    return (torch.argmax(x, dim=1), torch.argmin(x, dim=0), x.argmax(dim=-1, keepdim=True),
            torch.argmax(x), x.argmin(), torch.max(x, dim=1)[1], torch.min(x, dim=0).indices,
            torch.argmin(x, dim=2))


def long_rows(x: "f32[2, 1, 1409]"):
    return torch.argmax(x, dim=-1), torch.argmin(x, dim=2), torch.argmax(x, dim=1)

# CHECK-NOT: FAIL
# CHECK: {{^}}18 passed, 0 failed
