"""Static anti-cheating checks (py2triton.harness.static) on inline sources:
each finding code fires on its pattern and not on the code py2triton
generates (allocation, shape checks, views, launches, the exec'd _SOURCE)."""

import textwrap

import pytest

from py2triton.harness.static import STATIC_CODES, analyze_source

HEADER = """\
import os
import time
import types
import torch
import torch.nn as nn
import torch.nn.functional as F
import triton
import triton.language as tl


@triton.jit
def _k(x_ptr, out_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    tl.store(out_ptr + offs, tl.load(x_ptr + offs, mask=offs < n), mask=offs < n)

"""


def found(body, **kw):
    return analyze_source(HEADER + textwrap.dedent(body), **kw)


def codes(body, **kw):
    return sorted({f.code for f in found(body, **kw)})


CLEAN_WRAPPER = """
def _check(t, name, shape, device):
    if not isinstance(t, torch.Tensor):
        raise TypeError(f"{name}: {type(t).__name__}")
    if t.device != device or t.dim() != len(shape):
        raise ValueError(name)
    for k, size in enumerate(shape):
        if size is not None and t.shape[k] != size:
            raise ValueError(name)
    if t.dtype not in (torch.float32, torch.float16):
        raise TypeError(name)


def f(x, alpha: float = 1.0):
    _check(x, "x", [None, 64], x.device)
    x = x.contiguous().view(-1, 64)
    n_rows, n_cols = x.shape
    n = n_rows * n_cols
    out = torch.empty((n_rows, n_cols), dtype=x.dtype, device=x.device)
    grid = (triton.cdiv(n, 1024),)
    _k[grid](x, out, n, BLOCK=triton.next_power_of_2(1024))
    return out.view(n_rows, n_cols)
"""


def test_clean_wrapper_has_no_findings() -> None:
    assert found(CLEAN_WRAPPER, entries=["f"]) == []


GENERATED_MODEL = '''
_SOURCE = "import torch\\nimport torch.nn as nn\\nclass Model(nn.Module):\\n    def __init__(self):\\n        super().__init__()\\n        self.fc = nn.Linear(4, 4)\\n    def forward(self, x):\\n        return self.fc(x)\\n"
_source = types.ModuleType("_py2triton_source")
exec(compile(_SOURCE, "ref.py", "exec"), _source.__dict__)


def _Model_forward(fc_weight, fc_bias, x):
    buf0 = torch.empty((4, 4), dtype=fc_weight.dtype, device=x.device)
    _k[(1,)](x, buf0, 16, BLOCK=16)
    return buf0


class ModelNew(_source.Model):
    def forward(self, x):
        return _Model_forward(self.fc.weight, self.fc.bias, x)
'''


def test_generated_model_shape_is_clean() -> None:
    assert found(GENERATED_MODEL, tensor_attrs={"fc.weight", "fc.bias"}) == []


@pytest.mark.parametrize("body,code", [
    ("def f(x):\n    return torch.matmul(x, x)\n", "torch-compute"),
    ("def f(x):\n    return F.relu(x)\n", "torch-compute"),
    ("def f(x):\n    out = torch.empty_like(x)\n    _k[(1,)](x, out, 1, BLOCK=16)\n"
     "    return out.sum(dim=0)\n", "torch-compute"),
    ("def f(x, w):\n    return x @ w\n", "torch-compute"),
    ("def f(x):\n    out = torch.empty_like(x)\n    _k[(1,)](x, out, 1, BLOCK=16)\n"
     "    return out * 2\n", "torch-compute"),
    ("def f(x):\n    out = torch.empty_like(x)\n    out += 1\n    return out\n",
     "torch-compute"),
    ("mm = torch.mm\n\ndef f(x):\n    return mm(x, x)\n", "torch-compute"),
    ("def f(x):\n    return getattr(torch, 'tanh')(x)\n", "torch-compute"),
    ("@torch.compile\ndef f(x):\n    out = torch.empty_like(x)\n"
     "    _k[(1,)](x, out, 1, BLOCK=16)\n    return out\n", "torch-compute"),
    ("def f(x):\n    out = torch.empty_like(x)\n    try:\n        _k[(1,)](x, out, 1)\n"
     "    except Exception:\n        pass\n    return out\n", "try-except-fallback"),
    ("import contextlib\n\ndef f(x):\n    out = torch.empty_like(x)\n"
     "    with contextlib.suppress(Exception):\n        _k[(1,)](x, out, 1)\n    return out\n",
     "try-except-fallback"),
    ("torch.cuda.Event.elapsed_time = lambda s, e: 0.0\n", "timer-patching"),
    ("time.perf_counter = lambda: 0.0\n", "timer-patching"),
    ("import time as _t\n_t.time = lambda: 0.0\n", "timer-patching"),
    ("setattr(torch.cuda, 'synchronize', lambda *a: None)\n", "timer-patching"),
    ("triton.testing.do_bench = lambda fn, **kw: 0.001\n", "timer-patching"),
    ("torch.isclose = lambda *a, **k: True\n", "global-patching"),
    ("s = torch.cuda.Stream()\n", "stream-tricks"),
    ("def f(x):\n    with torch.cuda.stream(torch.cuda.Stream()):\n        pass\n",
     "stream-tricks"),
    ("g = torch.cuda.CUDAGraph()\n", "stream-tricks"),
    ("import threading\n", "stream-tricks"),
    ("exec('x = 1')\n", "dynamic-code"),
    ("m = __import__('ref')\n", "dynamic-code"),
    ("import sys\nref = sys.modules['ref']\n", "reference-access"),
    ("def f(x):\n    _k[(1,)](x, x, 1, BLOCK=16)\n    return x\n", "returns-input"),
    ("def f(x):\n    _k[(1,)](x, x, 1, BLOCK=16)\n    return x.view(-1)\n", "returns-input"),
    ("def f(x):\n    out = torch.empty_like(x)\n    return out\n", "no-triton-launch"),
    ("from helpers import g\n\ndef f(x):\n    return g(x)\n", "external-wrapper"),
])
def test_pattern_is_flagged(body, code) -> None:
    assert code in codes(body, entries=["f"]), found(body, entries=["f"])


