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


def _run(fn, x, w, b, dy):
    x = x.clone().requires_grad_(True)
    w = w.clone().requires_grad_(True)
    b = b.clone().requires_grad_(True)
    y = fn(x, w, b)
    y.backward(dy)
    return y.detach(), x.grad, w.grad, b.grad


@pytest.mark.parametrize("shape", [(37, 203), (3, 11, 64)])
@pytest.mark.parametrize("dtype", DTYPES)
def test_layer_norm_forward_backward(shape, dtype):
    torch.manual_seed(0)
    N = shape[-1]
    x = torch.randn(shape, device=DEVICE, dtype=dtype) * 2 + 0.5
    w = torch.randn(N, device=DEVICE, dtype=dtype)
    b = torch.randn(N, device=DEVICE, dtype=dtype)
    dy = torch.randn(shape, device=DEVICE, dtype=dtype)
    got = _run(kernel.layer_norm, x, w, b, dy)
    # The reference runs in fp32 on the same (already rounded) inputs and its
    # results are rounded to dtype: torch's own fp16/bf16 CPU backward sums
    # dw/db in low precision and is itself off by more than 1e-2.
    want = [t.to(dtype) for t in _run(reference.layer_norm, x.float(), w.float(), b.float(),
                                       dy.float())]
    for name, g, r in zip(("y", "dx", "dw", "db"), got, want):
        assert g is not None, name
        assert_close(g, r, TOL[dtype])
