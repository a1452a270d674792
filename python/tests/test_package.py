"""Checks that the package imports and that the CPU Triton environment works.

The kernels run under Triton's interpreter (TRITON_INTERPRET=1, set in
conftest.py) on CPU tensors: this is the environment the execution tests of
generated kernels rely on.
"""

import os

import numpy as np
import pytest
import torch
import triton
import triton.language as tl

import py2triton


def test_version() -> None:
    parts = py2triton.__version__.split(".")
    assert len(parts) == 3 and all(p.isdigit() for p in parts)


def test_pinned_versions() -> None:
    assert triton.__version__ == "3.6.0"
    assert torch.__version__.startswith("2.13.0")
    # triton 3.6's interpreter calls int() on 1-element arrays, which NumPy 2.4
    # turned from a DeprecationWarning into a TypeError (checked: 2.3.5 works,
    # 2.4.0 fails), so the environment pins numpy<2.4.
    assert tuple(int(p) for p in np.__version__.split(".")[:2]) < (2, 4)


def test_interpreter_enabled() -> None:
    assert os.environ.get("TRITON_INTERPRET") == "1"


@triton.jit
def _add_kernel(x_ptr, y_ptr, out_ptr, n, BLOCK: tl.constexpr):
    pid = tl.program_id(0)
    offs = pid * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n
    x = tl.load(x_ptr + offs, mask=mask)
    y = tl.load(y_ptr + offs, mask=mask)
    tl.store(out_ptr + offs, x + y, mask=mask)


def test_add_kernel_masks_tail() -> None:
    n, block = 1000, 256  # 1000 is not a multiple of 256: the last block is masked
    gen = torch.Generator().manual_seed(0)
    x = torch.randn(n, generator=gen)
    y = torch.randn(n, generator=gen)
    out = torch.full((n,), float("nan"))  # any element left unwritten stays NaN
    _add_kernel[(triton.cdiv(n, block),)](x, y, out, n, BLOCK=block)
    assert not torch.isnan(out).any()
    torch.testing.assert_close(out, x + y)


@triton.jit
def _matmul_kernel(a_ptr, b_ptr, c_ptr, M, N, K,
                   BM: tl.constexpr, BN: tl.constexpr, BK: tl.constexpr):
    pid_m = tl.program_id(0)
    pid_n = tl.program_id(1)
    rm = pid_m * BM + tl.arange(0, BM)
    rn = pid_n * BN + tl.arange(0, BN)
    rk = tl.arange(0, BK)
    acc = tl.zeros((BM, BN), dtype=tl.float32)
    # The loop bound K is a runtime argument (the case that breaks on NumPy 2.5).
    for k in range(0, K, BK):
        a = tl.load(a_ptr + rm[:, None] * K + (k + rk)[None, :],
                    mask=(rm[:, None] < M) & ((k + rk)[None, :] < K), other=0.0)
        b = tl.load(b_ptr + (k + rk)[:, None] * N + rn[None, :],
                    mask=((k + rk)[:, None] < K) & (rn[None, :] < N), other=0.0)
        acc += tl.dot(a, b, input_precision="ieee")
    tl.store(c_ptr + rm[:, None] * N + rn[None, :], acc,
             mask=(rm[:, None] < M) & (rn[None, :] < N))


@pytest.mark.filterwarnings("ignore:Conversion of an array with ndim:DeprecationWarning")
@pytest.mark.parametrize("m,n,k", [(33, 47, 70), (16, 16, 16)])
def test_runtime_bounded_loop(m: int, n: int, k: int) -> None:
    bm = bn = bk = 16
    gen = torch.Generator().manual_seed(1)
    a = torch.randn(m, k, generator=gen)
    b = torch.randn(k, n, generator=gen)
    c = torch.full((m, n), float("nan"))
    grid = (triton.cdiv(m, bm), triton.cdiv(n, bn))
    _matmul_kernel[grid](a, b, c, m, n, k, BM=bm, BN=bn, BK=bk)
    torch.testing.assert_close(c, a @ b, rtol=1e-4, atol=1e-4)
