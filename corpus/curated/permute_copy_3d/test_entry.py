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


@pytest.mark.parametrize("shape", [(5, 19, 7), (17, 3, 11)])
@pytest.mark.parametrize("dtype", DTYPES)
def test_permute_copy(shape, dtype):
    torch.manual_seed(0)
    x = torch.randn(shape, device=DEVICE, dtype=dtype)
    out = kernel.permute_copy(x)
    assert out.is_contiguous()
    assert_close(out, reference.permute_copy(x), TOL[dtype])


def test_permute_copy_of_transposed_input():
    torch.manual_seed(1)
    x = torch.randn(9, 6, 21, device=DEVICE).transpose(0, 2)  # (21, 6, 9), non-contiguous
    assert_close(kernel.permute_copy(x), reference.permute_copy(x), TOL[torch.float32])
