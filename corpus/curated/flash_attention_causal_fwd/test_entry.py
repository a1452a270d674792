import os
import sys

import pytest
import torch
from torch.nn.attention import SDPBackend, sdpa_kernel

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kernel  # noqa: E402
import reference  # noqa: E402

DEVICE = "cuda" if torch.cuda.is_available() else "cpu"
TOL = {torch.float32: 1e-4, torch.float16: 1e-2, torch.bfloat16: 1e-2}
DTYPES = [torch.float32, torch.float16, torch.bfloat16]


def assert_close(out, ref, tol):
    assert out.shape == ref.shape and out.dtype == ref.dtype
    assert torch.allclose(out, ref, atol=tol, rtol=tol), (out - ref).abs().max()


def _reference(q, k, v):
    # fp32 on a GPU: the math backend (plain fp32 matmuls), not a fused
    # kernel that may compute in reduced precision.
    if q.is_cuda and q.dtype == torch.float32:
        with sdpa_kernel(SDPBackend.MATH):
            return reference.causal_attention(q, k, v)
    return reference.causal_attention(q, k, v)


@pytest.mark.parametrize("b,h,sq,sk,d", [(2, 3, 45, 45, 24), (1, 2, 29, 40, 16)])
@pytest.mark.parametrize("dtype", DTYPES)
def test_causal_attention(b, h, sq, sk, d, dtype):
    torch.manual_seed(0)
    q = torch.randn(b, h, sq, d, device=DEVICE, dtype=dtype)
    k = torch.randn(b, h, sk, d, device=DEVICE, dtype=dtype)
    v = torch.randn(b, h, sk, d, device=DEVICE, dtype=dtype)
    assert_close(kernel.causal_attention(q, k, v), _reference(q, k, v),
                 TOL[dtype])


def test_causal_attention_strided_and_peaked():
    torch.manual_seed(1)
    q = torch.randn(1, 67, 3, 32, device=DEVICE).transpose(1, 2) * 4
    k = torch.randn(1, 67, 3, 32, device=DEVICE).transpose(1, 2) * 4
    v = torch.randn(1, 67, 3, 32, device=DEVICE).transpose(1, 2)
    assert_close(kernel.causal_attention(q, k, v), _reference(q, k, v),
                 TOL[torch.float32])
