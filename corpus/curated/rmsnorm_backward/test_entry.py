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


def _run(fn, x, w, dy):
    x = x.clone().requires_grad_(True)
    w = w.clone().requires_grad_(True)
    y = fn(x, w)
    y.backward(dy)
    return y.detach(), x.grad, w.grad


@pytest.mark.parametrize("shape", [(37, 203), (2, 21, 48), (5, 1)])
@pytest.mark.parametrize("dtype", DTYPES)
def test_rms_norm_forward_backward(shape, dtype):
    torch.manual_seed(0)
    N = shape[-1]
    x = torch.randn(shape, device=DEVICE, dtype=dtype)
    w = torch.rand(N, device=DEVICE, dtype=dtype) + 0.5
    dy = torch.randn(shape, device=DEVICE, dtype=dtype)
    got = _run(kernel.rms_norm, x, w, dy)
    # Reference in fp32 on the same rounded inputs, rounded to dtype (the
    # op-by-op fp16/bf16 autograd graph rounds every intermediate).
    want = [t.to(dtype) for t in _run(reference.rms_norm, x.float(), w.float(), dy.float())]
    for name, g, r in zip(("y", "dx", "dw"), got, want):
        assert g is not None, name
        assert_close(g, r, TOL[dtype])
