"""PLANTED: the grid covers only the first half of the output."""
import torch
import triton
import triton.language as tl


@triton.jit
def _scale_shift_kernel(x_ptr, out_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n
    x = tl.load(x_ptr + offs, mask=mask)
    tl.store(out_ptr + offs, (x.to(tl.float32) * 2.0 + 1.0).to(out_ptr.dtype.element_ty), mask=mask)


def scale_shift(x):
    x = x.contiguous()
    out = torch.empty_like(x)
    half = x.numel() // 2  # BUG: half of the elements
    _scale_shift_kernel[(triton.cdiv(half, 64),)](x, out, half, BLOCK=64)
    return out
