# Functions annotated fp16/bf16 also run with fp32 or the other 16-bit type
# (the wrapper follows the caller's float dtype). Casts that py2triton adds
# (back from fp32 math: norms, small products) round to the caller's dtype;
# casts the user wrote with a dtype (.to(torch.bfloat16), .half(), dtype=)
# keep it, as torch does.
# RUN: py2triton %s --emit=mlir | FileCheck %s --check-prefix=IR
# RUN: py2triton %s -o %t.py
# RUN: %check %s %t.py --function layer_norm_scale | FileCheck %s --check-prefix=ALL
# RUN: %check %s %t.py --function half_then_sum | FileCheck %s --check-prefix=ALL
# (rmsnorm_explicit runs in casts-explicit-mixed.py.)
import torch
import torch.nn.functional as F


def layer_norm_scale(x: "bf16[47, 21]"):
    return F.layer_norm(x, (21,)) * 3.0


def half_then_sum(x: "f16[13, 40]"):
    return x.float().half().sum(dim=1, dtype=torch.float32) + x.sum(-1)

# IR-LABEL: func.func @layer_norm_scale
# IR-NOT: py.explicit
# IR-LABEL: func.func @half_then_sum
# ALL-NOT: FAIL
# ALL: {{^}}9 passed, 0 failed

