#!/usr/bin/env python3
"""GPU benchmark of py2triton's generated kernels against eager PyTorch and
torch.compile.

For every benchmark source bench/suite/NAME.py that has a translation
bench/generated/NAME.py (made on the build machine by
bench/prepare_gpu_bench.sh), this script, in one process:

1. builds the inputs on CUDA (seeded): from string annotations
   (``x: "f32[4096, 4096]"``; dims are integers or names of module ints) or
   from ``get_inputs()``; for a KernelBench ``Model`` file, ``Model`` and the
   generated ``ModelNew`` are built from ``get_init_inputs()`` under the same
   seed, and Model's state_dict is loaded into ModelNew;
2. checks correctness: eager vs ours with |ours - ref| <= atol + rtol*|ref|
   (rtol = atol = 1e-4 for fp32, 1e-2 for fp16/bf16, the loosest among the
   input and output dtypes; integers exact). Where the same-dtype reference
   disagrees, an element also passes if it is within tolerance of a float64
   reference (a fused kernel rounds once, eager bf16 rounds after every op).
   An incorrect kernel is still timed for information but marked WRONG and
   left out of the geomeans;
3. times eager, torch.compile(fn) (default mode; the first call, i.e. the
   compile, is timed separately) and ours with CUDA events: 10 warm-up
   calls, then the median of --iters (default 100) calls, the L2 cache
   flushed before each timed call by zeroing a 256 MiB buffer (outside the
   timed region);
4. reports GB/s ((bytes of inputs + parameters + outputs) / time) and the
   fraction of the measured device-to-device copy bandwidth (1 GiB
   ``y.copy_(x)``, GB/s = 2 * bytes / time) for memory-bound functions, and
   TFLOP/s and the fraction of a bare cuBLAS ``torch.matmul`` of the same
   GEMM shape for matmul-bound ones.

Prints a table and writes JSON to $OUT/kernels.json when $OUT is set, else
bench/results/kernels.json (or --json PATH): GPU name, torch / triton / CUDA
versions, date, compiler commit (from bench/generated/MANIFEST.txt), copy
bandwidth, per-function records, and the geomean speedups of ours vs eager
and vs torch.compile over correct functions.

A failure in one function (translation missing, exception in any variant)
is recorded and the run goes on. A sticky CUDA error (e.g. an illegal memory
access in a kernel) poisons the CUDA context of the process: the runner then
re-executes itself for the remaining functions in a fresh process and merges
the records.

Usage (GPU machine, repository root):
    PYTHONUNBUFFERED=1 python3 bench/kernels_bench.py [--only a,b] [--no-compile]
        [--iters N] [--warmup N] [--json PATH]
Check without a GPU (imports every generated module and reference, checks
names / signatures / state_dict keys, builds the inputs on the meta device
and computes bytes / FLOPs):
    .venv/bin/python bench/kernels_bench.py --dry-run
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import inspect
import json
import math
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUITE_DIR = ROOT / "bench" / "suite"
GEN_DIR = ROOT / "bench" / "generated"
MANIFEST = GEN_DIR / "MANIFEST.txt"

# Compile workers for inductor (set before torch is imported).
os.environ.setdefault("TORCHINDUCTOR_COMPILE_THREADS", str(min(16, os.cpu_count() or 4)))

import torch  # noqa: E402

# ---------------------------------------------------------------------------
# Per-function metadata: kind, and for matmul-bound functions the FLOP count
# and the bare GEMM whose cuBLAS time is the yardstick. Functions missing
# here get kind "other" and are treated as memory-bound.
#   flops(inputs, model) -> float
#   gemm(inputs, model)  -> (a, b) for torch.matmul(a, b)
# ---------------------------------------------------------------------------


def _mm_flops(a, b):
    """2*M*N*K*batch for torch.matmul(a, b) (a: [..., M, K], b: [..., K, N])."""
    batch = 1
    for d in torch.broadcast_shapes(a.shape[:-2], b.shape[:-2]):
        batch *= d
    return 2.0 * batch * a.shape[-2] * a.shape[-1] * b.shape[-1]


META = {
    "add": dict(kind="pointwise"),
    "bias_gelu_residual": dict(kind="pointwise"),
    "swiglu": dict(kind="pointwise"),
    "leaky_relu_scale": dict(kind="pointwise"),
    "where_clamp": dict(kind="pointwise"),
    "cast_bf16": dict(kind="pointwise"),
    "transpose_add": dict(kind="broadcast"),
    "row_col_broadcast": dict(kind="broadcast"),
    "row_sum": dict(kind="reduction"),
    "col_sum": dict(kind="reduction"),
    "mean_last": dict(kind="reduction"),
    "amax_rows": dict(kind="reduction"),
    "argmax_rows": dict(kind="reduction"),
    "var_rows": dict(kind="reduction"),
    "softmax_4k": dict(kind="softmax"),
    "softmax_32k": dict(kind="softmax"),
    "log_softmax": dict(kind="softmax"),
    "layernorm": dict(kind="norm"),
    "rmsnorm": dict(kind="norm"),
    "kb_rmsnorm": dict(kind="norm"),
    "cumsum_rows": dict(kind="scan"),
    "matvec": dict(kind="matvec"),
    "mse_loss": dict(kind="loss"),
    "cross_entropy": dict(kind="loss"),
    # The six memory-bound functions under 85% of copy bandwidth at their
    # KernelBench-like sizes (128-268 MB), again at ~1 GiB: the size of the
    # copy-bandwidth reference.
    "col_sum_1g": dict(kind="reduction"),
    "mean_last_1g": dict(kind="reduction"),
    "var_rows_1g": dict(kind="reduction"),
    "softmax_32k_1g": dict(kind="softmax"),
    "kb_rmsnorm_1g": dict(kind="norm"),
    "cross_entropy_1g": dict(kind="loss"),
    "matmul_fp16": dict(kind="matmul",
                        flops=lambda i, m: _mm_flops(i[0], i[1]),
                        gemm=lambda i, m: (i[0], i[1])),
    "matmul_bf16": dict(kind="matmul",
                        flops=lambda i, m: _mm_flops(i[0], i[1]),
                        gemm=lambda i, m: (i[0], i[1])),
    "bmm_fp16": dict(kind="matmul",
                     flops=lambda i, m: _mm_flops(i[0], i[1]),
                     gemm=lambda i, m: (i[0], i[1])),
    "linear_bias_relu": dict(kind="matmul",
                             flops=lambda i, m: _mm_flops(i[0], i[1].t()),
                             gemm=lambda i, m: (i[0], i[1].t())),
    "kb_linear_swish": dict(kind="matmul",
                            flops=lambda i, m: _mm_flops(i[0], m.matmul.weight.t()),
                            gemm=lambda i, m: (i[0], m.matmul.weight.t())),
    # q @ k^T and p @ v: 2 * (2*B*H*S*S*D); no single cuBLAS yardstick.
    "attention": dict(kind="attention",
                      flops=lambda i, m: 4.0 * i[0].shape[0] * i[0].shape[1]
                      * i[0].shape[2] * i[1].shape[2] * i[0].shape[3]),
}
COMPUTE_KINDS = ("matmul", "attention")

TOLERANCES = {  # dtype -> (rtol, atol)
    torch.float32: (1e-4, 1e-4),
    torch.float16: (1e-2, 1e-2),
    torch.bfloat16: (1e-2, 1e-2),
    torch.float64: (1e-7, 1e-7),
}

_DTYPE_NAMES = {}
for _names, _dt in [
    (("f32", "float32", "float", "fp32"), torch.float32),
    (("f16", "float16", "half", "fp16"), torch.float16),
    (("bf16", "bfloat16"), torch.bfloat16),
    (("f64", "float64", "double", "fp64"), torch.float64),
    (("i64", "int64", "long"), torch.int64),
    (("i32", "int32", "int"), torch.int32),
    (("i16", "int16", "short"), torch.int16),
    (("i8", "int8"), torch.int8),
    (("uint8", "u8"), torch.uint8),
    (("i1", "bool"), torch.bool),
]:
    for _n in _names:
        _DTYPE_NAMES[_n] = _dt

_SHORT = {torch.float32: "fp32", torch.float16: "fp16", torch.bfloat16: "bf16",
          torch.float64: "fp64", torch.int64: "i64", torch.int32: "i32",
          torch.bool: "bool"}

_ANNOT_RE = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\[(.*)\]\s*$")


class SetupError(Exception):
    """A suite entry that cannot be run as described."""


# ---------------------------------------------------------------------------
# Loading sources and building inputs
# ---------------------------------------------------------------------------

def load_module(path: Path, modname: str):
    spec = importlib.util.spec_from_file_location(modname, str(path))
    mod = importlib.util.module_from_spec(spec)
    sys.modules[modname] = mod
    spec.loader.exec_module(mod)
    return mod


def read_manifest():
    """NAME -> (status, message) from bench/generated/MANIFEST.txt; plus header."""
    entries, header = {}, []
    if MANIFEST.exists():
        for line in MANIFEST.read_text().splitlines():
            if line.startswith("#"):
                header.append(line[1:].strip())
                continue
            parts = line.split("\t")
            if len(parts) >= 2:
                entries[parts[0]] = (parts[1], parts[2] if len(parts) > 2 else "")
    commit = None
    for h in header:
        if h.startswith("compiler commit:"):
            commit = h.split(":", 1)[1].strip()
    return entries, commit


def entry_point(ref):
    """('model', None) for a KernelBench file, else ('function', NAME)."""
    if inspect.isclass(getattr(ref, "Model", None)):
        return "model", "Model"
    funcs = [n for n, v in vars(ref).items()
             if inspect.isfunction(v) and v.__module__ == ref.__name__
             and not n.startswith("_") and n not in ("get_inputs", "get_init_inputs")]
    stem = ref.__name__.split("__", 1)[-1]
    if stem in funcs:
        return "function", stem
    if len(funcs) == 1:
        return "function", funcs[0]
    raise SetupError(f"cannot pick the entry point among {funcs} "
                     f"(name the function like the file)")


def parse_annotation(text: str, module):
    """'f32[4096, N]' -> (dtype, [dims]); dims are ints or module int constants."""
    m = _ANNOT_RE.match(text)
    if not m:
        raise SetupError(f"unsupported annotation {text!r}")
    dname = m.group(1)
    if dname.startswith("torch."):
        dname = dname[len("torch."):]
    if dname not in _DTYPE_NAMES:
        raise SetupError(f"unknown dtype in annotation {text!r}")
    dims = []
    body = m.group(2).strip()
    for tok in ([t.strip() for t in body.split(",")] if body else []):
        if not tok:
            continue
        if re.fullmatch(r"\d+", tok):
            dims.append(int(tok))
        elif isinstance(getattr(module, tok, None), int):
            dims.append(int(getattr(module, tok)))
        else:
            raise SetupError(f"dim {tok!r} of {text!r} is not static "
                             f"(the benchmark needs concrete shapes)")
    return _DTYPE_NAMES[dname], dims


def random_tensor(dtype, shape, device, gen):
    if dtype.is_floating_point:
        return torch.randn(shape, dtype=dtype, device=device, generator=gen)
    if dtype == torch.bool:
        return torch.randint(0, 2, shape, device=device, generator=gen).bool()
    return torch.randint(0, 16, shape, dtype=dtype, device=device, generator=gen)


def _to_device(x, device):
    return x.to(device) if isinstance(x, torch.Tensor) else x


def build_function_inputs(ref, fname, device, seed):
    """Positional arguments for ref.<fname>: annotations first, else get_inputs()."""
    fn = getattr(ref, fname)
    params = list(inspect.signature(fn).parameters.values())
    annotated = [p for p in params if isinstance(p.annotation, str) and "[" in p.annotation]
    if not annotated and hasattr(ref, "get_inputs"):
        torch.manual_seed(seed)
        if device == "meta":
            with torch.device("meta"):
                vals = list(ref.get_inputs())
        else:
            vals = [_to_device(v, device) for v in ref.get_inputs()]
        return vals
    gen = None if device == "meta" else torch.Generator(device=device).manual_seed(seed)
    args = []
    for p in params:
        ann = p.annotation
        if isinstance(ann, str) and "[" in ann:
            dtype, dims = parse_annotation(ann, ref)
            if device == "meta":
                args.append(torch.empty(dims, dtype=dtype, device="meta"))
            else:
                args.append(random_tensor(dtype, dims, device, gen))
        elif p.default is not inspect.Parameter.empty:
            break  # the compiler specialises on defaults: do not pass the rest
        else:
            raise SetupError(f"parameter {p.name!r} has neither a tensor "
                             f"annotation nor a default")
    return args


def build_models(ref, gen_mod, device, seed):
    init = list(ref.get_init_inputs()) if hasattr(ref, "get_init_inputs") else []
    ctx = torch.device("meta") if device == "meta" else _nullctx()
    with ctx:
        torch.manual_seed(seed)
        model = ref.Model(*init)
        torch.manual_seed(seed)
        new = gen_mod.ModelNew(*init)
    ref_keys, new_keys = set(model.state_dict()), set(new.state_dict())
    if ref_keys != new_keys:
        raise SetupError(f"state_dict keys differ: Model {sorted(ref_keys)} "
                         f"vs ModelNew {sorted(new_keys)}")
    if device != "meta":
        new.load_state_dict(model.state_dict(), strict=True)
        model, new = model.to(device), new.to(device)
    model.eval()
    new.eval()
    for p in list(model.parameters()) + list(new.parameters()):
        p.requires_grad_(False)
    torch.manual_seed(seed + 1)
    if device == "meta":
        with torch.device("meta"):
            inputs = list(ref.get_inputs())
    else:
        inputs = [_to_device(v, device) for v in ref.get_inputs()]
    return model, new, inputs


class _nullctx:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


# ---------------------------------------------------------------------------
# Correctness
# ---------------------------------------------------------------------------

def as_list(out):
    if isinstance(out, (tuple, list)):
        return list(out)
    return [out]


def nbytes_of(values):
    total = 0
    for v in values:
        if isinstance(v, torch.Tensor):
            total += v.numel() * v.element_size()
        elif isinstance(v, (tuple, list)):
            total += nbytes_of(v)
    return total


def _tol(dtypes):
    rt, at = 0.0, 0.0
    for d in dtypes:
        if d in TOLERANCES:
            r, a = TOLERANCES[d]
            rt, at = max(rt, r), max(at, a)
    return (rt, at) if rt > 0 else (0.0, 0.0)


def _close(cand, ref, rtol, atol):
    c, r = cand.double(), ref.double()
    ok = (c - r).abs() <= atol + rtol * r.abs()
    ok |= torch.isnan(c) & torch.isnan(r)
    ok |= torch.isinf(c) & torch.isinf(r) & (c == r)
    return ok


# An output that fails elementwise against both references still passes when
# ours is at most this many times farther from the float64 reference (max
# norm) than eager is: long fp32 reductions (K = 8192) differ from eager by
# more than 1e-4 in absolute terms through summation order alone.
EAGER_ACCURACY_FACTOR = 2.0


def compare(cands, refs, in_dtypes, ref64_fn):
    """Checks ours against eager -> dict(passed, max_abs_err, max_rel_err,
    criterion, message, f64_err_ours, f64_err_eager). ref64_fn() gives the
    float64 references lazily (only when the same-dtype check fails).

    criterion: "allclose" (every element within tolerance of eager),
    "allclose-f64" (some only within tolerance of the float64 reference),
    "eager-accuracy" (elementwise failed, but max |ours - f64| <=
    EAGER_ACCURACY_FACTOR * max |eager - f64|), or "failed"."""
    res = dict(passed=True, max_abs_err=None, max_rel_err=None, criterion="allclose",
               message="", f64_err_ours=None, f64_err_eager=None)
    if len(cands) != len(refs):
        res.update(passed=False, criterion="failed",
                   message=f"{len(cands)} outputs, expected {len(refs)}")
        return res
    max_abs, max_rel, msgs = 0.0, 0.0, []
    refs64 = None

    def get_refs64():
        nonlocal refs64
        if refs64 is None:
            try:
                refs64 = ref64_fn() if ref64_fn is not None else []
            except Exception as e:  # noqa: BLE001
                refs64 = []
                msgs.append(f"float64 reference failed: {type(e).__name__}: {e}")
        return refs64

    def fail(msg):
        res["passed"] = False
        res["criterion"] = "failed"
        msgs.append(msg)

    for k, (c, r) in enumerate(zip(cands, refs)):
        if not isinstance(r, torch.Tensor):
            r = torch.tensor(r)
        if not isinstance(c, torch.Tensor):
            fail(f"output {k}: not a tensor ({type(c).__name__})")
            continue
        if tuple(c.shape) != tuple(r.shape):
            fail(f"output {k}: shape {tuple(c.shape)} vs {tuple(r.shape)}")
            continue
        if c.dtype != r.dtype:
            fail(f"output {k}: dtype {c.dtype} vs {r.dtype}")
            continue
        if c.device != r.device:
            c = c.to(r.device)
        if not r.dtype.is_floating_point:
            bad = int((c != r).sum())
            if bad:
                fail(f"output {k}: {bad} of {r.numel()} elements differ")
            continue
        rtol, atol = _tol(list(in_dtypes) + [r.dtype])
        fin = torch.isfinite(c) & torch.isfinite(r)
        if bool(fin.any()):
            diff = (c.double() - r.double()).abs()[fin]
            max_abs = max(max_abs, float(diff.max()))
            big = r.double().abs()[fin] > atol
            if bool(big.any()):
                max_rel = max(max_rel, float((diff[big] / r.double().abs()[fin][big]).max()))
        ok = _close(c, r, rtol, atol)
        if bool(ok.all()):
            continue
        r64s = get_refs64()
        r64 = r64s[k] if k < len(r64s) and isinstance(r64s[k], torch.Tensor) \
            and r64s[k].shape == r.shape else None
        if r64 is not None:
            r64 = r64.to(r.device)
            ok |= _close(c, r64, rtol, atol)
            fin64 = torch.isfinite(r64) & torch.isfinite(c) & torch.isfinite(r)
            if bool(fin64.any()):
                e_ours = float((c.double() - r64).abs()[fin64].max())
                e_eager = float((r.double() - r64).abs()[fin64].max())
                res["f64_err_ours"] = max(res["f64_err_ours"] or 0.0, e_ours)
                res["f64_err_eager"] = max(res["f64_err_eager"] or 0.0, e_eager)
        if bool(ok.all()):
            if res["criterion"] == "allclose":
                res["criterion"] = "allclose-f64"
            continue
        nbad = int((~ok).sum())
        idx = int((~ok).flatten().nonzero()[0])
        detail = (f"output {k}: {nbad} of {r.numel()} elements outside "
                  f"rtol=atol={rtol:g} (first at flat {idx}: ours "
                  f"{float(c.flatten()[idx]):.6g}, eager {float(r.flatten()[idx]):.6g}"
                  + (f", float64 {float(r64.flatten()[idx]):.6g})" if r64 is not None else ")"))
        same_nan = bool(((~torch.isfinite(c)) == (~torch.isfinite(r))).all())
        if r64 is not None and same_nan and bool(fin64.any()) \
                and e_ours <= EAGER_ACCURACY_FACTOR * e_eager:
            msgs.append(detail + f"; accepted: max |ours - f64| {e_ours:.3g} <= "
                        f"{EAGER_ACCURACY_FACTOR:g} x max |eager - f64| {e_eager:.3g}")
            if res["criterion"] != "failed":
                res["criterion"] = "eager-accuracy"
        else:
            fail(detail + (f"; max |ours - f64| {e_ours:.3g}, max |eager - f64| {e_eager:.3g}"
                           if r64 is not None and bool(fin64.any()) else ""))
    res.update(max_abs_err=max_abs, max_rel_err=max_rel, message="; ".join(msgs))
    return res


def to_f64(v):
    if isinstance(v, torch.Tensor) and v.dtype.is_floating_point:
        return v.double()
    return v


# ---------------------------------------------------------------------------
# Timing
# ---------------------------------------------------------------------------

class Timer:
    def __init__(self, device, iters, warmup, budget_s):
        self.flush = torch.empty(256 * 2**20 // 4, dtype=torch.int32, device=device)
        self.iters, self.warmup, self.budget_s = iters, warmup, budget_s

    def median_ms(self, fn, args):
        """Median CUDA-event time of fn(*args), L2 flushed before each call."""
        for _ in range(self.warmup):
            fn(*args)
        torch.cuda.synchronize()
        # One timed probe to cap the number of iterations of very slow calls.
        t0 = time.perf_counter()
        self.flush.zero_()
        fn(*args)
        torch.cuda.synchronize()
        probe = time.perf_counter() - t0
        iters = self.iters
        if probe * iters > self.budget_s:
            iters = max(10, int(self.budget_s / max(probe, 1e-9)))
        starts = [torch.cuda.Event(enable_timing=True) for _ in range(iters)]
        ends = [torch.cuda.Event(enable_timing=True) for _ in range(iters)]
        for i in range(iters):
            self.flush.zero_()
            starts[i].record()
            fn(*args)
            ends[i].record()
        torch.cuda.synchronize()
        times = [s.elapsed_time(e) for s, e in zip(starts, ends)]
        return statistics.median(times), iters


def copy_bandwidth_gbps(device):
    n = 2**30 // 4
    x = torch.randn(n, device=device)
    y = torch.empty_like(x)
    for _ in range(3):
        y.copy_(x)
    torch.cuda.synchronize()
    times = []
    for _ in range(20):
        s, e = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
        s.record()
        y.copy_(x)
        e.record()
        torch.cuda.synchronize()
        times.append(s.elapsed_time(e))
    ms = statistics.median(times)
    del x, y
    torch.cuda.empty_cache()
    return 2.0 * 2**30 / (ms * 1e-3) / 1e9


def is_sticky_cuda_error(exc):
    text = f"{type(exc).__name__}: {exc}".lower()
    keys = ("illegal memory access", "illegal address", "misaligned address",
            "unspecified launch failure", "device-side assert", "an illegal instruction",
            "cuda error: unknown error", "hardware exception", "uncorrectable ecc")
    if any(k in text for k in keys):
        return True
    try:  # probe the context
        torch.cuda.synchronize()
        torch.zeros(1, device="cuda").add_(1).item()
        return False
    except Exception:  # noqa: BLE001
        return True


# ---------------------------------------------------------------------------
# One function
# ---------------------------------------------------------------------------

def float_dtypes(values):
    out = []
    for v in values:
        if isinstance(v, torch.Tensor) and v.dtype.is_floating_point and v.dtype not in out:
            out.append(v.dtype)
    return out


def prepare(name, device, seed):
    """Loads reference + generated modules and builds callables and inputs."""
    ref = load_module(SUITE_DIR / f"{name}.py", f"p2t_ref__{name}")
    gen_mod = load_module(GEN_DIR / f"{name}.py", f"p2t_gen__{name}")
    mode, fname = entry_point(ref)
    p = dict(name=name, mode=mode, entry=fname, model=None)
    if mode == "model":
        if not hasattr(gen_mod, "ModelNew"):
            raise SetupError("generated module has no ModelNew")
        ref_sig = list(inspect.signature(ref.Model.forward).parameters)
        new_sig = list(inspect.signature(gen_mod.ModelNew.forward).parameters)
        if ref_sig != new_sig:
            raise SetupError(f"forward signature {new_sig} != Model's {ref_sig}")
        model, new, inputs = build_models(ref, gen_mod, device, seed)
        p.update(eager=model, ours=new, inputs=inputs, model=model,
                 params=list(model.parameters()) + list(model.buffers()))

        def ref64():
            m64 = ref.Model(*(list(ref.get_init_inputs()) if hasattr(ref, "get_init_inputs") else []))
            m64.load_state_dict(model.state_dict())
            m64 = m64.to(device).double().eval()
            return as_list(m64(*[to_f64(v) for v in inputs]))
        p["ref64"] = ref64
    else:
        fn = getattr(ref, fname)
        ours = getattr(gen_mod, fname, None)
        if ours is None or not callable(ours):
            raise SetupError(f"generated module defines no function {fname!r}")
        ref_sig = list(inspect.signature(fn).parameters)
        new_sig = list(inspect.signature(ours).parameters)
        if ref_sig != new_sig:
            raise SetupError(f"signature {new_sig} != reference's {ref_sig}")
        inputs = build_function_inputs(ref, fname, device, seed)
        p.update(eager=fn, ours=ours, inputs=inputs, params=[],
                 ref64=lambda: as_list(fn(*[to_f64(v) for v in inputs])))
    return p


def run_one(name, args, timer, copy_gbps, device):
    meta = META.get(name, dict(kind="other"))
    kind = meta["kind"]
    rec = dict(name=name, kind=kind, status="ok")
    p = prepare(name, device, args.seed)
    inputs, model = p["inputs"], p["model"]
    fdt = float_dtypes(inputs + p["params"])
    rec["dtype"] = _SHORT.get(fdt[0], str(fdt[0])) if fdt else "-"
    rec["shapes"] = [list(v.shape) if isinstance(v, torch.Tensor) else repr(v) for v in inputs]
    eager, ours = p["eager"], p["ours"]

    with torch.no_grad():
        # Correctness (first call of ours also JIT-compiles its Triton kernels).
        ref_out = as_list(eager(*inputs))
        torch.cuda.synchronize()
        t0 = time.perf_counter()
        our_out = as_list(ours(*inputs))
        torch.cuda.synchronize()
        rec["ours_first_call_s"] = round(time.perf_counter() - t0, 3)
        chk = compare(our_out, ref_out, fdt, p["ref64"])
        rec.update(correct=chk["passed"], criterion=chk["criterion"],
                   max_abs_err=chk["max_abs_err"], max_rel_err=chk["max_rel_err"])
        if chk["f64_err_ours"] is not None:
            rec.update(f64_err_ours=chk["f64_err_ours"], f64_err_eager=chk["f64_err_eager"])
        if chk["message"]:
            rec["check_message"] = chk["message"]
        out_bytes = nbytes_of(ref_out)
        del ref_out, our_out
        torch.cuda.empty_cache()
        rec["bytes"] = nbytes_of(inputs) + nbytes_of(p["params"]) + out_bytes
        if "flops" in meta:
            rec["flops"] = float(meta["flops"](inputs, model))

        rec["eager_ms"], rec["iters"] = timer.median_ms(eager, inputs)
        rec["ours_ms"], _ = timer.median_ms(ours, inputs)

        if not args.no_compile:
            try:
                compiled = torch.compile(eager)
                t0 = time.perf_counter()
                compiled(*inputs)
                torch.cuda.synchronize()
                rec["compile_time_s"] = round(time.perf_counter() - t0, 2)
                rec["compile_ms"], _ = timer.median_ms(compiled, inputs)
            except Exception as e:  # noqa: BLE001
                rec["compile_error"] = f"{type(e).__name__}: {str(e)[:500]}"
                if is_sticky_cuda_error(e):
                    raise
            finally:
                compiled = None

        if "gemm" in meta:
            a, b = meta["gemm"](inputs, model)
            rec["cublas_ms"], _ = timer.median_ms(torch.matmul, (a, b))

    # Derived numbers (ours; eager / compile for reference).
    for v in ("eager", "compile", "ours"):
        ms = rec.get(f"{v}_ms")
        if ms:
            rec[f"{v}_gbps"] = rec["bytes"] / (ms * 1e-3) / 1e9
            if "flops" in rec:
                rec[f"{v}_tflops"] = rec["flops"] / (ms * 1e-3) / 1e12
    if rec.get("ours_ms"):
        rec["speedup_vs_eager"] = rec["eager_ms"] / rec["ours_ms"]
        if rec.get("compile_ms"):
            rec["speedup_vs_compile"] = rec["compile_ms"] / rec["ours_ms"]
        if kind not in COMPUTE_KINDS and copy_gbps:
            rec["pct_copy_bw"] = 100.0 * rec["ours_gbps"] / copy_gbps
        if rec.get("cublas_ms"):
            rec["pct_cublas"] = 100.0 * rec["cublas_ms"] / rec["ours_ms"]
    return rec


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------

def _f(v, fmt):
    return "-" if v is None else format(v, fmt)


def print_table(records):
    hdr = (f"{'function':<20} {'kind':<10} {'dtype':<5} {'eager ms':>9} {'compile ms':>10} "
           f"{'ours ms':>9} {'vs eager':>8} {'vs comp':>8} {'GB/s|TF/s':>10} "
           f"{'%copy|%cuBLAS':>13}  correct")
    print(hdr)
    print("-" * len(hdr))
    for r in records:
        if r["status"] != "ok":
            print(f"{r['name']:<20} {r.get('kind', '-'):<10} {'':<5} "
                  f"{r['status'].upper()}: {(r.get('error') or '').splitlines()[0][:110] if r.get('error') else ''}")
            continue
        if r.get("kind") in COMPUTE_KINDS:
            thr = _f(r.get("ours_tflops"), ".1f") + " TF"
            pct = (_f(r.get("pct_cublas"), ".0f") + "% cuB") if r.get("pct_cublas") else "-"
        else:
            thr = _f(r.get("ours_gbps"), ".0f") + " GB"
            pct = _f(r.get("pct_copy_bw"), ".0f") + "%"
        corr = {"allclose": "ok", "allclose-f64": "ok (f64)",
                "eager-accuracy": "ok (~eager)"}.get(r.get("criterion"), "ok")
        if not r.get("correct"):
            corr = f"WRONG ({_f(r.get('max_abs_err'), '.2g')})"
        mark = "" if r.get("correct") else "!"
        print(f"{r['name']:<20} {r['kind']:<10} {r.get('dtype', '-'):<5} "
              f"{_f(r.get('eager_ms'), '.3f'):>9} {_f(r.get('compile_ms'), '.3f'):>10} "
              f"{_f(r.get('ours_ms'), '.3f'):>9} "
              f"{_f(r.get('speedup_vs_eager'), '.2f') + mark:>8} "
              f"{_f(r.get('speedup_vs_compile'), '.2f') + mark:>8} {thr:>10} {pct:>13}  {corr}")


def geomean(xs):
    xs = [x for x in xs if x and x > 0]
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


def summary(records):
    good = [r for r in records if r["status"] == "ok" and r.get("correct")]
    return dict(
        functions=len(records),
        translated=sum(1 for r in records if r["status"] != "untranslated"),
        ran=sum(1 for r in records if r["status"] == "ok"),
        correct=len(good),
        geomean_speedup_vs_compile=geomean([r.get("speedup_vs_compile") for r in good]),
        geomean_speedup_vs_eager=geomean([r.get("speedup_vs_eager") for r in good]),
        geomean_functions_vs_compile=sum(1 for r in good if r.get("speedup_vs_compile")),
    )


def json_path(args):
    if args.json:
        return Path(args.json)
    if os.environ.get("OUT"):
        return Path(os.environ["OUT"]) / "kernels.json"
    return ROOT / "bench" / "results" / "kernels.json"


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------

def suite_names(only):
    names = sorted(p.stem for p in SUITE_DIR.glob("*.py") if not p.name.startswith("_"))
    if only:
        want = [n.strip() for n in only.split(",") if n.strip()]
        unknown = [n for n in want if n not in names]
        if unknown:
            print(f"warning: not in bench/suite: {', '.join(unknown)}", file=sys.stderr)
        names = [n for n in names if n in want]
    return names


def dry_run(names):
    """CPU check: imports, names, signatures, state_dict keys, meta inputs."""
    os.environ.setdefault("TRITON_INTERPRET", "1")
    manifest, commit = read_manifest()
    print(f"dry run: {len(names)} suite sources; compiler commit {commit}")
    bad = 0
    for name in names:
        meta = META.get(name, dict(kind="other"))
        if not (GEN_DIR / f"{name}.py").exists():
            status, msg = manifest.get(name, ("missing", "no generated kernel (run bench/prepare_gpu_bench.sh)"))
            print(f"  {name:<20} UNTRANSLATED  {msg}")
            continue
        try:
            p = prepare(name, "meta", 0)
            with torch.no_grad():
                out = as_list(p["eager"](*p["inputs"]))
            nbytes = nbytes_of(p["inputs"]) + nbytes_of(p["params"]) + nbytes_of(out)
            extra = ""
            if "flops" in meta:
                extra += f" {meta['flops'](p['inputs'], p['model']) / 1e9:.1f} GFLOP"
            if "gemm" in meta:
                a, b = meta["gemm"](p["inputs"], p["model"])
                extra += f" gemm {tuple(a.shape)}x{tuple(b.shape)}"
            shapes = ", ".join(f"{_SHORT.get(v.dtype, v.dtype)}{list(v.shape)}"
                               for v in p["inputs"] if isinstance(v, torch.Tensor))
            if name not in META:
                extra += " (no META entry: kind 'other')"
            print(f"  {name:<20} ok  {p['mode']}:{p['entry']:<18} {meta['kind']:<10} "
                  f"{shapes}  {nbytes / 2**20:.0f} MiB{extra}")
        except Exception as e:  # noqa: BLE001
            bad += 1
            print(f"  {name:<20} ERROR  {type(e).__name__}: {e}")
    print(f"dry run: {bad} error(s)")
    return 1 if bad else 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", help="comma-separated suite names")
    ap.add_argument("--no-compile", action="store_true", help="skip torch.compile")
    ap.add_argument("--iters", type=int, default=100, help="timed calls per variant (median)")
    ap.add_argument("--warmup", type=int, default=10)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--budget-s", type=float, default=10.0,
                    help="cap on timed seconds per variant (fewer iters for very slow calls)")
    ap.add_argument("--json", help="output path (default $OUT/kernels.json or bench/results/kernels.json)")
    ap.add_argument("--dry-run", action="store_true",
                    help="no GPU: import modules, check names/signatures, build meta inputs")
    ap.add_argument("--copy-gbps", type=float, help=argparse.SUPPRESS)  # set by a resumed child
    ap.add_argument("--child-json", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    names = suite_names(args.only)
    if args.dry_run:
        return dry_run(names)

    if not torch.cuda.is_available():
        print("error: CUDA is not available (use --dry-run on a machine without a GPU)",
              file=sys.stderr)
        return 2
    device = "cuda"
    import torch._dynamo as dynamo
    dynamo.config.cache_size_limit = max(dynamo.config.cache_size_limit, 256)
    if hasattr(dynamo.config, "accumulated_cache_size_limit"):
        dynamo.config.accumulated_cache_size_limit = max(
            dynamo.config.accumulated_cache_size_limit, 4096)
    torch.backends.cuda.matmul.allow_tf32 = False
    torch.backends.cudnn.allow_tf32 = False

    manifest, commit = read_manifest()
    t_start = time.perf_counter()
    copy_gbps = args.copy_gbps or copy_bandwidth_gbps(device)
    if not args.child_json:
        print(f"GPU: {torch.cuda.get_device_name()}  torch {torch.__version__}  "
              f"triton {_triton_version()}  compiler commit {commit}")
        print(f"device-to-device copy bandwidth (1 GiB y.copy_(x)): {copy_gbps:.0f} GB/s")
    timer = Timer(device, args.iters, args.warmup, args.budget_s)

    records = []
    remaining = list(names)
    while remaining:
        name = remaining.pop(0)
        if not (GEN_DIR / f"{name}.py").exists():
            status, msg = manifest.get(name, ("missing", "no generated kernel"))
            records.append(dict(name=name, kind=META.get(name, {}).get("kind", "other"),
                                status="untranslated", error=msg or status))
            print(f"[{name}] untranslated: {msg or status}", flush=True)
            continue
        t0 = time.perf_counter()
        try:
            rec = run_one(name, args, timer, copy_gbps, device)
            rec["wall_s"] = round(time.perf_counter() - t0, 2)
            records.append(rec)
            print(f"[{name}] {'ok' if rec['correct'] else 'WRONG'}  eager {_f(rec.get('eager_ms'), '.3f')} ms  "
                  f"compile {_f(rec.get('compile_ms'), '.3f')} ms  ours {_f(rec.get('ours_ms'), '.3f')} ms  "
                  f"({rec['wall_s']} s)" + (f"  [{rec['check_message'][:200]}]" if rec.get("check_message") else ""),
                  flush=True)
        except Exception as e:  # noqa: BLE001
            err = f"{type(e).__name__}: {str(e)[:800]}"
            tb = traceback.format_exc(limit=6)
            records.append(dict(name=name, kind=META.get(name, {}).get("kind", "other"),
                                status="error", error=err, traceback=tb,
                                wall_s=round(time.perf_counter() - t0, 2)))
            print(f"[{name}] ERROR {err.splitlines()[0][:300] if err else ''}", flush=True)
            if isinstance(e, SetupError):
                continue
            if remaining and is_sticky_cuda_error(e):
                records[-1]["error"] += " (sticky CUDA error: remaining functions run in a fresh process)"
                print(f"[{name}] CUDA context is broken; re-running {len(remaining)} remaining "
                      f"function(s) in a fresh process", flush=True)
                records.extend(run_child(args, remaining, copy_gbps))
                remaining = []
        finally:
            torch.cuda.empty_cache() if _cuda_ok() else None

    if args.child_json:
        Path(args.child_json).write_text(json.dumps(records, default=str))
        return 0

    print()
    print_table(records)
    s = summary(records)
    print()
    print(f"correct: {s['correct']} of {s['ran']} run ({s['translated']} translated, "
          f"{s['functions']} in the suite)")
    print(f"geomean speedup of ours vs torch.compile over {s['geomean_functions_vs_compile']} "
          f"correct functions: {_f(s['geomean_speedup_vs_compile'], '.3f')}; "
          f"vs eager: {_f(s['geomean_speedup_vs_eager'], '.3f')}")
    total = time.perf_counter() - t_start
    print(f"total {total:.0f} s")

    result = dict(
        benchmark="kernels",
        gpu=torch.cuda.get_device_name(),
        torch=torch.__version__,
        triton=_triton_version(),
        cuda=torch.version.cuda,
        python=platform.python_version(),
        date=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        compiler_commit=commit,
        settings=dict(iters=args.iters, warmup=args.warmup, l2_flush_mib=256,
                      compile=not args.no_compile, seed=args.seed, budget_s=args.budget_s,
                      tolerances="fp32 1e-4, fp16/bf16 1e-2 (rtol = atol), float64 fallback"),
        copy_bandwidth_gbps=copy_gbps,
        total_s=round(total, 1),
        summary=s,
        functions=records,
    )
    path = json_path(args)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(result, indent=2, default=str) + "\n")
        print(f"wrote {path}")
    except OSError as e:
        print(f"error: cannot write {path}: {e}", file=sys.stderr)
        return 1
    return 0


def _cuda_ok():
    try:
        torch.cuda.synchronize()
        return True
    except Exception:  # noqa: BLE001
        return False


def _triton_version():
    try:
        import triton
        return triton.__version__
    except Exception:  # noqa: BLE001
        return None


def run_child(args, names, copy_gbps):
    """Runs NAMES in a fresh process (after a sticky CUDA error) -> records."""
    with tempfile.TemporaryDirectory() as td:
        out = Path(td) / "child.json"
        cmd = [sys.executable, str(Path(__file__).resolve()), "--only", ",".join(names),
               "--iters", str(args.iters), "--warmup", str(args.warmup),
               "--seed", str(args.seed), "--budget-s", str(args.budget_s),
               "--copy-gbps", str(copy_gbps), "--child-json", str(out)]
        if args.no_compile:
            cmd.append("--no-compile")
        proc = subprocess.run(cmd)
        if out.exists():
            return json.loads(out.read_text())
        return [dict(name=n, kind=META.get(n, {}).get("kind", "other"), status="error",
                     error=f"child process exited with {proc.returncode} before recording")
                for n in names]


if __name__ == "__main__":
    sys.exit(main())
