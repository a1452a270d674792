"""A kernel that fails to compile (an unknown tl function): the first call
raises, so the function is reported as not compiled."""
import torch
import triton
import triton.language as tl


@triton.jit
def _row_sum_kernel(x_ptr, out_ptr, n_cols, BLOCK_C: tl.constexpr):
    cols = tl.arange(0, BLOCK_C)
    x = tl.load(x_ptr + tl.program_id(0) * n_cols + cols, mask=cols < n_cols)
    tl.store(out_ptr + tl.program_id(0), tl.no_such_reduction(x, axis=0))


def row_sum(x):
    out = torch.empty((x.shape[0],), dtype=x.dtype, device=x.device)
    _row_sum_kernel[(x.shape[0],)](x, out, x.shape[1],
                                   BLOCK_C=triton.next_power_of_2(x.shape[1]))
    return out
