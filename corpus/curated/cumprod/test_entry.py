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


def _factors(shape, dtype):
    # Magnitudes in [0.85, 1.15) with random signs: the running product
    # neither vanishes nor overflows over a few hundred steps, and never hits 0.
    mag = torch.rand(shape, device=DEVICE) * 0.3 + 0.85
    sign = torch.randint(0, 2, shape, device=DEVICE) * 2 - 1
    return (mag * sign).to(dtype)


@pytest.mark.parametrize("shape", [(37, 203), (3, 4, 150), (20, 1)])
@pytest.mark.parametrize("dtype", DTYPES)
def test_cumprod(shape, dtype):
    torch.manual_seed(0)
    x = _factors(shape, dtype)
    assert_close(kernel.cumprod(x), reference.cumprod(x), TOL[dtype])
