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


@pytest.mark.parametrize("dtype", DTYPES)
def test_model(dtype):
    init = reference.get_init_inputs()
    torch.manual_seed(0)
    model = reference.Model(*init).to(DEVICE, dtype).eval()
    model_new = kernel.ModelNew(*init).to(DEVICE, dtype).eval()
    model_new.load_state_dict(model.state_dict())
    torch.manual_seed(1)
    inputs = [t.to(DEVICE, dtype) for t in reference.get_inputs()]
    with torch.no_grad():
        assert_close(model_new(*inputs), model(*inputs), TOL[dtype])


def test_model_channels_last():
    torch.manual_seed(2)
    model = reference.Model(20).to(DEVICE).eval()
    model_new = kernel.ModelNew(20).to(DEVICE).eval()
    x = torch.randn(2, 20, 7, 6, device=DEVICE).to(memory_format=torch.channels_last)
    with torch.no_grad():
        assert_close(model_new(x), model(x), TOL[torch.float32])
