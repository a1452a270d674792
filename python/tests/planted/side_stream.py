"""PLANTED: on the GPU, launches the kernel on a side stream (the timing
events on the current stream then measure nothing). On the CPU it takes the
plain path, so only the static check can see it."""
import torch
import triton
import triton.language as tl


@triton.jit
def _scale_shift_kernel(x_ptr, out_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n
    x = tl.load(x_ptr + offs, mask=mask)
    tl.store(out_ptr + offs, (x.to(tl.float32) * 2.0 + 1.0).to(out_ptr.dtype.element_ty), mask=mask)


_side = None


def scale_shift(x):
    global _side
    x = x.contiguous()
    out = torch.empty_like(x)
    n = x.numel()
    grid = (triton.cdiv(n, 1024),)
    if x.is_cuda:
        if _side is None:
            _side = torch.cuda.Stream()  # BUG: side stream
        with torch.cuda.stream(_side):
            _scale_shift_kernel[grid](x, out, n, BLOCK=1024)
    else:
        _scale_shift_kernel[grid](x, out, n, BLOCK=1024)
    return out
