"""add_relu always allocates a float32 output: right values, wrong dtype for
fp16/bf16 inputs."""
import torch
import triton

from kernels_ok import _add_relu_kernel


def add_relu(x, b, alpha):
    n_rows, n_cols = x.shape
    out = torch.empty(x.shape, dtype=torch.float32, device=x.device)  # BUG
    _add_relu_kernel[(triton.cdiv(n_rows, 16),)](
        x, b, out, n_rows, n_cols, alpha, BLOCK_R=16,
        BLOCK_C=triton.next_power_of_2(n_cols))
    return out
