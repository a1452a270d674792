"""PLANTED: tries a (broken) kernel and falls back to torch when it fails."""
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
    out = torch.empty_like(x)
    try:
        _scale_shift_kernel[(1,)](x, out, x.numel())  # raises: BLOCK is missing
    except Exception:
        out = torch.addcmul(torch.ones_like(x), x, torch.full_like(x, 2.0))  # BUG: fallback
    return out
