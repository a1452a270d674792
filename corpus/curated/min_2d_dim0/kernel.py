import torch
import triton
import triton.language as tl


@triton.jit
def column_min_kernel(x_ptr, out_ptr, M, N, stride_xm, stride_xn,
                      BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr):
    cols = tl.program_id(0) * BLOCK_N + tl.arange(0, BLOCK_N)
    col_mask = cols < N
    acc = tl.full((BLOCK_N,), float("inf"), dtype=tl.float32)
    for start in range(0, M, BLOCK_M):
        rows = start + tl.arange(0, BLOCK_M)
        mask = (rows[:, None] < M) & col_mask[None, :]
        x = tl.load(x_ptr + rows[:, None] * stride_xm + cols[None, :] * stride_xn,
                    mask=mask, other=float("inf"))
        # Reduce each chunk immediately: a 1-D running minimum per column.
        acc = tl.minimum(acc, tl.min(x.to(tl.float32), axis=0))
    tl.store(out_ptr + cols, acc.to(out_ptr.dtype.element_ty), mask=col_mask)


def column_min(x: torch.Tensor) -> torch.Tensor:
    M, N = x.shape
    out = torch.empty((N,), device=x.device, dtype=x.dtype)
    BLOCK_M, BLOCK_N = 32, 32
    column_min_kernel[(triton.cdiv(N, BLOCK_N),)](x, out, M, N, x.stride(0), x.stride(1),
                                                  BLOCK_M=BLOCK_M, BLOCK_N=BLOCK_N)
    return out
