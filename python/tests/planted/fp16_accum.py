"""PLANTED: accumulates a 2048-long sum of squares in fp16: every partial sum
is rounded to fp16 (11-bit mantissa), so the result is off by ~1e-3
relative, far beyond the fp32 tolerance (1e-4)."""
import torch
import triton
import triton.language as tl


@triton.jit
def _long_sum_kernel(x_ptr, out_ptr, n_rows, n_cols, BLOCK_R: tl.constexpr,
                     BLOCK: tl.constexpr):
    rows = tl.program_id(0) * BLOCK_R + tl.arange(0, BLOCK_R)
    acc = tl.zeros([BLOCK_R, BLOCK], tl.float16)  # BUG: fp16 accumulator
    for start in range(0, n_cols, BLOCK):
        cols = start + tl.arange(0, BLOCK)
        mask = (rows[:, None] < n_rows) & (cols[None, :] < n_cols)
        x = tl.load(x_ptr + rows[:, None] * n_cols + cols[None, :], mask=mask, other=0.0)
        x = x.to(tl.float16)
        acc = (acc + x * x).to(tl.float16)
    # BUG: the final reduction is a running fp16 sum as well
    total = tl.zeros([BLOCK_R], tl.float16)
    for j in range(0, BLOCK, 32):
        part = tl.sum(tl.where((tl.arange(0, BLOCK) >= j)[None, :]
                               & (tl.arange(0, BLOCK) < j + 32)[None, :],
                               acc.to(tl.float32), 0.0), axis=1)
        total = (total.to(tl.float32) + part).to(tl.float16)
    tl.store(out_ptr + rows, total.to(out_ptr.dtype.element_ty), mask=rows < n_rows)


def long_sum(x):
    x = x.contiguous()
    n_rows, n_cols = x.shape
    out = torch.empty((n_rows,), dtype=x.dtype, device=x.device)
    _long_sum_kernel[(triton.cdiv(n_rows, 8),)](x, out, n_rows, n_cols, BLOCK_R=8, BLOCK=256)
    return out
