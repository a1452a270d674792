# Views: reshape / view / flatten / squeeze / unsqueeze / permute /
# transpose / expand chains, and reshape of non-contiguous slices (strided,
# transposed, sliced from the end) feeding arithmetic and reductions.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch


def reshape_slices(x: "f32[6, 10, 7]"):
    a = x[1:5, ::3, 2:].reshape(4, -1)
    b = x.transpose(0, 2)[:, 3:8].reshape(-1, 6)
    c = x[:, -4:, ::2].flatten(1)
    return a * 2.0, b + 1.0, c.sum(dim=1)


def chains(x: "f32[1, 12, 5]"):
    y = x.squeeze(0).unsqueeze(-1).permute(2, 1, 0).reshape(5, 3, 4)
    return y, y.transpose(0, 1).reshape(3, 20).mean(dim=0), x.view(4, 3, 5)[::2, 1]


def flatten_expand(x: "f32[3, 1, 4, 2]", y: "f32[4, 1]"):
    return (torch.flatten(x), x.flatten(1, 2), x.expand(3, 5, 4, 2) * y, y.expand(4, 9).t().reshape(-1, 6),
            x.view(3, 8) + x.reshape(3, 8))

# CHECK-NOT: FAIL
# CHECK: {{^}}27 passed, 0 failed
