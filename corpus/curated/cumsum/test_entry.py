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


@pytest.mark.parametrize("dim", [1, 0, -1])
@pytest.mark.parametrize("dtype", DTYPES)
def test_cumsum(dim, dtype):
    torch.manual_seed(0)
    x = torch.randn(37, 203, device=DEVICE, dtype=dtype)
    assert_close(kernel.cumsum(x, dim), reference.cumsum(x, dim), TOL[dtype],
                 reference.cumsum(x.double(), dim))


@pytest.mark.parametrize("dim", [0, 1])
def test_cumsum_strided(dim):
    torch.manual_seed(1)
    x = torch.randn(90, 41, device=DEVICE).t()
    assert_close(kernel.cumsum(x, dim), reference.cumsum(x, dim), TOL[torch.float32])