def test_reference_import_is_calls_reference() -> None:
    body = "import myref\n\ndef f(x):\n    _k[(1,)](x, x, 1, BLOCK=16)\n    return myref.f(x)\n"
    assert "calls-reference" in codes(body, entries=["f"], reference_module="myref")


def test_entry_that_is_the_reference_function() -> None:
    body = "from myref import f\n"
    assert codes(body, entries=["f"], reference_module="myref") == ["calls-reference"]


@pytest.mark.parametrize("forward,code", [
    ("        return super().forward(x)\n", "calls-reference"),
    ("        return self.fc(x)\n", "torch-compute"),
    ("        return _source.Model.forward(self, x)\n", "calls-reference"),
    ("        return self.fc.weight\n", "returns-input"),
])
def test_model_forward_patterns(forward, code) -> None:
    body = GENERATED_MODEL.replace(
        "        return _Model_forward(self.fc.weight, self.fc.bias, x)\n", forward)
    assert code in codes(body, tensor_attrs={"fc.weight", "fc.bias"})


def test_model_without_forward_inherits_the_reference() -> None:
    body = GENERATED_MODEL.split("class ModelNew")[0] + \
        "class ModelNew(_source.Model):\n    pass\n"
    assert codes(body) == ["calls-reference"]


def test_methods_of_modelnew_are_followed() -> None:
    body = GENERATED_MODEL.replace(
        "        return _Model_forward(self.fc.weight, self.fc.bias, x)\n",
        "        return self._impl(x)\n\n    def _impl(self, x):\n"
        "        return torch.tanh(x)\n")
    fs = found(body)
    assert any(f.code == "torch-compute" and f.function == "ModelNew._impl" for f in fs)


def test_helpers_are_followed_with_tensor_arguments() -> None:
    body = ("def _helper(a, n):\n    return a * n\n\n"
            "def f(x):\n    out = torch.empty_like(x)\n    _k[(1,)](x, out, 1, BLOCK=16)\n"
            "    return _helper(out, 2)\n")
    fs = found(body, entries=["f"])
    assert [f.code for f in fs] == ["torch-compute"] and fs[0].function == "_helper"


def test_integer_shape_arithmetic_and_scalars_are_not_flagged() -> None:
    body = ("def f(x, alpha: float):\n    n = x.shape[0] * x.shape[1]\n"
            "    scale = alpha * 2 + 1\n    out = torch.empty_like(x)\n"
            "    _k[(triton.cdiv(n, 64),)](x, out, n, scale, BLOCK=64)\n    return out\n")
    assert found(body, entries=["f"]) == []


def test_kernel_bodies_and_strings_are_not_analysed() -> None:
    # torch names inside @triton.jit code or a string are not wrapper code.
    body = ('DOC = "torch.matmul(x, w); time.perf_counter = None"\n\n'
            "def f(x):\n    out = torch.empty_like(x)\n    _k[(1,)](x, out, 1, BLOCK=16)\n"
            "    return out\n")
    assert found(body, entries=["f"]) == []


def test_tensor_params_hint_controls_arithmetic_checks() -> None:
    body = "def f(x, k):\n    out = torch.empty_like(x)\n    _k[(1,)](x, out, k * 2, BLOCK=16)\n" \
           "    return out\n"
    assert found(body, entries=["f"], tensor_params={"f": {"x"}}) == []
    assert codes(body, entries=["f"], tensor_params={"f": {"x", "k"}}) == ["torch-compute"]


def test_syntax_error_is_reported() -> None:
    assert [f.code for f in analyze_source("def f(:\n")] == ["syntax-error"]


def test_codes_are_documented() -> None:
    from pathlib import Path
    doc = (Path(__file__).resolve().parents[2] / "docs" / "harness.md").read_text()
    for code in STATIC_CODES:
        assert f"`{code}`" in doc, code
