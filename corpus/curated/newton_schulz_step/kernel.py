import os

import torch
import triton
import triton.language as tl

# Triton 3.6's CPU interpreter computes bf16 tl.dot wrongly: upcast there.
_UPCAST_BF16_DOT = os.environ.get("TRITON_INTERPRET") == "1"


@triton.jit
def matmul_axpby_kernel(a_ptr, b_ptr, d_ptr, c_ptr, M, N, K, alpha, beta,
                        stride_am, stride_ak, stride_bk, stride_bn,
                        stride_dm, stride_dn, stride_cm, stride_cn,
                        HAS_D: tl.constexpr, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr,
                        BLOCK_K: tl.constexpr, DOT_IN_FP32: tl.constexpr):
    # C = alpha * (A @ B) + beta * D, the "axpby" epilogue applied to the fp32
    # accumulator before the single rounding store.
    pid_m = tl.program_id(0)
    pid_n = tl.program_id(1)
    offs_m = pid_m * BLOCK_M + tl.arange(0, BLOCK_M)
    offs_n = pid_n * BLOCK_N + tl.arange(0, BLOCK_N)
    offs_k = tl.arange(0, BLOCK_K)
    a_ptrs = a_ptr + offs_m[:, None] * stride_am + offs_k[None, :] * stride_ak
    b_ptrs = b_ptr + offs_k[:, None] * stride_bk + offs_n[None, :] * stride_bn
    acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
    for k in range(0, K, BLOCK_K):
        a = tl.load(a_ptrs, mask=(offs_m[:, None] < M) & (offs_k[None, :] + k < K), other=0.0)
        b = tl.load(b_ptrs, mask=(offs_k[:, None] + k < K) & (offs_n[None, :] < N), other=0.0)
        if DOT_IN_FP32:
            a = a.to(tl.float32)
            b = b.to(tl.float32)
        acc = tl.dot(a, b, acc, input_precision="ieee")
        a_ptrs += BLOCK_K * stride_ak
        b_ptrs += BLOCK_K * stride_bk
    mask = (offs_m[:, None] < M) & (offs_n[None, :] < N)
    acc = acc * alpha
    if HAS_D:
        d = tl.load(d_ptr + offs_m[:, None] * stride_dm + offs_n[None, :] * stride_dn, mask=mask,
                    other=0.0)
        acc += beta * d.to(tl.float32)
    tl.store(c_ptr + offs_m[:, None] * stride_cm + offs_n[None, :] * stride_cn,
             acc.to(c_ptr.dtype.element_ty), mask=mask)


def _matmul_axpby(a, b, alpha=1.0, d=None, beta=0.0):
    """alpha * (a @ b) + beta * d in one kernel (d optional)."""
    M, K = a.shape
    N = b.shape[1]
    c = torch.empty((M, N), device=a.device, dtype=a.dtype)
    d_arg = d if d is not None else c  # unused when HAS_D is False
    BLOCK_M, BLOCK_N, BLOCK_K = 32, 32, 32
    grid = (triton.cdiv(M, BLOCK_M), triton.cdiv(N, BLOCK_N))
    matmul_axpby_kernel[grid](a, b, d_arg, c, M, N, K, alpha, beta,
                              a.stride(0), a.stride(1), b.stride(0), b.stride(1),
                              d_arg.stride(0), d_arg.stride(1), c.stride(0), c.stride(1),
                              HAS_D=d is not None, BLOCK_M=BLOCK_M, BLOCK_N=BLOCK_N,
                              BLOCK_K=BLOCK_K,
                              DOT_IN_FP32=_UPCAST_BF16_DOT and a.dtype == torch.bfloat16)
    return c


def newton_schulz_step(X: torch.Tensor, a: float = 3.4445, b: float = -4.7750,
                       c: float = 2.0315) -> torch.Tensor:
    # Three launches of one kernel: X^T is X read with swapped strides.
    A = _matmul_axpby(X, X.mT)                 # A = X X^T         (m, m)
    B = _matmul_axpby(A, A, alpha=c, d=A, beta=b)  # B = c A A + b A   (m, m)
    return _matmul_axpby(B, X, d=X, beta=a)    # a X + B X         (m, n)
