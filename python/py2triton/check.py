"""Differential checker for generated Triton kernel modules.

``py2triton SRC.py -o kernel.py`` writes a Python module (the *candidate*)
that, for each translated function ``f(x, y, ...)`` of SRC.py (the
*reference*), defines a drop-in ``f`` with the same name and parameters that
launches ``@triton.jit`` kernels; for a KernelBench file it defines
``ModelNew(nn.Module)`` with the constructor arguments and parameter/buffer
names of ``Model``. This module runs both on the same random inputs and
compares the results::

    python -m py2triton.check REF.py CANDIDATE.py [--function NAME]
        [--trials N] [--seeds 0,1,2] [--dtypes fp32,fp16,bf16]
        [--sizes 37,1,131] [--device cpu|cuda] [--json OUT]

prints one row per trial and a final line ``N passed, N failed``; it exits 0
iff every trial passed. From Python::

    report = check_module("ref.py", "kernel.py")
    assert report.passed, report.format_table()

Which functions are checked
    As in the compiler: ``function=NAME`` (a function, or ``Model``); else
    the ``Model`` class when the reference has one; else every public
    top-level function that no other top-level function calls, except
    ``get_inputs`` / ``get_init_inputs``.

Inputs (each trial is one seed x one dtype)
    ``torch.manual_seed(seed)`` (and ``random.seed``) is called before every
    ``get_inputs()``, ``get_init_inputs()`` and model construction.
    A parameter is resolved like the compiler does: a string annotation
    ``x: "f32[N, 1000]"`` gives dtype and dims (integer literals and names of
    ``int`` module constants are static; other names and ``?`` are dynamic
    and take their size from ``sizes``, default 37, 1, 131: trial ``t`` gives
    the ``k``-th dynamic name ``sizes[(t + k) % len(sizes)]``); else the
    matching ``get_inputs()`` value (only when there is a single entry
    point); else a parameter with a default is not passed (the compiler
    specialises on the default); else ``x: float`` / ``int`` / ``bool`` is a
    random Python scalar. Random tensors: ``torch.randn`` for floats (never
    all zeros), nonzero ``torch.randint`` values in [-16, 16] for signed ints
    (negative values exercise floor division / modulo semantics), [1, 16]
    for unsigned, random bools for ``i1``.

    For a ``Model``: ``init = get_init_inputs()``, ``Model(*init)`` and
    ``ModelNew(*init)`` are built under the same seed, Model's
    ``state_dict`` is loaded into ModelNew (``strict=True``: the names must
    match), both are moved to the device, cast to the trial dtype and put in
    ``eval()`` mode.

dtypes
    Each trial dtype (default fp32, fp16, bf16) casts every floating-point
    input tensor (and model parameters) to that dtype; the reference is the
    original function on those same inputs on the same device (KernelBench
    style). ``native`` keeps the declared dtypes. Functions without
    floating-point inputs run once per seed, as ``native``.

Comparison (per output, in this order; the first failures are reported)
    the number of outputs; shape; dtype (exact); device; NaN where the
    reference is not NaN (``unwritten or NaN output``); for integer outputs
    the poison sentinel where the reference differs (``unwritten output``);
    then ``|cand - ref| <= atol + rtol * |ref|`` elementwise (NaN == NaN,
    infinities must match). Default tolerances (rtol = atol): fp32 1e-4,
    fp16 / bf16 1e-2, fp64 1e-7, integers and bools exact; a trial uses the
    loosest tolerance among its floating-point input dtypes and the output
    dtype. Inputs (and a ModelNew's state_dict) must be unchanged after the
    candidate's call. ``max_abs_err`` is over elements where both are finite;
    ``max_rel_err`` is ``|cand - ref| / |ref|`` over those with
    ``|ref| > atol`` (both against the same-dtype reference).

    Low-precision references round after every op, a fused kernel typically
    once (computing in fp32): it can be *more* exact and still differ from
    the op-by-op bf16 result by more than 1e-2. So, unless
    ``f64_reference=False``, an element also passes when it is within the
    same tolerance of a float64 reference: the original function run on the
    trial's (already rounded) inputs and parameters cast to float64. A wrong
    kernel is far from both.

Output poisoning (catches outputs the kernels never write)
    The candidate allocates its outputs itself, so they cannot be pre-filled.
    Without monkeypatching torch globally, :func:`poisoned_empty` replaces,
    for the duration of the candidate's call, every global of the candidate
    module that *is* the ``torch`` module by a proxy module whose ``empty``,
    ``empty_like`` and ``empty_strided`` return tensors filled with
    :func:`poison_value` (NaN for floating point, ``iinfo.min`` for signed
    and ``iinfo.max`` for unsigned integers, ``True`` for bool); globals that
    are ``torch.empty`` / ``torch.empty_like`` themselves (``from torch import
    empty``) are replaced too. Everything else delegates to torch, and the
    Triton runtime and torch's internals are untouched. Not covered:
    ``tensor.new_empty``, allocations made in another module, bool outputs
    (``True`` is a legal value), and elements where the reference itself is
    NaN.

Device
    ``device=None`` picks CUDA when available and ``TRITON_INTERPRET`` is not
    ``1``, else the CPU, which needs Triton's interpreter: ``TRITON_INTERPRET=1``
    must be in the environment before ``triton`` is imported. The library
    sets it when triton is not imported yet and raises
    :class:`InterpreterNotEnabled` otherwise; the CLI sets it and re-executes
    itself if needed.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import copy
import dataclasses
import importlib.util
import itertools
import json
import math
import os
import random
import sys
import traceback
import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, Sequence

import torch

__all__ = [
    "DEFAULT_DTYPES",
    "DEFAULT_SIZES",
    "DEFAULT_TOLERANCES",
    "FunctionReport",
    "InterpreterNotEnabled",
    "Report",
    "ScalarSpec",
    "TensorSpec",
    "TrialResult",
    "check_module",
    "main",
    "parse_annotation",
    "parse_dtype",
    "poison_value",
    "poisoned_empty",
]

# ---------------------------------------------------------------------------
# dtypes and annotations
# ---------------------------------------------------------------------------

# The names the compiler accepts in shape annotations (Evaluator::parseDtypeName).
_DTYPE_NAMES: dict[str, torch.dtype] = {}
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

_SHORT_NAMES = {
    torch.float32: "fp32", torch.float16: "fp16", torch.bfloat16: "bf16",
    torch.float64: "fp64", torch.int64: "i64", torch.int32: "i32",
    torch.int16: "i16", torch.int8: "i8", torch.uint8: "u8", torch.bool: "i1",
}

NATIVE = "native"
DEFAULT_DTYPES: tuple[str, ...] = ("fp32", "fp16", "bf16")
DEFAULT_SIZES: tuple[int, ...] = (37, 1, 131)
# dtype -> (rtol, atol)
DEFAULT_TOLERANCES: dict[torch.dtype, tuple[float, float]] = {
    torch.float32: (1e-4, 1e-4),
    torch.float16: (1e-2, 1e-2),
    torch.bfloat16: (1e-2, 1e-2),
    torch.float64: (1e-7, 1e-7),
}


def parse_dtype(name: str | torch.dtype) -> torch.dtype:
    """``"f32"`` / ``"float16"`` / ``"bf16"`` / ``"i1"`` ... -> torch.dtype."""
    if isinstance(name, torch.dtype):
        return name
    key = name.strip()
    if key.startswith("torch."):
        key = key[len("torch."):]
    try:
        return _DTYPE_NAMES[key]
    except KeyError:
        raise ValueError(f"unknown dtype '{name}' (expected e.g. f32, fp16, "
                         f"bf16, f64, i64, i32, i1)") from None


def _short(dtype: torch.dtype) -> str:
    return _SHORT_NAMES.get(dtype, str(dtype).replace("torch.", ""))


@dataclass(frozen=True)
class TensorSpec:
    """A parsed ``"f32[N, 1000]"`` annotation: ints are static dims, strings
    dynamic ones (``?`` becomes ``?<position>``)."""

    dtype: torch.dtype
    dims: tuple[int | str, ...]

    @property
    def dynamic(self) -> tuple[str, ...]:
        return tuple(d for d in self.dims if isinstance(d, str))

    def shape(self, sizes: Mapping[str, int]) -> tuple[int, ...]:
        return tuple(d if isinstance(d, int) else int(sizes[d]) for d in self.dims)


@dataclass(frozen=True)
class ScalarSpec:
    """``x: float`` / ``int`` / ``bool``: a Python scalar argument."""

    kind: str  # "float" | "int" | "bool"


def parse_annotation(text: str, constants: Mapping[str, Any] | None = None) -> TensorSpec:
    """Parses a shape annotation the way the compiler does.

    ``"f32[N, 1000]"`` -> ``TensorSpec(torch.float32, ("N", 1000))``; ``"f16"``
    or ``"f16[]"`` is 0-d. A dim is a non-negative integer literal, the name of
    an ``int`` in ``constants`` (static), or a name / ``?`` (dynamic). Raises
    ValueError on malformed text.
    """
    constants = constants or {}
    text = text.strip()
    bracket = text.find("[")
    dtype_text = (text if bracket < 0 else text[:bracket]).strip()
    try:
        dtype = parse_dtype(dtype_text)
    except ValueError:
        raise ValueError(f"unknown dtype '{dtype_text}' in shape annotation "
                         f"'{text}' (expected e.g. \"f32[N, 128]\")") from None
    dims: list[int | str] = []
    if bracket >= 0:
        inner = text[bracket + 1:]
        if not inner.endswith("]"):
            raise ValueError(f"malformed shape annotation '{text}': missing ']'")
        for pos, part in enumerate(p.strip() for p in inner[:-1].split(",")):
            if not part:
                continue
            if part.isdigit():
                dims.append(int(part))
            elif part == "?":
                dims.append(f"?{pos}")
            elif part.isidentifier():
                value = constants.get(part)
                if isinstance(value, int) and not isinstance(value, bool):
                    dims.append(value)
                else:
                    dims.append(part)
            else:
                raise ValueError(f"malformed dimension '{part}' in shape "
                                 f"annotation '{text}'")
    return TensorSpec(dtype, tuple(dims))


def _annotation_spec(node: ast.expr | None, constants: Mapping[str, Any]
                     ) -> TensorSpec | ScalarSpec | None:
    """The compiler's reading of a parameter annotation (an AST node)."""
    if node is None:
        return None
    if isinstance(node, ast.Name) and node.id in ("float", "int", "bool"):
        return ScalarSpec(node.id)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return parse_annotation(node.value, constants)
    return None


