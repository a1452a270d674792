# `py2triton FILE -o OUT --verify` writes the kernel module, then runs it
# against FILE (py2triton.check) and exits 1 if any trial fails.
# RUN: py2triton %s -o %t.py --verify | FileCheck %s
import torch


def scaled_tanh(x: "f32[N, 33]", s: float):
    return torch.tanh(x) * s

# CHECK: scaled_tanh fp32 0
# CHECK-NOT: FAIL
# CHECK: {{^}}9 passed, 0 failed
