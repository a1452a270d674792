# scaled_dot_product_attention is one flash-attention kernel: programs over
# (query blocks, batch), a loop over key blocks with an online softmax (exp2
# with the scale prescaled by log2(e), running max and sum, fp32
# accumulator), q/k/v read through their strides, no L x S buffer. Causal
# attention stops the loop at the diagonal block and masks inside it; long
# static sequences are autotuned over block shapes. --flash-attention=false
# gives the decomposition (two matmuls and a softmax kernel).
# RUN: py2triton %s | FileCheck %s
# RUN: py2triton %s --flash-attention=false | FileCheck %s --check-prefix=DECOMPOSED
import torch
import torch.nn.functional as F


def sdpa(q: "f32[2, 3, 7, 40]", k: "f32[2, 3, 11, 40]", v: "f32[2, 3, 11, 24]"):
    return F.scaled_dot_product_attention(q, k, v)

# CHECK: _TL_DTYPES = {torch.float32: tl.float32, torch.float16: tl.float16, torch.bfloat16: tl.bfloat16}
# CHECK-LABEL: def _sdpa_k0(
# CHECK-SAME: in0, in0_s0, in0_s1, in0_s2, in0_s3, in1, in1_s0, in1_s1, in1_s2, in1_s3, in2, in2_s0, in2_s1, in2_s2, in2_s3, out, DOT_DTYPE: tl.constexpr, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_D: tl.constexpr, BLOCK_DV: tl.constexpr):
# CHECK-NEXT: # flash attention: a program per (BLOCK_M query rows, batch)
# CHECK: pid_m = tl.program_id(0)
# CHECK: pid_b = tl.program_id(1).to(tl.int64)
# Head dim 40 is padded to BLOCK_D = 64 and masked.
# CHECK: qmask = (rm < 7) & (rd < 40)
# CHECK: tl.load(in0 + (b0) * in0_s0 + (b1) * in0_s1 + (rm) * in0_s2 + (rd) * in0_s3, mask=qmask, other=0)
# CHECK: m_i = tl.full([BLOCK_M], -float("inf"), tl.float32)
# CHECK: l_i = tl.zeros([BLOCK_M], tl.float32)
# CHECK: acc = tl.zeros([BLOCK_M, BLOCK_DV], tl.float32)
# 1/sqrt(40) * log2(e)
# CHECK: qk_scale = 0.22811011
# CHECK: q = x{{[0-9]+}}.to(tl.float32 if _INTERPRET else DOT_DTYPE)
# CHECK: for n0 in range(0, 11, BLOCK_N):
# CHECK: kmask = (rk < 11) & (rd < 40)
# CHECK: tl.load(in1 + (b0) * in1_s0 + (b1) * in1_s1 + (rk) * in1_s2 + (rd) * in1_s3, mask=kmask, other=0)
# CHECK: vmask = (rk < 11) & (rdv < 24)
# CHECK: qk = tl.dot(q, tl.trans(x{{[0-9]+}}.to(tl.float32 if _INTERPRET else DOT_DTYPE)), input_precision="ieee")
# Keys past S = 11 inside the last block are masked out.
# CHECK: qk = tl.where((cols < 11), qk * qk_scale, -float("inf"))
# CHECK: m_new = tl.maximum(m_i, tl.max(qk, 1))
# CHECK: alpha = tl.exp2(m_i - m_new)
# CHECK: p = tl.exp2(qk - m_new[:, None])
# CHECK: l_i = l_i * alpha + tl.sum(p, 1)
# CHECK: acc = tl.dot(p.to(tl.float32 if _INTERPRET else DOT_DTYPE), x{{[0-9]+}}.to(tl.float32 if _INTERPRET else DOT_DTYPE), acc * alpha[:, None], input_precision="ieee")
# CHECK: m_i = m_new
# CHECK: omask = (rm < 7) & (rdv < 24)
# CHECK: tl.store(out + (((b0) * 3 + b1) * 7 + rm) * 24 + rdv, _round(acc / l_i[:, None], out.dtype.element_ty), mask=omask)

# DECOMPOSED-LABEL: def sdpa(q, k, v):
# DECOMPOSED: torch.empty((2, 3, 7, 11, ), dtype=torch.float32
# DECOMPOSED: _sdpa_k0[
# DECOMPOSED: _sdpa_k1[
# DECOMPOSED: _sdpa_k2[


def causal(q: "f16[4, 16, 1024, 64]", k: "f16[4, 16, 1024, 64]", v: "f16[4, 16, 1024, 64]"):
    return F.scaled_dot_product_attention(q, k, v, is_causal=True, scale=0.125)

# CHECK: @triton.autotune(
# CHECK-NEXT: configs=[
# CHECK-NEXT: triton.Config({"BLOCK_M": 128, "BLOCK_N": 64}, num_warps=4, num_stages=3),
# CHECK: key=[],
# CHECK-LABEL: def _causal_k1(
# CHECK-NEXT: # flash attention (causal)
# Head dim 64 = BLOCK_D: no head-dim mask.
# CHECK: qmask = (rm < 1024)
# CHECK: qk_scale = 0.18033688011112042
# Key blocks past the diagonal block are skipped.
# CHECK: for n0 in range(0, tl.minimum(1024, (pid_m + 1) * BLOCK_M), BLOCK_N):
# 1024 keys are a multiple of every BLOCK_N: only the causal mask.
# CHECK: qk = tl.where((cols <= rm), qk * qk_scale, -float("inf"))
# (Kernels come first, then the wrappers.)
# One kernel, one buffer: the [2, 3, 7, 24] result.
# CHECK-LABEL: def sdpa(q, k, v):
# CHECK: buf0 = torch.empty((2, 3, 7, 24, ), dtype=_dtype, device=_device)
# CHECK-NEXT: _sdpa_k0[(triton.cdiv(7, 16), 6)](q, {{.*}}, buf0, _TL_DTYPES[_dtype], BLOCK_M=16, BLOCK_N=16, BLOCK_D=64, BLOCK_DV=32, num_warps=4, num_stages=3)
# CHECK-NEXT: return buf0
# CHECK-LABEL: def causal(q, k, v):
# CHECK: buf0 = torch.empty((4, 16, 1024, 64, ), dtype=_dtype, device=_device)
# CHECK-NEXT: _causal_k1[lambda META: (triton.cdiv(1024, META["BLOCK_M"]), 64)](q, {{.*}}, buf0, _TL_DTYPES[_dtype], BLOCK_D=64, BLOCK_DV=64)
# CHECK-NEXT: return buf0
