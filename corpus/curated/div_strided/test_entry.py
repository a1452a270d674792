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


def _denominator(shape, dtype):
    # Magnitudes in [0.5, 2) with random signs: never zero, no huge quotients.
    mag = torch.rand(shape, device=DEVICE) * 1.5 + 0.5
    sign = torch.randint(0, 2, shape, device=DEVICE) * 2 - 1
    return (mag * sign).to(dtype)


@pytest.mark.parametrize("dtype", DTYPES)
def test_divide(dtype):
    torch.manual_seed(0)
    a = torch.randn(41, 67, device=DEVICE, dtype=dtype)
    b = _denominator((41, 67), dtype)
    assert_close(kernel.divide(a, b), reference.divide(a, b), TOL[dtype])


@pytest.mark.parametrize("dtype", DTYPES)
def test_divide_transposed_input(dtype):
    torch.manual_seed(1)
    a = torch.randn(67, 41, device=DEVICE, dtype=dtype).t()  # column-major view
    b = _denominator((41, 67), dtype)
    assert not a.is_contiguous()
    assert_close(kernel.divide(a, b), reference.divide(a, b), TOL[dtype])
