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


def assert_close(out, ref, tol, ref64=None):
    # An element passes when it is within tol of the same-dtype reference, or
    # of a float64 reference on the same inputs (16-bit scans on the GPU
    # round differently along the line; a wrong kernel is far from both).
    assert out.shape == ref.shape and out.dtype == ref.dtype
    ok = torch.isclose(out, ref, atol=tol, rtol=tol)
    if ref64 is not None:
        ok |= torch.isclose(out.double(), ref64, atol=tol, rtol=tol)
    assert bool(ok.all()), (out - ref).abs().max()


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
    assert_close(kernel.cumprod(x), reference.cumprod(x), TOL[dtype], reference.cumprod(x.double()))
