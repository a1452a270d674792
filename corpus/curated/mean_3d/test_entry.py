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


@pytest.mark.parametrize("dim", [0, 1, 2, -1])
@pytest.mark.parametrize("dtype", DTYPES)
def test_mean_dim(dim, dtype):
    torch.manual_seed(0)
    x = torch.randn(7, 19, 23, device=DEVICE, dtype=dtype) + 0.25
    assert_close(kernel.mean_dim(x, dim), reference.mean_dim(x, dim), TOL[dtype])


@pytest.mark.parametrize("dim", [0, 1, 2])
def test_mean_dim_permuted_input(dim):
    torch.manual_seed(1)
    x = torch.randn(13, 5, 31, device=DEVICE).permute(2, 0, 1)  # (31, 13, 5), non-contiguous
    assert_close(kernel.mean_dim(x, dim), reference.mean_dim(x, dim), TOL[torch.float32])
