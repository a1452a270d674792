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


@pytest.mark.parametrize("shape", [(2, 3, 19, 23), (1, 5, 8, 7)])
@pytest.mark.parametrize("dtype", DTYPES)
def test_max_pool2d(shape, dtype):
    torch.manual_seed(0)
    x = torch.randn(shape, device=DEVICE, dtype=dtype)
    assert_close(kernel.max_pool2d(x), reference.max_pool2d(x), TOL[dtype])


def test_max_pool2d_negative_channels_last():
    # All-negative input (padding must not act as 0) in channels-last layout.
    torch.manual_seed(1)
    x = (-torch.rand(2, 4, 11, 13, device=DEVICE) - 0.5).to(memory_format=torch.channels_last)
    assert_close(kernel.max_pool2d(x), reference.max_pool2d(x), TOL[torch.float32])
