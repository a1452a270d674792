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
def test_sub_bias(dtype):
    torch.manual_seed(0)
    x = torch.randn(37, 101, device=DEVICE, dtype=dtype)
    bias = torch.randn(101, device=DEVICE, dtype=dtype)
    assert_close(kernel.sub_bias(x, bias), reference.sub_bias(x, bias), TOL[dtype])


@pytest.mark.parametrize("dtype", DTYPES)
def test_sub_bias_strided(dtype):
    # Non-contiguous x (a transposed view) and a strided bias (every other element).
    torch.manual_seed(1)
    x = torch.randn(70, 45, device=DEVICE, dtype=dtype).t()
    bias = torch.randn(140, device=DEVICE, dtype=dtype)[::2]
    assert_close(kernel.sub_bias(x, bias), reference.sub_bias(x, bias), TOL[dtype])
