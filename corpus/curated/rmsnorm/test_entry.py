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


@pytest.mark.parametrize("shape", [(37, 203), (2, 5, 771), (45, 3)])
@pytest.mark.parametrize("dtype", DTYPES)
def test_rms_norm(shape, dtype):
    torch.manual_seed(0)
    x = torch.randn(shape, device=DEVICE, dtype=dtype)
    w = torch.rand(shape[-1], device=DEVICE, dtype=dtype) + 0.5
    assert_close(kernel.rms_norm(x, w), reference.rms_norm(x, w), TOL[dtype])


def test_rms_norm_eps():
    torch.manual_seed(1)
    x = torch.randn(7, 100, device=DEVICE) * 1e-2
    w = torch.randn(100, device=DEVICE)
    assert_close(kernel.rms_norm(x, w, eps=1e-3), reference.rms_norm(x, w, eps=1e-3),
                 TOL[torch.float32])
