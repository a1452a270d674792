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
# On a GPU, cuDNN runs fp32 convolutions in TF32 by default (about 1e-3
# relative error): the reference must be full fp32.
torch.backends.cudnn.allow_tf32 = False


def assert_close(out, ref, tol):
    assert out.shape == ref.shape and out.dtype == ref.dtype
    assert torch.allclose(out, ref, atol=tol, rtol=tol), (out - ref).abs().max()


def _models(init, dtype):
    torch.manual_seed(0)
    model = reference.Model(*init)
    model_new = kernel.ModelNew(*init)
    model_new.load_state_dict(model.state_dict())
    return model.to(DEVICE, dtype).eval(), model_new.to(DEVICE, dtype).eval()


@pytest.mark.parametrize("dtype", DTYPES)
def test_model(dtype):
    model, model_new = _models(reference.get_init_inputs(), dtype)
    torch.manual_seed(1)
    inputs = [t.to(DEVICE, dtype) for t in reference.get_inputs()]
    with torch.no_grad():
        assert_close(model_new(*inputs), model(*inputs), TOL[dtype])


@pytest.mark.parametrize("init", [[4, 9, 5, 1, 2], [2, 33, 1, 3, 0], [5, 6, 3, 1, 0]])
def test_other_configs_channels_last(init):
    # [in_channels, out_channels, kernel_size, stride, padding]
    model, model_new = _models(init, torch.float32)
    torch.manual_seed(2)
    x = torch.randn(2, init[0], 13, 10, device=DEVICE).to(memory_format=torch.channels_last)
    with torch.no_grad():
        assert_close(model_new(x), model(x), TOL[torch.float32])
