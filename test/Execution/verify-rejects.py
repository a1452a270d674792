# %verify (tools/py2triton-verify) rejects a candidate that computes with
# torch instead of launching kernels, names the reason and exits 1.
# RUN: not %verify %s %S/Inputs/verify-rejects-kernel.py --trials 1 | FileCheck %s
import torch


def double(x: "f32[16, 8]"):
    return x * 2

# CHECK: {{^}}double yes 3/3
# CHECK: {{^}}REJECTED: torch-compute
# CHECK: no-triton-launch
