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


@pytest.mark.parametrize("n,c", [(37, 203), (300, 11), (4, 1000)])
@pytest.mark.parametrize("dtype", DTYPES)
def test_cross_entropy(n, c, dtype):
    torch.manual_seed(0)
    logits = torch.randn(n, c, device=DEVICE, dtype=dtype) * 3
    target = torch.randint(0, c, (n,), device=DEVICE)
    assert_close(kernel.cross_entropy(logits, target),
                 reference.cross_entropy(logits, target), TOL[dtype])


def test_cross_entropy_ignore_index_strided():
    torch.manual_seed(1)
    logits = torch.randn(77, 50, device=DEVICE).t()  # (50, 77), non-contiguous
    target = torch.randint(0, 77, (50,), device=DEVICE)
    target[::3] = -100
    assert_close(kernel.cross_entropy(logits, target),
                 reference.cross_entropy(logits, target), TOL[torch.float32])