# ---------------------------------------------------------------------------
# poisoning
# ---------------------------------------------------------------------------


def poison_value(dtype: torch.dtype) -> float | int | bool:
    """The fill value of poisoned allocations of ``dtype``."""
    if dtype == torch.bool:
        return True
    if dtype.is_floating_point or dtype.is_complex:
        return float("nan")
    info = torch.iinfo(dtype)
    return info.max if info.min == 0 else info.min


def _poison(t: Any) -> Any:
    if isinstance(t, torch.Tensor) and t.numel() > 0:
        with torch.no_grad():
            t.fill_(poison_value(t.dtype))
    return t


class _PoisonedTorch(types.ModuleType):
    """Stands for ``torch`` in a candidate module: allocations are poisoned,
    everything else is torch's."""

    def __init__(self) -> None:
        super().__init__("torch", torch.__doc__)
        self.allocations = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(torch, name)

    def empty(self, *args: Any, **kwargs: Any) -> torch.Tensor:
        self.allocations += 1
        return _poison(torch.empty(*args, **kwargs))

    def empty_like(self, *args: Any, **kwargs: Any) -> torch.Tensor:
        self.allocations += 1
        return _poison(torch.empty_like(*args, **kwargs))

    def empty_strided(self, *args: Any, **kwargs: Any) -> torch.Tensor:
        self.allocations += 1
        return _poison(torch.empty_strided(*args, **kwargs))


