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


@pytest.mark.parametrize("bsz,m,k,n", [(3, 37, 45, 29), (2, 5, 70, 66)])
@pytest.mark.parametrize("dtype", DTYPES)
def test_bmm(bsz, m, k, n, dtype):
    torch.manual_seed(0)
    a = torch.randn(bsz, m, k, device=DEVICE, dtype=dtype)
    b = torch.randn(bsz, k, n, device=DEVICE, dtype=dtype)
    assert_close(kernel.bmm(a, b), reference.bmm(a, b), TOL[dtype])


def test_bmm_strided_operands():
    torch.manual_seed(1)
    a = torch.randn(33, 4, 21, device=DEVICE).permute(1, 0, 2)    # (4, 33, 21), batch not outermost
    b = torch.randn(4, 40, 21, device=DEVICE).transpose(1, 2)     # (4, 21, 40), column-major
    assert_close(kernel.bmm(a, b), reference.bmm(a, b), TOL[torch.float32])
