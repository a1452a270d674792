import torch
import triton
import triton.language as tl


@triton.jit
def rope_kernel(x_ptr, cos_ptr, sin_ptr, out_ptr, S, H, HALF,
                stride_xb, stride_xs, stride_xh, stride_xd,
                stride_cs, stride_ob, stride_os, stride_oh,
                BLOCK_H: tl.constexpr, BLOCK_HALF: tl.constexpr):
    # One program per (batch, position): all heads at once, so the cos/sin
    # row of the position is loaded once and broadcast over the heads.
    pid = tl.program_id(0)
    b = pid // S
    s = pid % S
    heads = tl.arange(0, BLOCK_H)
    offs = tl.arange(0, BLOCK_HALF)
    mask = (heads[:, None] < H) & (offs[None, :] < HALF)
    c = tl.load(cos_ptr + s * stride_cs + offs, mask=offs < HALF, other=0.0).to(tl.float32)
    sn = tl.load(sin_ptr + s * stride_cs + offs, mask=offs < HALF, other=0.0).to(tl.float32)
    x_base = x_ptr + b * stride_xb + s * stride_xs + heads[:, None] * stride_xh
    x1 = tl.load(x_base + offs[None, :] * stride_xd, mask=mask, other=0.0).to(tl.float32)
    x2 = tl.load(x_base + (offs[None, :] + HALF) * stride_xd, mask=mask, other=0.0).to(tl.float32)
    o1 = x1 * c[None, :] - x2 * sn[None, :]
    o2 = x1 * sn[None, :] + x2 * c[None, :]
    o_base = out_ptr + b * stride_ob + s * stride_os + heads[:, None] * stride_oh
    tl.store(o_base + offs[None, :], o1.to(out_ptr.dtype.element_ty), mask=mask)
    tl.store(o_base + HALF + offs[None, :], o2.to(out_ptr.dtype.element_ty), mask=mask)


def apply_rope(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    B, S, H, D = x.shape
    assert D % 2 == 0
    HALF = D // 2
    assert cos.shape == (S, HALF) and sin.shape == (S, HALF)
    cos = cos.contiguous()
    sin = sin.contiguous()
    out = torch.empty((B, S, H, D), device=x.device, dtype=x.dtype)
    rope_kernel[(B * S,)](x, cos, sin, out, S, H, HALF,
                          *x.stride(), cos.stride(0),
                          out.stride(0), out.stride(1), out.stride(2),
                          BLOCK_H=triton.next_power_of_2(H),
                          BLOCK_HALF=triton.next_power_of_2(HALF))
    return out
