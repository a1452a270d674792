# An explicit .to(torch.bfloat16) keeps bf16 whatever the caller's dtype
# (py.explicit). Times an fp16 caller's weight, torch promotes bf16 x fp16 to
# fp32; a wrapper that follows one caller dtype cannot reproduce that mixed
# promotion, so this is checked in fp32 and bf16 (scripts/gpu-check.sh uses
# the same --dtypes).
# RUN: py2triton %s --emit=mlir | FileCheck %s --check-prefix=IR
# RUN: py2triton %s -o %t.py && %check %s %t.py --dtypes fp32,bf16 | FileCheck %s
import torch


def rmsnorm_explicit(x: "bf16[37, 96]", w: "bf16[96]"):
    xf = x.float()
    y = xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + 1e-6)
    return y.to(torch.bfloat16) * w

# IR: py.cast %{{.*}} {py.explicit} : tensor<37x96xbf16> -> tensor<37x96xf32>
# IR: py.cast %{{.*}} {py.explicit} : tensor<37x96xf32> -> tensor<37x96xbf16>
# CHECK-NOT: FAIL
# CHECK: {{^}}6 passed, 0 failed
