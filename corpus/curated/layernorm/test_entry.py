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


@pytest.mark.parametrize("shape", [(37, 203), (2, 3, 1500), (64, 5)])
@pytest.mark.parametrize("dtype", DTYPES)
def test_layer_norm(shape, dtype):
    torch.manual_seed(0)
    N = shape[-1]
    x = torch.randn(shape, device=DEVICE, dtype=dtype) * 2 + 1
    w = torch.randn(N, device=DEVICE, dtype=dtype)
    b = torch.randn(N, device=DEVICE, dtype=dtype)
    assert_close(kernel.layer_norm(x, w, b), reference.layer_norm(x, w, b), TOL[dtype])


def test_layer_norm_eps_and_offset():
    # A large common offset: the one-pass E[x^2] - mean^2 variance loses it.
    torch.manual_seed(1)
    x = torch.randn(13, 300, device=DEVICE) * 0.1 + 300.0
    w = torch.randn(300, device=DEVICE)
    b = torch.randn(300, device=DEVICE)
    out = kernel.layer_norm(x, w, b, eps=1e-3)
    # Against float64: an fp32 reference is itself off by ~1e-3 here.
    ref = reference.layer_norm(x.double(), w.double(), b.double(), eps=1e-3).float()
    assert_close(out, ref, 3e-3)
