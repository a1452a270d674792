# Functions annotated fp16/bf16 also run with fp32 or the other 16-bit type
# (the wrapper follows the caller's float dtype). Casts that py2triton adds
# (back from fp32 math: norms, small products) round to the caller's dtype;
# casts the user wrote with a dtype (.to(torch.bfloat16), .half(), dtype=)
# keep it, as torch does.
# RUN: py2triton %s --emit=mlir | FileCheck %s --check-prefix=IR
# RUN: py2triton %s -o %t.py
# RUN: %check %s %t.py --function layer_norm_scale | FileCheck %s --check-prefix=ALL
# RUN: %check %s %t.py --function half_then_sum | FileCheck %s --check-prefix=ALL
# An explicit bf16 times an fp16 caller's weight is fp32 in torch (mixed
# 16-bit types promote); a wrapper that follows one caller dtype cannot
# reproduce that, so rmsnorm_explicit is checked in fp32 and bf16.
# RUN: %check %s %t.py --function rmsnorm_explicit --dtypes fp32,bf16 | FileCheck %s --check-prefix=TWO
import torch
import torch.nn.functional as F


def rmsnorm_explicit(x: "bf16[37, 96]", w: "bf16[96]"):
    xf = x.float()
    y = xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + 1e-6)
    return y.to(torch.bfloat16) * w


def layer_norm_scale(x: "bf16[47, 21]"):
    return F.layer_norm(x, (21,)) * 3.0


def half_then_sum(x: "f16[13, 40]"):
    return x.float().half().sum(dim=1, dtype=torch.float32) + x.sum(-1)

# IR-LABEL: func.func @rmsnorm_explicit
# IR: py.cast %{{.*}} {py.explicit} : tensor<37x96xbf16> -> tensor<37x96xf32>
# IR: py.cast %{{.*}} {py.explicit} : tensor<37x96xf32> -> tensor<37x96xbf16>
# IR-LABEL: func.func @layer_norm_scale
# IR-NOT: py.explicit
# IR-LABEL: func.func @half_then_sum
# ALL-NOT: FAIL
# ALL: {{^}}9 passed, 0 failed
# TWO-NOT: FAIL
# TWO: {{^}}6 passed, 0 failed
