import math
import os

import torch
import triton
import triton.language as tl

# Triton 3.6's CPU interpreter computes bf16 tl.dot wrongly: upcast there.
_UPCAST_BF16_DOT = os.environ.get("TRITON_INTERPRET") == "1"


@triton.jit
def causal_flash_attn_fwd_kernel(q_ptr, k_ptr, v_ptr, o_ptr, qk_scale, H, SQ, SK, D,
                          stride_qb, stride_qh, stride_qs, stride_qd,
                          stride_kb, stride_kh, stride_ks, stride_kd,
                          stride_vb, stride_vh, stride_vs, stride_vd,
                          stride_ob, stride_oh, stride_os, stride_od,
                          BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_D: tl.constexpr,
                          DOT_IN_FP32: tl.constexpr):
    # Grid: (query blocks, batch * heads). Each program streams over the keys
    # in BLOCK_N blocks with the online softmax: a running row max m_i, a
    # running normaliser l_i and an unnormalised output acc, rescaled by
    # exp(m_old - m_new) whenever the max grows. Causal (top-left aligned,
    # like torch's is_causal): query i sees keys j <= i, so the loop stops
    # after the last key block that the block's last query can see. Key 0 is
    # visible to every row, so the first block makes every m_i finite.
    pid_m = tl.program_id(0)
    bh = tl.program_id(1)
    b = bh // H
    h = bh % H
    offs_m = pid_m * BLOCK_M + tl.arange(0, BLOCK_M)
    offs_n = tl.arange(0, BLOCK_N)
    offs_d = tl.arange(0, BLOCK_D)
    d_mask = offs_d < D
    q_base = q_ptr + b * stride_qb + h * stride_qh
    k_base = k_ptr + b * stride_kb + h * stride_kh
    v_base = v_ptr + b * stride_vb + h * stride_vh

    q = tl.load(q_base + offs_m[:, None] * stride_qs + offs_d[None, :] * stride_qd,
                mask=(offs_m[:, None] < SQ) & d_mask[None, :], other=0.0)
    if DOT_IN_FP32:
        q = q.to(tl.float32)
    m_i = tl.full((BLOCK_M,), float("-inf"), dtype=tl.float32)
    l_i = tl.zeros((BLOCK_M,), dtype=tl.float32)
    acc = tl.zeros((BLOCK_M, BLOCK_D), dtype=tl.float32)
    hi = tl.minimum(SK, (pid_m + 1) * BLOCK_M)
    for start_n in range(0, hi, BLOCK_N):
        cols = start_n + offs_n
        col_mask = cols < SK
        # K^T tile (BLOCK_D, BLOCK_N), read through strides (no transpose copy).
        kt = tl.load(k_base + cols[None, :] * stride_ks + offs_d[:, None] * stride_kd,
                     mask=col_mask[None, :] & d_mask[:, None], other=0.0)
        v = tl.load(v_base + cols[:, None] * stride_vs + offs_d[None, :] * stride_vd,
                    mask=col_mask[:, None] & d_mask[None, :], other=0.0)
        if DOT_IN_FP32:
            kt = kt.to(tl.float32)
            v = v.to(tl.float32)
        # Scores in base 2: qk_scale includes log2(e), so exp2 below is exp.
        s = tl.dot(q, kt, input_precision="ieee") * qk_scale
        visible = col_mask[None, :] & (cols[None, :] <= offs_m[:, None])
        s = tl.where(visible, s, float("-inf"))
        m_new = tl.maximum(m_i, tl.max(s, axis=1))
        alpha = tl.exp2(m_i - m_new)
        p = tl.exp2(s - m_new[:, None])
        l_i = l_i * alpha + tl.sum(p, axis=1)
        acc = acc * alpha[:, None] + tl.dot(p.to(v.dtype), v, input_precision="ieee")
        m_i = m_new
    out = acc / l_i[:, None]
    o_base = o_ptr + b * stride_ob + h * stride_oh
    tl.store(o_base + offs_m[:, None] * stride_os + offs_d[None, :] * stride_od,
             out.to(o_ptr.dtype.element_ty), mask=(offs_m[:, None] < SQ) & d_mask[None, :])


def causal_attention(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor) -> torch.Tensor:
    B, H, SQ, D = q.shape
    SK = k.shape[2]
    assert k.shape == (B, H, SK, D) and v.shape == (B, H, SK, D)
    o = torch.empty((B, H, SQ, D), device=q.device, dtype=q.dtype)
    BLOCK_M, BLOCK_N = 32, 16
    BLOCK_D = max(16, triton.next_power_of_2(D))
    qk_scale = (1.0 / math.sqrt(D)) * 1.4426950408889634  # log2(e)
    grid = (triton.cdiv(SQ, BLOCK_M), B * H)
    causal_flash_attn_fwd_kernel[grid](q, k, v, o, qk_scale, H, SQ, SK, D,
                                *q.stride(), *k.stride(), *v.stride(), *o.stride(),
                                BLOCK_M=BLOCK_M, BLOCK_N=BLOCK_N, BLOCK_D=BLOCK_D,
                                DOT_IN_FP32=_UPCAST_BF16_DOT and q.dtype == torch.bfloat16)
    return o
