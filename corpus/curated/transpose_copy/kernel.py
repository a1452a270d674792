import torch
import triton
import triton.language as tl


@triton.jit
def transpose_kernel(x_ptr, out_ptr, M, N, stride_xm, stride_xn, stride_on, stride_om,
                     BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr):
    # Tile (BLOCK_M x BLOCK_N) of x is written as tile (BLOCK_N x BLOCK_M) of
    # out = x^T, i.e. out[n, m] = x[m, n].
    rows = tl.program_id(0) * BLOCK_M + tl.arange(0, BLOCK_M)
    cols = tl.program_id(1) * BLOCK_N + tl.arange(0, BLOCK_N)
    mask = (rows[:, None] < M) & (cols[None, :] < N)
    tile = tl.load(x_ptr + rows[:, None] * stride_xm + cols[None, :] * stride_xn, mask=mask)
    out_ptrs = out_ptr + cols[:, None] * stride_on + rows[None, :] * stride_om
    tl.store(out_ptrs, tl.trans(tile), mask=(cols[:, None] < N) & (rows[None, :] < M))


def transpose_copy(x: torch.Tensor) -> torch.Tensor:
    M, N = x.shape
    out = torch.empty((N, M), device=x.device, dtype=x.dtype)
    BLOCK_M, BLOCK_N = 32, 32
    grid = (triton.cdiv(M, BLOCK_M), triton.cdiv(N, BLOCK_N))
    transpose_kernel[grid](x, out, M, N, x.stride(0), x.stride(1),
                           out.stride(0), out.stride(1),
                           BLOCK_M=BLOCK_M, BLOCK_N=BLOCK_N)
    return out
