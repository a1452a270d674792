import torch
import triton
import triton.language as tl


@triton.jit
def log_softmax_kernel(x_ptr, out_ptr, N, stride_xm, stride_xn, stride_om, stride_on,
                       BLOCK_N: tl.constexpr):
    # Rows of any length: pass 1 keeps a running max m and a running sum
    # s = sum(exp(x - m)) per lane (rescaled whenever m grows, the "online
    # softmax" recurrence); pass 2 writes x - (m + log s).
    row = tl.program_id(0)
    x_row = x_ptr + row * stride_xm
    m = tl.full((BLOCK_N,), float("-inf"), dtype=tl.float32)
    s = tl.zeros((BLOCK_N,), dtype=tl.float32)
    for start in range(0, N, BLOCK_N):
        cols = start + tl.arange(0, BLOCK_N)
        x = tl.load(x_row + cols * stride_xn, mask=cols < N, other=float("-inf")).to(tl.float32)
        m_new = tl.maximum(m, x)
        # Lanes that have only seen padding keep m = -inf: avoid (-inf) - (-inf).
        m_safe = tl.where(m_new == float("-inf"), 0.0, m_new)
        s = s * tl.exp(m - m_safe) + tl.exp(x - m_safe)
        m = m_new
    row_max = tl.max(m, axis=0)
    total = tl.sum(s * tl.exp(m - row_max), axis=0)
    log_z = row_max + tl.log(total)
    for start in range(0, N, BLOCK_N):
        cols = start + tl.arange(0, BLOCK_N)
        mask = cols < N
        x = tl.load(x_row + cols * stride_xn, mask=mask).to(tl.float32)
        tl.store(out_ptr + row * stride_om + cols * stride_on,
                 (x - log_z).to(out_ptr.dtype.element_ty), mask=mask)


def log_softmax(x: torch.Tensor) -> torch.Tensor:
    assert x.dim() == 2
    M, N = x.shape
    out = torch.empty((M, N), device=x.device, dtype=x.dtype)
    log_softmax_kernel[(M,)](x, out, N, x.stride(0), x.stride(1), out.stride(0), out.stride(1),
                             BLOCK_N=128)
    return out
