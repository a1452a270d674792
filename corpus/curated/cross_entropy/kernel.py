import torch
import triton
import triton.language as tl


@triton.jit
def cross_entropy_rows_kernel(logits_ptr, target_ptr, loss_ptr, C, stride_n, stride_c,
                              ignore_index, BLOCK_C: tl.constexpr):
    # Row loss = logsumexp(logits) - logits[target], with an online
    # (rescaled) logsumexp over chunks of BLOCK_C classes. Ignored rows get 0.
    row = tl.program_id(0)
    row_ptr = logits_ptr + row * stride_n
    m = tl.full((BLOCK_C,), float("-inf"), dtype=tl.float32)
    s = tl.zeros((BLOCK_C,), dtype=tl.float32)
    for start in range(0, C, BLOCK_C):
        cols = start + tl.arange(0, BLOCK_C)
        x = tl.load(row_ptr + cols * stride_c, mask=cols < C, other=float("-inf"))
        x = x.to(tl.float32)
        m_new = tl.maximum(m, x)
        m_safe = tl.where(m_new == float("-inf"), 0.0, m_new)
        s = s * tl.exp(m - m_safe) + tl.exp(x - m_safe)
        m = m_new
    row_max = tl.max(m, axis=0)
    lse = row_max + tl.log(tl.sum(s * tl.exp(m - row_max), axis=0))
    target = tl.load(target_ptr + row)
    valid = target != ignore_index
    safe_target = tl.where(valid, target, 0)
    picked = tl.load(row_ptr + safe_target * stride_c).to(tl.float32)
    tl.store(loss_ptr + row, tl.where(valid, lse - picked, 0.0))


@triton.jit
def masked_mean_kernel(loss_ptr, target_ptr, out_ptr, N, ignore_index, BLOCK_N: tl.constexpr):
    # Single program: mean of the row losses over the rows that are not ignored.
    total = tl.zeros((BLOCK_N,), dtype=tl.float32)
    count = tl.zeros((BLOCK_N,), dtype=tl.float32)
    for start in range(0, N, BLOCK_N):
        offs = start + tl.arange(0, BLOCK_N)
        mask = offs < N
        total += tl.load(loss_ptr + offs, mask=mask, other=0.0)
        t = tl.load(target_ptr + offs, mask=mask, other=ignore_index)
        count += (t != ignore_index).to(tl.float32)
    mean = tl.sum(total, axis=0) / tl.sum(count, axis=0)
    tl.store(out_ptr, mean.to(out_ptr.dtype.element_ty))


def cross_entropy(logits: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    N, C = logits.shape
    target = target.contiguous()
    losses = torch.empty((N,), device=logits.device, dtype=torch.float32)
    cross_entropy_rows_kernel[(N,)](logits, target, losses, C, logits.stride(0),
                                    logits.stride(1), -100, BLOCK_C=128)
    out = torch.empty((), device=logits.device, dtype=logits.dtype)
    masked_mean_kernel[(1,)](losses, target, out, N, -100, BLOCK_N=256)
    return out
