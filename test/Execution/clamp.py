# clamp with min only, max only, both (positional, keyword, tensor method,
# clip alias), and clamp_min / clamp_max where supported.
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch


def clamps(x: "f32[19, 1, 53]"):
    return (torch.clamp(x, -0.5, 0.5), torch.clamp(x, min=0.25),
            torch.clamp(x, max=-0.1), x.clamp(-1.0, 2.0), x.clamp(min=0.0))


def clip(x: "f32[3, 311]"):
    return torch.clip(x, -0.3, 0.7), x.clip(max=0.2)

# CHECK-NOT: FAIL
# CHECK: {{^}}18 passed, 0 failed
