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


def _tables(S, D, base=10000.0):
    inv_freq = 1.0 / (base ** (torch.arange(0, D, 2, device=DEVICE, dtype=torch.float32) / D))
    angles = torch.arange(S, device=DEVICE, dtype=torch.float32)[:, None] * inv_freq[None, :]
    return torch.cos(angles), torch.sin(angles)


@pytest.mark.parametrize("b,s,h,d", [(2, 37, 3, 48), (1, 9, 5, 128)])
@pytest.mark.parametrize("dtype", DTYPES)
def test_rope(b, s, h, d, dtype):
    torch.manual_seed(0)
    x = torch.randn(b, s, h, d, device=DEVICE, dtype=dtype)
    cos, sin = _tables(s, d)
    assert_close(kernel.apply_rope(x, cos, sin), reference.apply_rope(x, cos, sin), TOL[dtype])


def test_rope_on_a_slice_of_fused_qkv():
    # q is a strided view into a fused (B, S, 3 * H, D) projection.
    torch.manual_seed(1)
    qkv = torch.randn(2, 21, 3 * 4, 32, device=DEVICE)
    q = qkv[:, :, 4:8, :]
    cos, sin = _tables(21, 32)
    assert_close(kernel.apply_rope(q, cos, sin), reference.apply_rope(q, cos, sin),
                 TOL[torch.float32])
