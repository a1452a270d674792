# Matrix products: (M, N) tiles, a K loop with tl.dot (IEEE fp32 for fp32
# inputs, as torch's default), batch on grid axis 2; the transpose of the
# second operand is folded into its load.
# RUN: py2triton %s | FileCheck %s
import torch


def bmm_nt(a: "f32[3, 20, 17]", b: "f32[3, 19, 17]"):
    return torch.matmul(a, b.transpose(1, 2))

# CHECK-LABEL: def _bmm_nt_k0(in0, in0_s0, in0_s1, in0_s2, in1, in1_s0, in1_s1, in1_s2, out, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr):
# CHECK: b0 = pid_b
# CHECK: for k0 in range(0, 17, BLOCK_K):
# CHECK: tl.load(in0 + (b0) * in0_s0 + (rm) * in0_s1 + (rka) * in0_s2
# CHECK: tl.load(in1 + (b0) * in1_s0 + (rn) * in1_s1 + (rkb) * in1_s2
# CHECK: acc = tl.dot({{.*}}.to(tl.float32), {{.*}}.to(tl.float32), acc, input_precision="ieee")
# CHECK: tl.store(out + ((b0) * 20 + rm) * 19 + rn

# CHECK-LABEL: def bmm_nt(a, b):
# CHECK: buf0 = torch.empty((3, 20, 19, ), dtype=_dtype, device=_device)
# CHECK-NEXT: _bmm_nt_k0[(triton.cdiv(20, 32), triton.cdiv(19, 32), 3)]
