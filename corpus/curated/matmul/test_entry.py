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


@pytest.mark.parametrize("m,k,n", [(67, 45, 83), (150, 100, 33), (5, 7, 3)])
@pytest.mark.parametrize("dtype", DTYPES)
def test_matmul(m, k, n, dtype):
    torch.manual_seed(0)
    a = torch.randn(m, k, device=DEVICE, dtype=dtype)
    b = torch.randn(k, n, device=DEVICE, dtype=dtype)
    assert_close(kernel.matmul(a, b), reference.matmul(a, b), TOL[dtype])


@pytest.mark.parametrize("dtype", DTYPES)
def test_matmul_transposed_operands(dtype):
    torch.manual_seed(1)
    a = torch.randn(70, 97, device=DEVICE, dtype=dtype).t()  # (97, 70), column-major
    b = torch.randn(45, 70, device=DEVICE, dtype=dtype).t()  # (70, 45), column-major
    assert_close(kernel.matmul(a, b), reference.matmul(a, b), TOL[dtype])