@contextlib.contextmanager
def poisoned_empty(module: types.ModuleType) -> Iterator[_PoisonedTorch]:
    """Within the block, ``torch.empty`` / ``empty_like`` / ``empty_strided``
    as seen from ``module``'s globals return poisoned tensors (see
    :func:`poison_value`). Yields the proxy; ``proxy.allocations`` counts the
    poisoned allocations. Globals are restored on exit."""
    proxy = _PoisonedTorch()
    direct = {torch.empty: proxy.empty, torch.empty_like: proxy.empty_like,
              torch.empty_strided: proxy.empty_strided}
    namespace = vars(module)
    saved: dict[str, Any] = {}
    for name, value in list(namespace.items()):
        if value is torch:
            saved[name] = value
            namespace[name] = proxy
        elif callable(value) and any(value is f for f in direct):
            saved[name] = value
            namespace[name] = next(v for f, v in direct.items() if value is f)
    try:
        yield proxy
    finally:
        namespace.update(saved)


# ---------------------------------------------------------------------------
# report
# ---------------------------------------------------------------------------


def _json_float(x: float | None) -> float | str | None:
    if x is None or math.isfinite(x):
        return x
    return str(x)


@dataclass
class TrialResult:
    seed: int
    dtype: str                       # "fp32", "fp16", "bf16", "fp64", "native"
    sizes: dict[str, int] = field(default_factory=dict)  # dynamic dims
    status: str = "pass"             # "pass" | "fail" | "skip" (reference raised)
    reason: str = ""
    max_abs_err: float | None = None
    max_rel_err: float | None = None
    poisoned_allocations: int = 0
    traceback: str = ""

    @property
    def passed(self) -> bool:
        return self.status == "pass"


@dataclass
class FunctionReport:
    name: str
    kind: str = "function"           # "function" | "model"
    compiled: bool = False           # imported, found, and the first call ran
    error: str = ""
    trials: list[TrialResult] = field(default_factory=list)
    passed: bool = False

    def finish(self) -> None:
        self.passed = (self.compiled and any(t.passed for t in self.trials)
                       and not any(t.status == "fail" for t in self.trials))


@dataclass
class Report:
    reference: str
    candidate: str
    device: str
    functions: list[FunctionReport] = field(default_factory=list)
    passed: bool = False

    def finish(self) -> None:
        for f in self.functions:
            f.finish()
        self.passed = bool(self.functions) and all(f.passed for f in self.functions)

    def function(self, name: str) -> FunctionReport:
        for f in self.functions:
            if f.name == name:
                return f
        raise KeyError(name)

    def counts(self) -> tuple[int, int, int]:
        """(passed, failed, skipped) trials; a function that failed before
        any trial ran counts as one failure."""
        p = f = s = 0
        for fn in self.functions:
            if not fn.trials and not fn.passed:
                f += 1
            for t in fn.trials:
                p += t.status == "pass"
                f += t.status == "fail"
                s += t.status == "skip"
        return p, f, s

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        for fn in d["functions"]:
            for t in fn["trials"]:
                t["max_abs_err"] = _json_float(t["max_abs_err"])
                t["max_rel_err"] = _json_float(t["max_rel_err"])
        passed, failed, skipped = self.counts()
        d["summary"] = {"passed": passed, "failed": failed, "skipped": skipped}
        return d

    def to_json(self, path: str | os.PathLike[str] | None = None, indent: int = 2) -> str:
        text = json.dumps(self.to_dict(), indent=indent)
        if path is not None:
            Path(path).write_text(text + "\n")
        return text

    def format_table(self, width: int | None = None) -> str:
        """One row per trial (``width``: cut longer rows) and the final line
        ``N passed, N failed``."""
        def num(x: float | None) -> str:
            return "-" if x is None else f"{x:.3g}"

        rows = [("function", "dtype", "seed", "sizes", "max abs err",
                 "max rel err", "result")]
        for fn in self.functions:
            if not fn.trials:
                rows.append((fn.name, "-", "-", "-", "-", "-",
                             "FAIL  " + _one_line(fn.error)))
            for t in fn.trials:
                sizes = ",".join(f"{k}={v}" for k, v in t.sizes.items()) or "-"
                result = t.status.upper()
                if t.reason:
                    result += "  " + _one_line(t.reason)
                rows.append((fn.name, t.dtype, str(t.seed), sizes,
                             num(t.max_abs_err), num(t.max_rel_err), result))
        widths = [max(len(r[i]) for r in rows) for i in range(6)]
        lines = []
        for r in rows:
            line = "  ".join(c.ljust(w) for c, w in zip(r, widths)) + "  " + r[6]
            lines.append(line if width is None or len(line) <= width
                         else line[:width - 3] + "...")
        passed, failed, skipped = self.counts()
        tail = f"{passed} passed, {failed} failed"
        if skipped:
            tail += f", {skipped} skipped"
        return "\n".join(lines + [tail])


def _one_line(text: str) -> str:
    lines = [l.strip() for l in text.strip().splitlines() if l.strip()]
    return lines[-1] if lines else ""


# ---------------------------------------------------------------------------
# loading
# ---------------------------------------------------------------------------

_module_counter = itertools.count()


def _load_module(path: str | os.PathLike[str], role: str) -> types.ModuleType:
    path = Path(path).resolve()
    name = f"_py2triton_{role}_{next(_module_counter)}_{path.stem}"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    sys.path.insert(0, str(path.parent))
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(name, None)
        raise
    finally:
        with contextlib.suppress(ValueError):
            sys.path.remove(str(path.parent))
    return module


