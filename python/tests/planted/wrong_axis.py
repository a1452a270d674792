"""PLANTED: row_sum reduces over rows (axis 0) instead of columns."""
import torch
import triton
import triton.language as tl


@triton.jit
def _row_sum_kernel(x_ptr, out_ptr, n_rows, n_cols, BLOCK: tl.constexpr):
    col = tl.program_id(0)
    rows = tl.arange(0, BLOCK)
    # BUG: walks down a column instead of along a row
    x = tl.load(x_ptr + rows * n_cols + col, mask=rows < n_rows, other=0.0)
    tl.store(out_ptr + col, tl.sum(x.to(tl.float32), axis=0).to(out_ptr.dtype.element_ty))


def row_sum(x):
    x = x.contiguous()
    n_rows, n_cols = x.shape
    out = torch.empty((n_rows,), dtype=x.dtype, device=x.device)
    _row_sum_kernel[(n_cols,)](x, out, n_rows, n_cols, BLOCK=triton.next_power_of_2(n_rows))
    return out
