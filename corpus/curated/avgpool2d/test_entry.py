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


@pytest.mark.parametrize("shape", [(2, 3, 19, 23), (1, 2, 40, 9)])
@pytest.mark.parametrize("dtype", DTYPES)
def test_avg_pool2d(shape, dtype):
    torch.manual_seed(0)
    x = torch.randn(shape, device=DEVICE, dtype=dtype)
    assert_close(kernel.avg_pool2d(x), reference.avg_pool2d(x), TOL[dtype])


def test_avg_pool2d_channels_last():
    torch.manual_seed(1)
    x = torch.randn(2, 4, 11, 13, device=DEVICE).to(memory_format=torch.channels_last)
    assert_close(kernel.avg_pool2d(x), reference.avg_pool2d(x), TOL[torch.float32])