class InterpreterNotEnabled(RuntimeError):
    """Checking on the CPU needs TRITON_INTERPRET=1 before triton is imported."""


def _resolve_device(device: str | torch.device | None) -> torch.device:
    interpret = os.environ.get("TRITON_INTERPRET") == "1"
    if device is None:
        device = "cuda" if (not interpret and torch.cuda.is_available()) else "cpu"
    dev = torch.device(device)
    if dev.type == "cpu" and not interpret:
        if "triton" in sys.modules:
            raise InterpreterNotEnabled(
                "checking Triton kernels on the CPU needs Triton's interpreter, "
                "but TRITON_INTERPRET is not 1 and triton is already imported: "
                "set TRITON_INTERPRET=1 in the environment before triton is "
                "imported (or use `python -m py2triton.check`, which does)")
        os.environ["TRITON_INTERPRET"] = "1"
    return dev


# ---------------------------------------------------------------------------
# entry points and inputs
# ---------------------------------------------------------------------------

_INPUT_FUNCTIONS = ("get_inputs", "get_init_inputs")


def _entry_points(tree: ast.Module, function: str | None) -> list[tuple[str, str]]:
    """[(name, "function" | "model")] as the compiler picks them."""
    fns = {s.name: s for s in tree.body
           if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef))}
    classes = {s.name for s in tree.body if isinstance(s, ast.ClassDef)}
    if function is not None:
        if function in fns:
            return [(function, "function")]
        if function in classes:
            return [(function, "model")]
        raise ValueError(f"the reference has no function or class named '{function}'")
    if "Model" in classes:
        return [("Model", "model")]
    called: set[str] = set()
    for name, fn in fns.items():
        for node in ast.walk(fn):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id != name):
                called.add(node.func.id)
    return [(n, "function") for n in fns
            if n not in _INPUT_FUNCTIONS and not n.startswith("_") and n not in called]


def _seed_all(seed: int) -> None:
    torch.manual_seed(seed)
    random.seed(seed)


def _random_tensor(spec: TensorSpec, shape: tuple[int, ...]) -> torch.Tensor:
    dt = spec.dtype
    if dt.is_floating_point:
        return torch.randn(shape).to(dt)
    if dt == torch.bool:
        return torch.rand(shape) < 0.5
    if torch.iinfo(dt).min == 0:
        return torch.randint(1, 17, shape).to(dt)
    mag = torch.randint(1, 17, shape)
    sign = torch.where(torch.rand(shape) < 0.5, -1, 1)
    return (mag * sign).to(dt)


def _random_scalar(spec: ScalarSpec) -> Any:
    if spec.kind == "float":
        return float(torch.randn(()).item())
    if spec.kind == "int":
        return int(torch.randint(1, 9, ()).item())
    return bool(torch.rand(()).item() < 0.5)


@dataclass
class _Call:
    args: list[Any]
    kwargs: dict[str, Any]
    sizes: dict[str, int]


def _function_inputs(ref: types.ModuleType, node: ast.FunctionDef, use_get_inputs: bool,
                     seed: int, trial_index: int, sizes: Sequence[int]) -> _Call:
    constants = vars(ref)
    from_inputs: list[Any] = []
    if use_get_inputs:
        _seed_all(seed)
        from_inputs = list(ref.get_inputs())
    a = node.args
    params = a.posonlyargs + a.args
    n_defaults = len(a.defaults)
    specs = [_annotation_spec(p.annotation, constants) for p in params]
    dyn_names: list[str] = []
    for s in specs:
        if isinstance(s, TensorSpec):
            dyn_names += [d for d in s.dynamic if d not in dyn_names]
    dyn = {name: int(sizes[(trial_index + k) % len(sizes)])
           for k, name in enumerate(dyn_names)}
    _seed_all(seed)  # the annotation-driven draws, in parameter order
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    skipped = False
    for i, (p, spec) in enumerate(zip(params, specs)):
        has_default = i >= len(params) - n_defaults
        if isinstance(spec, TensorSpec):
            value = _random_tensor(spec, spec.shape(dyn))
        elif i < len(from_inputs):
            value = from_inputs[i]
        elif has_default:
            skipped = True
            continue
        elif isinstance(spec, ScalarSpec):
            value = _random_scalar(spec)
        else:
            raise ValueError(
                f"cannot determine an input for parameter '{p.arg}' of "
                f"'{node.name}': annotate it (e.g. {p.arg}: \"f32[N, 128]\") "
                f"or define get_inputs()")
        if skipped:
            kwargs[p.arg] = value
        else:
            args.append(value)
    return _Call(args, kwargs, dyn)


def _map_tensors(obj: Any, fn: Callable[[torch.Tensor], Any]) -> Any:
    if isinstance(obj, torch.Tensor):
        return fn(obj)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):  # namedtuple
        return type(obj)(*(_map_tensors(o, fn) for o in obj))
    if isinstance(obj, (list, tuple)):
        return type(obj)(_map_tensors(o, fn) for o in obj)
    if isinstance(obj, dict):
        return {k: _map_tensors(v, fn) for k, v in obj.items()}
    return obj


def _tensors(obj: Any) -> list[torch.Tensor]:
    out: list[torch.Tensor] = []
    _map_tensors(obj, lambda t: out.append(t))
    return out


def _prepare(obj: Any, device: torch.device, dtype: torch.dtype | None) -> Any:
    def conv(t: torch.Tensor) -> torch.Tensor:
        # Always a copy: one trial's mutation cannot leak into the next.
        t = t.detach().to(device, copy=True)
        if dtype is not None and t.is_floating_point():
            t = t.to(dtype)
        return t
    return _map_tensors(obj, conv)


