"""add_relu computes in place into x and returns it: right values, but the
caller's input is clobbered."""
import triton

from kernels_ok import _add_relu_kernel


def add_relu(x, b, alpha):
    n_rows, n_cols = x.shape
    _add_relu_kernel[(triton.cdiv(n_rows, 16),)](
        x, b, x, n_rows, n_cols, alpha, BLOCK_R=16,  # BUG: out aliases x
        BLOCK_C=triton.next_power_of_2(n_cols))
    return x
