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


@pytest.mark.parametrize("shape", [(37, 203), (6, 1000), (19, 1)])
@pytest.mark.parametrize("dtype", DTYPES)
def test_row_argmax(shape, dtype):
    torch.manual_seed(0)
    x = torch.randn(shape, device=DEVICE, dtype=dtype)
    out = kernel.row_argmax(x)
    ref = reference.row_argmax(x)
    assert out.dtype == ref.dtype == torch.int64 and out.shape == ref.shape
    assert torch.equal(out, ref)


def test_row_argmax_ties_pick_first():
    # Few distinct values: many ties, across and within 128-wide chunks.
    torch.manual_seed(1)
    x = torch.randint(-3, 4, (23, 300), device=DEVICE).float()
    assert torch.equal(kernel.row_argmax(x), reference.row_argmax(x))


def test_row_argmax_all_negative_strided():
    torch.manual_seed(2)
    x = (-torch.rand(150, 31, device=DEVICE) - 1.0).t()
    assert torch.equal(kernel.row_argmax(x), reference.row_argmax(x))