def _clone(obj: Any) -> Any:
    return _map_tensors(obj, lambda t: t.detach().clone())


# ---------------------------------------------------------------------------
# comparison
# ---------------------------------------------------------------------------


def _flatten_outputs(out: Any) -> list[Any]:
    if out is None:
        return []
    if isinstance(out, (list, tuple)):
        flat: list[Any] = []
        for o in out:
            flat += _flatten_outputs(o)
        return flat
    return [out]


def _tolerance(dtypes: Sequence[torch.dtype], table: Mapping[torch.dtype, tuple[float, float]]
               ) -> tuple[float, float]:
    rtol = atol = 0.0
    for dt in dtypes:
        r, a = table.get(dt, (0.0, 0.0))
        rtol, atol = max(rtol, r), max(atol, a)
    return rtol, atol


@dataclass
class _Cmp:
    reasons: list[str] = field(default_factory=list)
    max_abs: float = 0.0
    max_rel: float = 0.0


def _fmt_index(flat: int, shape: tuple[int, ...]) -> str:
    idx = []
    for s in reversed(shape):
        idx.append(flat % s)
        flat //= s
    return "(" + ", ".join(map(str, reversed(idx))) + ")"


def _as_tensor(x: Any) -> Any:
    return torch.tensor(x) if isinstance(x, (bool, int, float)) else x


def _compare_outputs(ref_out: Any, cand_out: Any, device: torch.device,
                     float_inputs: Sequence[torch.dtype],
                     table: Mapping[torch.dtype, tuple[float, float]],
                     f64_out: Any = None) -> _Cmp:
    cmp = _Cmp()
    refs, cands = _flatten_outputs(ref_out), _flatten_outputs(cand_out)
    alts = _flatten_outputs(f64_out) if f64_out is not None else []
    if len(alts) != len(refs):
        alts = [None] * len(refs)
    if len(refs) != len(cands):
        cmp.reasons.append(f"expected {len(refs)} output(s), got {len(cands)}")
        return cmp
    for i, (r, c, alt) in enumerate(zip(refs, cands, alts)):
        tag = f"output {i}: " if len(refs) > 1 else ""
        ref_is_number = isinstance(r, (bool, int, float))
        r, c = _as_tensor(r), _as_tensor(c)
        if not isinstance(r, torch.Tensor):
            cmp.reasons.append(f"{tag}the reference returned {type(r).__name__}, "
                               f"which the checker cannot compare")
            continue
        if not isinstance(c, torch.Tensor):
            cmp.reasons.append(f"{tag}expected a tensor, got {type(c).__name__}")
            continue
        if ref_is_number:
            # A Python number of the reference may come back as a 0-d tensor
            # (of the dtype the compiler gave it): compare the value only.
            if c.numel() != 1:
                cmp.reasons.append(f"{tag}expected a scalar, got shape {tuple(c.shape)}")
                continue
            c = c.reshape(())
            r = r.to(c.dtype) if c.is_floating_point() else r
        else:
            if tuple(c.shape) != tuple(r.shape):
                cmp.reasons.append(f"{tag}shape mismatch: expected {tuple(r.shape)}, "
                                   f"got {tuple(c.shape)}")
                continue
            if c.dtype != r.dtype:
                cmp.reasons.append(f"{tag}dtype mismatch: expected {r.dtype}, got {c.dtype}")
                continue
            if c.device.type != device.type:
                cmp.reasons.append(f"{tag}device mismatch: expected {device}, got {c.device}")
                continue
        r = r.detach().cpu()
        c = c.detach().cpu()
        n = r.numel()
        if n == 0:
            continue
        shape = tuple(r.shape)
        exact = not (r.is_floating_point() or c.is_floating_point())
        if exact:
            if r.dtype != torch.bool and c.dtype == r.dtype:
                sentinel = poison_value(r.dtype)
                bad = (c == sentinel) & (r != sentinel)
                if bad.any():
                    cmp.reasons.append(
                        f"{tag}unwritten output: {int(bad.sum())} of {n} elements hold "
                        f"the poison value {sentinel} (first at "
                        f"{_fmt_index(int(bad.flatten().nonzero()[0]), shape)})")
                    continue
            r64, c64 = r.double(), c.double()
            close = c.to(torch.int64) == r.to(torch.int64)
            rtol = atol = 0.0
        else:
            r64, c64 = r.double(), c.double()
            bad = torch.isnan(c64) & ~torch.isnan(r64)
            if bad.any():
                cmp.reasons.append(
                    f"{tag}unwritten or NaN output: {int(bad.sum())} of {n} elements "
                    f"are NaN where the reference is not (first at "
                    f"{_fmt_index(int(bad.flatten().nonzero()[0]), shape)})")
                continue
            rtol, atol = _tolerance(list(float_inputs) + [r.dtype], table)
            close = torch.isclose(c64, r64, rtol=rtol, atol=atol, equal_nan=True)
            if (isinstance(alt, torch.Tensor) and alt.is_floating_point()
                    and alt.shape == r.shape and not bool(close.all())):
                # Also accept what is close to the float64 reference: a fused
                # kernel that rounds once is more exact than the op-by-op
                # low-precision reference.
                close |= torch.isclose(c64, alt.detach().cpu().double(), rtol=rtol,
                                       atol=atol, equal_nan=True)
        diff = (c64 - r64).abs()
        finite = torch.isfinite(r64) & torch.isfinite(c64)
        zero = torch.zeros_like(diff)
        if finite.any():
            cmp.max_abs = max(cmp.max_abs, float(torch.where(finite, diff, zero).max()))
            big = finite & (r64.abs() > atol)
            if big.any():
                rel = torch.where(big, diff / r64.abs().clamp_min(1e-300), zero)
                cmp.max_rel = max(cmp.max_rel, float(rel.max()))
        if not bool(close.all()):
            score = torch.where(close, torch.full_like(diff, -1.0),
                                torch.nan_to_num(diff, nan=math.inf))
            worst = int(score.flatten().argmax())
            what = (f"differ beyond rtol={rtol:g}, atol={atol:g}" if not exact
                    else "differ")
            cmp.reasons.append(
                f"{tag}{int((~close).sum())} of {n} elements {what} (worst at "
                f"{_fmt_index(worst, shape)}: got {c64.flatten()[worst].item():.6g}, "
                f"expected {r64.flatten()[worst].item():.6g})")
    return cmp


