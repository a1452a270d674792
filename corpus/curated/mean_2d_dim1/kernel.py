import torch
import triton
import triton.language as tl


@triton.jit
def row_mean_kernel(x_ptr, out_ptr, N, stride_xm, stride_xn, BLOCK_N: tl.constexpr):
    # One program per row, looping over the row in BLOCK_N chunks.
    row = tl.program_id(0)
    acc = tl.zeros((BLOCK_N,), dtype=tl.float32)
    for start in range(0, N, BLOCK_N):
        cols = start + tl.arange(0, BLOCK_N)
        x = tl.load(x_ptr + row * stride_xm + cols * stride_xn, mask=cols < N, other=0.0)
        acc += x.to(tl.float32)
    mean = tl.sum(acc, axis=0) / N
    tl.store(out_ptr + row, mean.to(out_ptr.dtype.element_ty))


def row_mean(x: torch.Tensor) -> torch.Tensor:
    M, N = x.shape
    out = torch.empty((M,), device=x.device, dtype=x.dtype)
    row_mean_kernel[(M,)](x, out, N, x.stride(0), x.stride(1), BLOCK_N=256)
    return out
