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


def _normalised(m, n, dtype):
    X = torch.randn(m, n, device=DEVICE)
    return (X / (X.norm() + 1e-7)).to(dtype)  # Frobenius norm 1 >= spectral norm


@pytest.mark.parametrize("m,n", [(37, 53), (45, 120)])
@pytest.mark.parametrize("dtype", DTYPES)
def test_newton_schulz_step(m, n, dtype):
    torch.manual_seed(0)
    X = _normalised(m, n, dtype)
    assert_close(kernel.newton_schulz_step(X), reference.newton_schulz_step(X), TOL[dtype])


def test_newton_schulz_iterations_orthogonalise():
    # Five steps from the same start agree with the reference, and the
    # singular values approach 1 (the purpose of the iteration).
    torch.manual_seed(1)
    X = _normalised(24, 40, torch.float32)
    Y, Y_ref = X, X
    for _ in range(5):
        Y = kernel.newton_schulz_step(Y)
        Y_ref = reference.newton_schulz_step(Y_ref)
    assert_close(Y, Y_ref, 1e-3)
    sv = torch.linalg.svdvals(Y.cpu())
    assert sv.min() > 0.3 and sv.max() < 1.3