def _same(a: torch.Tensor, b: torch.Tensor) -> bool:
    if a.shape != b.shape or a.dtype != b.dtype:
        return False
    if a.is_floating_point():
        return bool(torch.equal(a.nan_to_num(0.5), b.nan_to_num(0.5))
                    and torch.equal(a.isnan(), b.isnan()))
    return bool(torch.equal(a, b))


def _exc_text() -> str:
    return traceback.format_exc()


def _exc_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


# ---------------------------------------------------------------------------
# the checker
# ---------------------------------------------------------------------------


def _tolerance_table(rtol: float | Mapping[Any, float] | None,
                     atol: float | Mapping[Any, float] | None
                     ) -> dict[torch.dtype, tuple[float, float]]:
    table = dict(DEFAULT_TOLERANCES)

    def apply(value: float | Mapping[Any, float] | None, slot: int) -> None:
        if value is None:
            return
        if isinstance(value, Mapping):
            items = [(parse_dtype(k), float(v)) for k, v in value.items()]
        else:
            items = [(dt, float(value)) for dt in table]
        for dt, v in items:
            cur = list(table.get(dt, (0.0, 0.0)))
            cur[slot] = v
            table[dt] = (cur[0], cur[1])

    apply(rtol, 0)
    apply(atol, 1)
    return table


def _trial_dtypes(dtypes: Sequence[str | torch.dtype] | None) -> list[str]:
    names = []
    for d in (dtypes if dtypes is not None else DEFAULT_DTYPES):
        if isinstance(d, str) and d.strip() == NATIVE:
            names.append(NATIVE)
            continue
        dt = parse_dtype(d)
        if not dt.is_floating_point:
            raise ValueError(f"trial dtypes must be floating point or 'native', not {d}")
        names.append(_short(dt))
    return list(dict.fromkeys(names))


def check_module(reference_path: str | os.PathLike[str],
                 candidate_path: str | os.PathLike[str], *,
                 function: str | None = None,
                 trials: int = 3,
                 seeds: Sequence[int] | None = None,
                 dtypes: Sequence[str | torch.dtype] | None = None,
                 device: str | torch.device | None = None,
                 sizes: Sequence[int] | None = None,
                 rtol: float | Mapping[Any, float] | None = None,
                 atol: float | Mapping[Any, float] | None = None,
                 f64_reference: bool = True) -> Report:
    """Checks the kernel module at ``candidate_path`` against the reference
    source ``reference_path`` (see the module docstring).

    ``seeds`` defaults to ``range(trials)``; ``dtypes`` to fp32, fp16, bf16
    (``"native"``: no cast); ``sizes`` (dynamic dims) to 37, 1, 131;
    ``rtol`` / ``atol`` override the defaults for every float dtype (a float)
    or per dtype (``{"fp16": 5e-3}``). ``f64_reference=False`` compares with
    the same-dtype reference only.
    """
    dev = _resolve_device(device)
    seed_list = list(seeds) if seeds is not None else list(range(trials))
    if not seed_list:
        raise ValueError("no seeds to run")
    size_list = list(sizes) if sizes is not None else list(DEFAULT_SIZES)
    if not size_list or any(int(s) < 0 for s in size_list):
        raise ValueError("sizes must be non-negative integers")
    trial_dtypes = _trial_dtypes(dtypes)
    table = _tolerance_table(rtol, atol)

    report = Report(reference=str(reference_path), candidate=str(candidate_path),
                    device=str(dev))
    source = Path(reference_path).read_text()
    tree = ast.parse(source, filename=str(reference_path))
    entries = _entry_points(tree, function)
    ref = _load_module(reference_path, "reference")
    try:
        cand = _load_module(candidate_path, "candidate")
    except BaseException as exc:  # noqa: BLE001 - report any import failure
        if isinstance(exc, KeyboardInterrupt):
            raise
        text = f"importing the candidate failed:\n{_exc_text()}"
        report.functions = [FunctionReport(n, k, compiled=False, error=text)
                            for n, k in entries]
        report.finish()
        return report

    nodes = {s.name: s for s in tree.body if isinstance(s, ast.FunctionDef)}
    for name, kind in entries:
        fr = FunctionReport(name, kind)
        report.functions.append(fr)
        if kind == "model":
            _check_model(fr, ref, cand, name, seed_list, trial_dtypes, dev, table,
                         f64_reference)
        else:
            use_inputs = len(entries) == 1 and hasattr(ref, "get_inputs")
            _check_function(fr, ref, cand, nodes[name], use_inputs, seed_list,
                            trial_dtypes, dev, size_list, table, f64_reference)
        fr.finish()
    report.finish()
    return report


def _float_dtypes(*objs: Any) -> list[torch.dtype]:
    out: list[torch.dtype] = []
    for o in objs:
        for t in _tensors(o):
            if t.is_floating_point() and t.dtype not in out:
                out.append(t.dtype)
    return out


