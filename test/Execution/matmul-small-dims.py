# Products with a dim below 16 run as reduction kernels (-py-small-matmul);
# fp16/bf16 annotations follow the caller's dtype (fp32 calls are exact).
# RUN: py2triton %s --emit=schedule | FileCheck %s --check-prefix=SCHED
# RUN: py2triton %s -o %t.py && %check %s %t.py | FileCheck %s
import torch
import torch.nn.functional as F


def small_k(a: "f16[37, 8]", b: "f16[8, 45]"):
    return a @ b


def small_m_bias(x: "f32[3, 100]", w: "f32[70, 100]", b: "f32[70]"):
    return torch.relu(F.linear(x, w, b))


def small_n_batched(a: "bf16[2, 29, 61]", b: "bf16[2, 61, 5]"):
    return torch.bmm(a, b) * 0.5

# SCHED-NOT: py.matmul
# SCHED: kind = "looped-row"
# CHECK-NOT: FAIL
# CHECK: {{^}}27 passed, 0 failed
