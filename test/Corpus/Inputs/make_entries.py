#!/usr/bin/env python3
"""Writes the JSONL inputs of the test/Corpus lit tests (run it after editing).

  entries.jsonl   real Triton pairs (TRITON_INTERPRET=1 on CPU): 3 pass,
                  3 fail (wrong result, syntax error, no test functions)
  light.jsonl     torch-free entries for fast resume tests
  timeout.jsonl   torch-free entries: pass, fail, hang, pass, crash
  dup-ids.jsonl   two entries with one id (validate must refuse it)
  norm.jsonl      normalisation cases for `split --dump-keys`
  split.jsonl     structure groups, duplicates, a curated entry
  curated.jsonl   curated entries (one duplicated by a split.jsonl entry)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def meta(op="elementwise", difficulty="easy", dtypes=("fp32",), source="generated", **extra):
    m = {"operation_type": op, "difficulty": difficulty, "tags": ["test"],
         "dtypes": list(dtypes), "source": source}
    m.update(extra)
    return m


def entry(id, python_code, triton_code, test_code, **m):
    return {"id": id, "python_code": python_code, "triton_code": triton_code,
            "test_code": test_code, "metadata": meta(**m)}


def write(name, entries):
    with open(os.path.join(HERE, name), "w") as f:
        for e in entries:
            f.write(json.dumps(e) + "\n")


# --- real Triton entries ----------------------------------------------------
KERNEL = '''import torch
import triton
import triton.language as tl


@triton.jit
def _kernel(x_ptr, y_ptr, out_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n
    x = tl.load(x_ptr + offs, mask=mask)
    y = tl.load(y_ptr + offs, mask=mask)
    tl.store(out_ptr + offs, {expr}, mask=mask)


def f(x, y):
    x = x.contiguous()
    y = y.contiguous()
    out = torch.empty_like(x)
    n = x.numel()
    _kernel[(triton.cdiv(n, 256),)](x, y, out, n, BLOCK=256)
    return out
'''

TEST = '''import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import pytest
import torch

import kernel
import reference

DEVICE = "cuda" if torch.cuda.is_available() else "cpu"
TOL = {{torch.float32: 1e-4, torch.float16: 1e-2}}


@pytest.mark.parametrize("dtype", [{dtypes}])
def test_f(dtype):
    g = torch.Generator().manual_seed(0)
    x = torch.randn(37, 29, generator=g).to(DEVICE, dtype)
    y = torch.randn(37, 29, generator=g).to(DEVICE, dtype)
    want = reference.f(x, y)
    got = kernel.f(x, y)
    assert got.shape == want.shape and got.dtype == want.dtype
    assert torch.allclose(got, want, atol=TOL[dtype], rtol=TOL[dtype])
'''

FP32 = "torch.float32"
BOTH = "torch.float32, torch.float16"
real = [
    entry("ew-add", "def f(x, y):\n    return x + y\n",
          KERNEL.format(expr="x + y"), TEST.format(dtypes=BOTH), dtypes=("fp32", "fp16")),
    # Same function and kernel names as ew-add: passes only if the entries'
    # modules are isolated inside the shared pytest process.
    entry("ew-mul", "def f(x, y):\n    return x * y * 0.5\n",
          KERNEL.format(expr="x * y * 0.5"), TEST.format(dtypes=FP32)),
    entry("ew-wrong", "def f(x, y):\n    return x + y\n",
          KERNEL.format(expr="x - y"), TEST.format(dtypes=FP32)),
    entry("ew-syntax", "def f(x, y):\n    return x + y\n",
          KERNEL.format(expr="x +* y"), TEST.format(dtypes=FP32)),
    entry("ew-max", "import torch\n\n\ndef f(x, y):\n    return torch.maximum(x, y)\n",
          KERNEL.format(expr="tl.maximum(x, y)"), TEST.format(dtypes=BOTH),
          dtypes=("fp32", "fp16")),
    entry("ew-no-tests", "def f(x, y):\n    return x + y\n",
          KERNEL.format(expr="x + y"), "import torch\n\n\ndef helper():\n    pass\n"),
]
write("entries.jsonl", real)

# --- torch-free entries -----------------------------------------------------
def light(id, body, **m):
    return entry(id, "def f(x):\n    return x\n", "def f(x):\n    return x\n", body, **m)


OK = "def test_ok():\n    assert sum(range(5)) == 10\n"
FAIL = "def test_bad():\n    assert 1 + 1 == 3\n"
HANG = "import time\n\n\ndef test_hang():\n    time.sleep(600)\n"
CRASH = "import os\n\n\ndef test_crash():\n    os.abort()\n"
write("light.jsonl", [light("light-ok-1", OK), light("light-fail", FAIL),
                      light("light-ok-2", OK)])
write("timeout.jsonl", [light("t-ok-1", OK), light("t-fail", FAIL), light("t-hang", HANG),
                        light("t-ok-2", OK), light("t-crash", CRASH)])
write("dup-ids.jsonl", [light("same", OK), light("same", FAIL)])

# --- normalisation ----------------------------------------------------------
BASE = '''import torch


def scaled_relu(x, y):
    total = torch.relu(x) * 2.0
    for i in range(3):
        total = total + y * i
    return total.sum(dim=1)
'''
COMMENTS = '''import torch

# A different comment.
def scaled_relu(x, y):
    """A docstring."""

    total = torch.relu(x)*2.0   # trailing comment
    for i in range( 3 ):
        "a string statement"
        total = total + \\
            y * i
    return total.sum(dim=1)
'''
RENAMED = BASE.replace("total", "acc").replace("scaled_relu", "g").replace("(x, y)", "(a, b)") \
    .replace("relu(x)", "relu(a)").replace("y * i", "b * i")
LITERAL = BASE.replace("2.0", "-3.5").replace("range(3)", "range(7)")
KWARG = BASE.replace("dim=1", "axis=1")
API = BASE.replace("torch.relu", "torch.sigmoid")
NAMES = BASE.replace("total.sum", "total.mean")
norm = [
    light("n-base", OK), light("n-comments", OK), light("n-renamed", OK),
    light("n-literal", OK), light("n-kwarg", OK), light("n-api", OK), light("n-attr", OK),
]
for e, code in zip(norm, [BASE, COMMENTS, RENAMED, LITERAL, KWARG, API, NAMES]):
    e["python_code"] = code
write("norm.jsonl", norm)

# --- split ------------------------------------------------------------------
split = []
# 120 structures given in metadata, two entries each (different code).
for s in range(120):
    for k in range(2):
        e = light(f"meta-{s}-{k}", OK, structure=f"struct-{s}")
        e["python_code"] = f"def f(x):\n    return x * {s * 2 + k}\n"
        split.append(e)
# One derived structure: same code up to literals and shapes.
for k in range(8):
    e = light(f"group-{k}", OK, op="reduction", difficulty="medium", dtypes=("fp32", "fp16"))
    e["python_code"] = (f'import torch\n\n\ndef g(x: "f32[{k + 3}, {2 * k + 5}]"):\n'
                        f'    return torch.softmax(x * {k + 0.5}, dim=-1)\n')
    split.append(e)
# Exact duplicates of group-0 up to comments, layout and local names.
dup = light("dup-of-group-0", OK, op="reduction")
dup["python_code"] = ('import torch\n\n# comment\ndef h(y: "f32[3, 5]"):\n    """doc"""\n'
                      '    return torch.softmax(y*0.5, dim=-1)  # trailing\n')
split.append(dup)
# The same id again (dropped as a duplicate id).
again = light("group-1", OK)
again["python_code"] = "def other(x):\n    return x - 1\n"
split.append(again)
# ast_hash from metadata: these two differ in code but share the hash.
for k in range(2):
    e = light(f"hashed-{k}", OK, ast_hash="feedfacefeedface", structure="hashed")
    e["python_code"] = f"def f(x):\n    return x + {k + 1000}\n"
    split.append(e)
# A curated entry inside the input goes to the curated split.
e = light("in-curated", OK, source="curated", op="fused", difficulty="hard")
e["python_code"] = "def fused(x):\n    return (x * 3).tanh()\n"
split.append(e)
# A generated copy of a curated entry (curated.jsonl's cur-0).
e = light("copy-of-cur-0", OK)
e["python_code"] = "import torch\n\ndef model(x):\n    return torch.cumsum(x, dim=0)\n"
split.append(e)
write("split.jsonl", split)

curated = []
for k, code in enumerate([
        "import torch\n\ndef model(x):\n    return torch.cumsum(x, dim=0)\n",
        "import torch\n\ndef model(x):\n    return torch.logsumexp(x, dim=1)\n"]):
    e = light(f"cur-{k}", OK, source="curated", op="scan" if k == 0 else "reduction",
              difficulty="medium", dtypes=("fp32", "bf16"))
    e["python_code"] = code
    curated.append(e)
write("curated.jsonl", curated)