def _run_trial(fr: FunctionReport, trial: TrialResult, first: bool,
               call_ref: Callable[[], Any], call_cand: Callable[[], Any],
               cand_module: types.ModuleType, watched: Mapping[str, torch.Tensor],
               device: torch.device, float_inputs: Sequence[torch.dtype],
               table: Mapping[torch.dtype, tuple[float, float]],
               call_f64: Callable[[], Any] | None = None) -> bool:
    """Runs one comparison; returns False when checking should stop."""
    try:
        with torch.no_grad():
            ref_out = call_ref()
    except Exception as exc:  # noqa: BLE001
        trial.status, trial.reason = "skip", f"the reference raised {_exc_line(exc)}"
        trial.traceback = _exc_text()
        return True
    f64_out = None
    if call_f64 is not None:
        try:
            with torch.no_grad():
                f64_out = call_f64()
        except Exception:  # noqa: BLE001 - only an alternative reference
            f64_out = None
    snapshot = {k: v.detach().clone() for k, v in watched.items()}
    try:
        with torch.no_grad(), poisoned_empty(cand_module) as proxy:
            cand_out = call_cand()
        if device.type == "cuda":
            torch.cuda.synchronize(device)
    except Exception as exc:  # noqa: BLE001
        trial.status, trial.reason = "fail", f"the candidate raised {_exc_line(exc)}"
        trial.traceback = _exc_text()
        if first:
            fr.compiled, fr.error = False, trial.traceback
            return False
        return True
    if first:
        fr.compiled = True
    trial.poisoned_allocations = proxy.allocations
    cmp = _compare_outputs(ref_out, cand_out, device, float_inputs, table, f64_out)
    for k, before in snapshot.items():
        if not _same(before, watched[k]):
            cmp.reasons.append(f"{k} was modified in place")
    trial.max_abs_err, trial.max_rel_err = cmp.max_abs, cmp.max_rel
    if cmp.reasons:
        trial.status, trial.reason = "fail", "; ".join(cmp.reasons)
    return True


def _to_f64(obj: Any) -> Any:
    return _map_tensors(obj, lambda t: t.detach().double() if t.is_floating_point()
                        else t.detach().clone())


def _dtype_of(name: str) -> torch.dtype | None:
    return None if name == NATIVE else parse_dtype(name)


def _check_function(fr: FunctionReport, ref: types.ModuleType, cand: types.ModuleType,
                    node: ast.FunctionDef, use_inputs: bool, seeds: Sequence[int],
                    dtypes: Sequence[str], device: torch.device, sizes: Sequence[int],
                    table: Mapping[torch.dtype, tuple[float, float]],
                    f64_reference: bool) -> None:
    ref_fn = getattr(ref, node.name)
    cand_fn = getattr(cand, node.name, None)
    if not callable(cand_fn):
        fr.error = f"the candidate module defines no function '{node.name}'"
        return
    first = True
    for t, seed in enumerate(seeds):
        try:
            call = _function_inputs(ref, node, use_inputs, seed, t, sizes)
        except Exception as exc:  # noqa: BLE001
            fr.error = f"cannot make inputs: {_exc_line(exc)}\n{_exc_text()}"
            return
        has_float = bool(_float_dtypes(call.args, call.kwargs))
        for dname in (dtypes if has_float else [NATIVE]):
            dt = _dtype_of(dname)
            args = _prepare(call.args, device, dt)
            kwargs = _prepare(call.kwargs, device, dt)
            trial = TrialResult(seed=seed, dtype=dname, sizes=dict(call.sizes))
            fr.trials.append(trial)
            ref_args, ref_kwargs = _clone(args), _clone(kwargs)
            watched = {f"input '{k}'": v for k, v in _named_tensors(node, args, kwargs)}
            float_inputs = _float_dtypes(args, kwargs)
            call_f64 = None
            if f64_reference and any(d != torch.float64 for d in float_inputs):
                f64_args, f64_kwargs = _to_f64(args), _to_f64(kwargs)
                call_f64 = lambda: ref_fn(*f64_args, **f64_kwargs)  # noqa: E731
            go_on = _run_trial(
                fr, trial, first,
                lambda: ref_fn(*ref_args, **ref_kwargs),
                lambda: cand_fn(*args, **kwargs),
                cand, watched, device, float_inputs, table, call_f64)
            if trial.status != "skip":
                first = False
            if not go_on:
                return


def _named_tensors(node: ast.FunctionDef, args: list[Any], kwargs: dict[str, Any]
                   ) -> list[tuple[str, torch.Tensor]]:
    names = [p.arg for p in node.args.posonlyargs + node.args.args]
    out = []
    for i, a in enumerate(args):
        for j, t in enumerate(_tensors(a)):
            out.append((names[i] + (f"[{j}]" if not isinstance(a, torch.Tensor) else ""), t))
    for k, a in kwargs.items():
        for j, t in enumerate(_tensors(a)):
            out.append((k + (f"[{j}]" if not isinstance(a, torch.Tensor) else ""), t))
    return out


