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


@pytest.mark.parametrize("shape", [(37, 203), (3, 7, 96)])
@pytest.mark.parametrize("dtype", DTYPES)
def test_add_layer_norm(shape, dtype):
    torch.manual_seed(0)
    N = shape[-1]
    x = torch.randn(shape, device=DEVICE, dtype=dtype)
    res = torch.randn(shape, device=DEVICE, dtype=dtype) * 2
    w = torch.randn(N, device=DEVICE, dtype=dtype)
    b = torch.randn(N, device=DEVICE, dtype=dtype)
    h, y = kernel.add_layer_norm(x, res, w, b)
    h_ref, y_ref = reference.add_layer_norm(x, res, w, b)
    assert_close(h, h_ref, TOL[dtype])
    assert_close(y, y_ref, TOL[dtype])
