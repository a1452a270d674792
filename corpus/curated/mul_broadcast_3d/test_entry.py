import os
import sys

import pytest
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kernel  # noqa: E402
import reference  # noqa: E402

DEVICE = "cuda" if torch.cuda.is_available() else "cpu"
TOL = {torch.float32: 1e-4, torch.float16: 1e-2, torch.bfloat16: 1e-2}
DTYPES = [torch.float32, torch.float16, torch.bfloat16]


def assert_close(out, ref, tol):
    assert out.shape == ref.shape and out.dtype == ref.dtype
    assert torch.allclose(out, ref, atol=tol, rtol=tol), (out - ref).abs().max()


@pytest.mark.parametrize("dtype", DTYPES)
def test_mul_broadcast(dtype):
    torch.manual_seed(0)
    a = torch.randn(3, 1, 45, device=DEVICE, dtype=dtype)
    b = torch.randn(29, 1, device=DEVICE, dtype=dtype)
    assert_close(kernel.mul_broadcast(a, b), reference.mul_broadcast(a, b), TOL[dtype])


@pytest.mark.parametrize("dtype", DTYPES)
def test_mul_same_shape(dtype):
    torch.manual_seed(1)
    a = torch.randn(2, 19, 33, device=DEVICE, dtype=dtype)
    b = torch.randn(2, 19, 33, device=DEVICE, dtype=dtype)
    assert_close(kernel.mul_broadcast(a, b), reference.mul_broadcast(a, b), TOL[dtype])
