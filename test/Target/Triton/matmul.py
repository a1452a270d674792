# Matrix products: (M, N) tiles walked in GROUP_M-row groups (L2 reuse), a K
# loop with tl.dot in the operands' runtime dtype (IEEE fp32 products for
# fp32, as torch's default), batch on grid axis 1; the transpose of the second
# operand is folded into its load. Large products are autotuned.
# RUN: py2triton %s | FileCheck %s
import torch


def bmm_nt(a: "f32[3, 20, 17]", b: "f32[3, 19, 17]"):
    return torch.matmul(a, b.transpose(1, 2))

# CHECK-LABEL: def _bmm_nt_k0(
# CHECK-SAME: in0, in0_s0, in0_s1, in0_s2, in1, in1_s0, in1_s1, in1_s2, out, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr, GROUP_M: tl.constexpr):
# CHECK: group_m = tl.minimum(num_pid_m - first_m, GROUP_M)
# CHECK: b0 = pid_b
# CHECK: for k0 in range(0, 17, BLOCK_K):
# CHECK: tl.load(in0 + (b0) * in0_s0 + (rm) * in0_s1 + (rka) * in0_s2, mask=amask
# CHECK: tl.load(in1 + (b0) * in1_s0 + (rn) * in1_s1 + (rkb) * in1_s2, mask=bmask
# Both operands are loads in their own dtype, converted to one dot dtype.
# CHECK: acc = tl.dot(x{{[0-9]+}}.to(tl.float32 if _INTERPRET else in0.dtype.element_ty), x{{[0-9]+}}.to(tl.float32 if _INTERPRET else in0.dtype.element_ty), acc, input_precision="ieee")
# CHECK: tl.store(out + ((b0) * 20 + rm) * 19 + rn


def big(a: "f16[1024, 512]", b: "f16[512, 768]"):
    return a @ b

# CHECK: @triton.autotune(
# CHECK-NEXT: configs=[
# CHECK-NEXT: triton.Config({"BLOCK_M": 128, "BLOCK_N": 256, "BLOCK_K": 64}, num_warps=8, num_stages=3),
# CHECK: key=[],
# CHECK-NEXT: )
# CHECK-NEXT: @triton.jit
# CHECK-NEXT: def _big_k1(

# CHECK-LABEL: def bmm_nt(a, b):
# CHECK: buf0 = torch.empty((3, 20, 19, ), dtype=_dtype, device=_device)
# CHECK-NEXT: _bmm_nt_k0[(triton.cdiv(20, 32) * triton.cdiv(19, 32), 3)]({{.*}}, BLOCK_M=32, BLOCK_N=32, BLOCK_K=32, GROUP_M=8, num_warps=4)
# CHECK-LABEL: def big(a, b):
# CHECK: _big_k1[lambda META: (triton.cdiv(1024, META["BLOCK_M"]) * triton.cdiv(768, META["BLOCK_N"]), 1)]({{.*}}, GROUP_M=8)