def _check_model(fr: FunctionReport, ref: types.ModuleType, cand: types.ModuleType,
                 name: str, seeds: Sequence[int], dtypes: Sequence[str],
                 device: torch.device, table: Mapping[torch.dtype, tuple[float, float]],
                 f64_reference: bool) -> None:
    ref_cls = getattr(ref, name)
    cand_name = name + "New"
    cand_cls = getattr(cand, cand_name, None)
    if not isinstance(cand_cls, type):
        fr.error = f"the candidate module defines no class '{cand_name}'"
        return
    if not hasattr(ref, "get_inputs"):
        fr.error = "the reference defines no get_inputs()"
        return
    first = True
    for seed in seeds:
        try:
            init: list[Any] = []
            if hasattr(ref, "get_init_inputs"):
                _seed_all(seed)
                init = list(ref.get_init_inputs())
            _seed_all(seed)
            ref_model = ref_cls(*init)
            _seed_all(seed)
            inputs = list(ref.get_inputs())
        except Exception as exc:  # noqa: BLE001
            fr.error = f"the reference failed to set up: {_exc_line(exc)}\n{_exc_text()}"
            return
        try:
            _seed_all(seed)
            cand_model = cand_cls(*init)
            want, have = ref_model.state_dict(), cand_model.state_dict()
            missing = [k for k in want if k not in have]
            unexpected = [k for k in have if k not in want]
            if missing or unexpected:
                raise KeyError(f"state_dict names differ: missing in {cand_name}: "
                               f"{missing}, unexpected: {unexpected}")
            cand_model.load_state_dict(want, strict=True)
        except Exception as exc:  # noqa: BLE001
            msg = (f"{cand_name}(*get_init_inputs()) / load_state_dict failed: "
                   f"{exc.args[0] if isinstance(exc, KeyError) else _exc_line(exc)}")
            fr.trials.append(TrialResult(seed=seed, dtype="-", status="fail",
                                         reason=msg, traceback=_exc_text()))
            if first:
                fr.compiled, fr.error = False, msg + "\n" + _exc_text()
                return
            continue
        has_float = bool(_float_dtypes(inputs)) or any(
            p.is_floating_point() for p in itertools.chain(ref_model.parameters(),
                                                          ref_model.buffers()))
        for dname in (dtypes if has_float else [NATIVE]):
            dt = _dtype_of(dname)
            # Fresh copies per dtype: every trial casts from the original.
            rm = copy.deepcopy(ref_model).to(device)
            cm = copy.deepcopy(cand_model).to(device)
            if dt is not None:
                rm, cm = rm.to(dt), cm.to(dt)
            rm.eval()
            cm.eval()
            args = _prepare(inputs, device, dt)
            ref_args = _clone(args)
            watched = {f"input {i}": v for i, v in enumerate(_tensors(args))}
            watched.update({f"{cand_name} state '{k}'": v
                            for k, v in cm.state_dict(keep_vars=True).items()})
            trial = TrialResult(seed=seed, dtype=dname)
            fr.trials.append(trial)
            float_inputs = _float_dtypes(args, list(rm.parameters()), list(rm.buffers()))
            call_f64 = None
            if f64_reference and any(d != torch.float64 for d in float_inputs):
                rm64 = copy.deepcopy(rm).double()
                f64_args = _to_f64(args)
                call_f64 = lambda: rm64(*f64_args)  # noqa: E731
            go_on = _run_trial(fr, trial, first, lambda: rm(*ref_args),
                               lambda: cm(*args), cand, watched, device,
                               float_inputs, table, call_f64)
            if trial.status != "skip":
                first = False
            if not go_on:
                return


# ---------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------


def _int_list(text: str) -> list[int]:
    return [int(p) for p in text.split(",") if p.strip()]


def _maybe_reexec(argv: Sequence[str], device: str | None) -> None:
    """On the CPU the interpreter must be on before triton is imported."""
    if os.environ.get("TRITON_INTERPRET") == "1":
        return
    if device is not None and device.startswith("cuda"):
        return
    if device is None and torch.cuda.is_available():
        return
    os.environ["TRITON_INTERPRET"] = "1"
    if "triton" not in sys.modules:
        return
    # triton is imported already (a sitecustomize, a wrapper): start again.
    pkg_root = str(Path(__file__).resolve().parents[1])
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (pkg_root, env.get("PYTHONPATH")) if p)
    sys.stdout.flush()
    sys.stderr.flush()
    os.execve(sys.executable, [sys.executable, "-m", "py2triton.check", *argv], env)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(
        prog="python -m py2triton.check",
        description="Check a generated Triton kernel module against its reference "
                    "Python/PyTorch source on random inputs.")
    parser.add_argument("reference", help="the source given to py2triton (REF.py)")
    parser.add_argument("candidate", help="the generated kernel module")
    parser.add_argument("--function", help="check only this function (or Model)")
    parser.add_argument("--trials", type=int, default=3,
                        help="number of seeds 0..N-1 (default 3)")
    parser.add_argument("--seeds", type=_int_list, help="explicit seeds, e.g. 0,5,7")
    parser.add_argument("--dtypes", default=",".join(DEFAULT_DTYPES),
                        help="trial dtypes, comma-separated: fp32,fp16,bf16,fp64,native "
                             "(default fp32,fp16,bf16)")
    parser.add_argument("--sizes", type=_int_list,
                        help="sizes for dynamic dims (default 37,1,131)")
    parser.add_argument("--device", help="cpu or cuda (default: cuda when available "
                                         "and TRITON_INTERPRET is not 1)")
    parser.add_argument("--rtol", type=float, help="rtol for every float dtype")
    parser.add_argument("--atol", type=float, help="atol for every float dtype")
    parser.add_argument("--no-f64-reference", dest="f64_reference", action="store_false",
                        help="compare with the same-dtype reference only")
    parser.add_argument("--json", metavar="OUT", help="write the report as JSON")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="print tracebacks of failures")
    opts = parser.parse_args(argv)
    _maybe_reexec(argv, opts.device)

    try:
        report = check_module(
            opts.reference, opts.candidate, function=opts.function,
            trials=opts.trials, seeds=opts.seeds,
            dtypes=[d for d in opts.dtypes.split(",") if d.strip()],
            device=opts.device, sizes=opts.sizes, rtol=opts.rtol, atol=opts.atol,
            f64_reference=opts.f64_reference)
    except (OSError, SyntaxError, ValueError, InterpreterNotEnabled) as exc:
        print(f"py2triton.check: error: {exc}", file=sys.stderr)
        return 2
    print(report.format_table())
    if opts.verbose:
        for fn in report.functions:
            if fn.error:
                print(f"\n--- {fn.name}:\n{fn.error}")
            for t in fn.trials:
                if t.traceback and t.status == "fail":
                    print(f"\n--- {fn.name} {t.dtype} seed {t.seed}:\n{t.traceback}")
    if opts.json:
        report.to_json(opts.json)
    return 0 if report.passed else 1


if __name__ == "__main__":
    sys.exit(main())
