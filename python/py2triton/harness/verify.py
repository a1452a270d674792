"""KernelBench-style verification of a generated kernel module.

    result = verify("ref.py", "kernel.py", trials=5, bench=True)
    result["passed"], result["reason"], result["performance"]

or ``tools/py2triton-verify REF.py CANDIDATE.py [--trials N] [--json OUT]
[--bench]`` (also ``python -m py2triton.harness.verify``).

A candidate *passes* when it compiled (imported, and its first call ran),
is correct on every trial (:func:`py2triton.check.check_module`: seeds x
fp32/fp16/bf16, NaN-poisoned outputs, input-mutation check, float64
secondary reference) and no anti-cheating check fired:

* static (:mod:`py2triton.harness.static`): torch compute on the wrapper
  path, calls of the reference, try/except fallbacks, timer / global
  patching, side streams, dynamic code, reference access, returning an
  input, no kernel launch;
* dynamic (this module): on one extra seed, the candidate's outputs must not
  share storage with any input, model parameter / buffer, or the reference's
  output (``output-aliases-input`` / ``output-aliases-reference``); the
  reference's output memory is overwritten with poison before it is freed
  and the candidate runs un-poisoned, so reading a stale buffer shows as
  NaN (``stale-memory``); and no global callable (torch, ``torch.cuda.Event``,
  ``time``, builtins, the checker) may have been replaced
  (``timer-patching`` / ``global-patching``; the originals are restored).

With ``bench=True`` and a CUDA device, the reference (eager), the reference
under ``torch.compile`` (same process) and the candidate are timed with
:func:`py2triton.harness.timing.time_callable` on seed-0 inputs; speedups,
GB/s and TFLOP/s (with % of the GPU's peak from :mod:`py2triton.gpus`) are
reported. Only candidates that passed are timed. The result is a JSON-able
dict whose schema ``py2triton.verify/1`` is documented in docs/harness.md.
"""

from __future__ import annotations

import ast
import inspect
import json
import math
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping, Optional, Sequence

import torch

from .. import check
from .. import gpus
from . import cli, guards, static, timing

__all__ = ["SCHEMA", "verify", "main", "format_result", "classify_reason"]

SCHEMA = "py2triton.verify/1"

# Codes from the correctness check (py2triton.check reasons).
CORRECTNESS_CODES = (
    "import-error", "compile-error", "runtime-error", "missing-entry",
    "state-dict-mismatch", "setup-error", "output-count-mismatch",
    "output-type-mismatch", "shape-mismatch", "dtype-mismatch", "device-mismatch",
    "unwritten-output", "output-mismatch", "input-mutated",
)
DYNAMIC_CODES = ("output-aliases-input", "output-aliases-reference", "stale-memory",
                 "timer-patching", "global-patching")


def classify_reason(text: str) -> str:
    """The named code of one py2triton.check failure reason."""
    t = text.lower()
    if "modified in place" in t:
        return "input-mutated"
    if "unwritten" in t or "nan where the reference" in t:
        return "unwritten-output"
    if "shape mismatch" in t:
        return "shape-mismatch"
    if "dtype mismatch" in t:
        return "dtype-mismatch"
    if "device mismatch" in t:
        return "device-mismatch"
    if "output(s), got" in t:
        return "output-count-mismatch"
    if "expected a tensor" in t or "expected a scalar" in t or "cannot compare" in t:
        return "output-type-mismatch"
    if "load_state_dict" in t or "state_dict names" in t:
        return "state-dict-mismatch"
    if "the candidate raised" in t:
        return "runtime-error"
    if "differ" in t:
        return "output-mismatch"
    return "output-mismatch"


def _split_reasons(reason: str) -> list[str]:
    # check.py joins several reasons with "; " (messages themselves use ", ").
    return [r.strip() for r in reason.split("; ") if r.strip()]


def _first_line(text: str) -> str:
    lines = [l.strip() for l in (text or "").strip().splitlines() if l.strip()]
    return lines[-1] if lines else ""


# ---------------------------------------------------------------------------
# cases: one entry point with its inputs
# ---------------------------------------------------------------------------


@dataclass
class _Case:
    name: str
    kind: str                                  # "function" | "model"
    args: list[Any]
    kwargs: dict[str, Any]
    ref_call: Callable[..., Any]               # (*args, **kwargs)
    cand_call: Callable[..., Any]
    cand_module: Any
    extra_inputs: dict[str, torch.Tensor] = field(default_factory=dict)  # model state
    tensor_params: dict[str, set[str]] = field(default_factory=dict)
    tensor_attrs: set[str] = field(default_factory=set)
    ref_obj: Any = None                        # function or ref model (torch.compile)
    float_inputs: list[torch.dtype] = field(default_factory=list)


def _tensor_param_names(params: Sequence[str], args: Sequence[Any],
                        kwargs: Mapping[str, Any]) -> set[str]:
    out = {p for p, a in zip(params, args) if check._tensors(a)}
    out |= {k for k, v in kwargs.items() if check._tensors(v)}
    return out


def _build_cases(ref_path: str, cand_path: str, function: Optional[str], device: torch.device,
                 dtype: Optional[torch.dtype], seed: int) -> list[_Case]:
    """Fresh modules and seed-``seed`` inputs per entry point (the reference's
    way: check's input construction and model set-up)."""
    source = Path(ref_path).read_text()
    tree = ast.parse(source, filename=str(ref_path))
    entries = check._entry_points(tree, function)
    ref = check._load_module(ref_path, "reference")
    cand = check._load_module(cand_path, "candidate")
    nodes = {s.name: s for s in tree.body if isinstance(s, ast.FunctionDef)}
    cases = []
    for name, kind in entries:
        if kind == "function":
            ref_fn, cand_fn = getattr(ref, name), getattr(cand, name, None)
            if not callable(cand_fn):
                continue
            use_inputs = len(entries) == 1 and hasattr(ref, "get_inputs")
            call = check._function_inputs(ref, nodes[name], use_inputs, seed, 0,
                                          list(check.DEFAULT_SIZES))
            args = check._prepare(call.args, device, dtype)
            kwargs = check._prepare(call.kwargs, device, dtype)
            params = [p.arg for p in nodes[name].args.posonlyargs + nodes[name].args.args]
            cases.append(_Case(
                name, kind, args, kwargs, ref_fn, cand_fn, cand,
                tensor_params={name: _tensor_param_names(params, args, kwargs)},
                ref_obj=ref_fn, float_inputs=check._float_dtypes(args, kwargs)))
        else:
            ref_cls = getattr(ref, name)
            cand_cls = getattr(cand, name + "New", None)
            if not isinstance(cand_cls, type):
                continue
            init: list[Any] = []
            if hasattr(ref, "get_init_inputs"):
                check._seed_all(seed)
                init = list(ref.get_init_inputs())
            check._seed_all(seed)
            rm = ref_cls(*init)
            check._seed_all(seed)
            inputs = list(ref.get_inputs())
            check._seed_all(seed)
            cm = cand_cls(*init)
            cm.load_state_dict(rm.state_dict(), strict=True)
            rm, cm = rm.to(device), cm.to(device)
            if dtype is not None:
                rm, cm = rm.to(dtype), cm.to(dtype)
            rm.eval()
            cm.eval()
            args = check._prepare(inputs, device, dtype)
            try:
                sig = list(inspect.signature(cand_cls.forward).parameters.values())[1:]
                params = [p.name for p in sig if p.kind in (p.POSITIONAL_ONLY,
                                                             p.POSITIONAL_OR_KEYWORD)]
            except (TypeError, ValueError):
                params = []
            state = dict(cm.state_dict(keep_vars=True))
            cases.append(_Case(
                name, kind, args, {}, rm, cm, cand,
                extra_inputs={f"{name}New state '{k}'": v for k, v in state.items()},
                tensor_params={f"{name}New.forward": _tensor_param_names(params, args, {})},
                tensor_attrs=set(rm.state_dict().keys()), ref_obj=rm,
                float_inputs=check._float_dtypes(args, list(rm.parameters()),
                                                 list(rm.buffers()))))
    return cases


def _storage_ptr(t: torch.Tensor) -> Optional[tuple[str, int]]:
    if t.numel() == 0:
        return None
    try:
        return (str(t.device), t.untyped_storage().data_ptr())
    except Exception:  # noqa: BLE001 - e.g. tensor subclasses without storage
        return (str(t.device), t.data_ptr())


def _alias_map(named: Mapping[str, torch.Tensor]) -> dict[tuple[str, int], str]:
    out = {}
    for label, t in named.items():
        key = _storage_ptr(t)
        if key is not None:
            out.setdefault(key, label)
    return out


def _named_inputs(case: _Case, args: Sequence[Any], kwargs: Mapping[str, Any]
                  ) -> dict[str, torch.Tensor]:
    named = {f"input {i}": t for i, t in enumerate(check._tensors(list(args)))}
    named.update({f"input '{k}'": t for k, v in kwargs.items() for t in check._tensors(v)})
    return named


def _probe(case: _Case, device: torch.device,
           table: Mapping[torch.dtype, tuple[float, float]]) -> dict[str, Any]:
    """The dynamic anti-cheating checks on one case; returns
    ``{"findings": [...], "reference_aliases_input": bool, "note": str}``."""
    findings: list[dict[str, Any]] = []
    result: dict[str, Any] = {"function": case.name, "findings": findings,
                              "reference_aliases_input": False, "note": ""}
    args, kwargs = case.args, case.kwargs
    ref_args, ref_kwargs = check._clone(args), check._clone(kwargs)
    try:
        with torch.no_grad():
            ref_out = case.ref_call(*ref_args, **ref_kwargs)
    except Exception as exc:  # noqa: BLE001
        result["note"] = f"probe skipped: the reference raised {check._exc_line(exc)}"
        return result
    ref_outs = check._flatten_outputs(ref_out)
    ref_in_alias = _alias_map(_named_inputs(case, ref_args, ref_kwargs))
    ref_aliasing = [isinstance(o, torch.Tensor) and _storage_ptr(o) in ref_in_alias
                    for o in ref_outs]
    result["reference_aliases_input"] = any(ref_aliasing)
    # (1) aliasing, with poisoned allocations (as in the checker)
    cand_args, cand_kwargs = check._clone(args), check._clone(kwargs)
    inputs = _named_inputs(case, cand_args, cand_kwargs)
    inputs.update(case.extra_inputs)
    in_alias = _alias_map(inputs)
    ref_alias = _alias_map({f"reference output {i}": o for i, o in enumerate(ref_outs)
                            if isinstance(o, torch.Tensor)})
    ref_alias.update({k: f"reference input ({v})" for k, v in ref_in_alias.items()})
    try:
        with torch.no_grad(), check.poisoned_empty(case.cand_module):
            cand_out = case.cand_call(*cand_args, **cand_kwargs)
        if device.type == "cuda":
            torch.cuda.synchronize(device)
    except Exception as exc:  # noqa: BLE001 - the correctness check reports it
        result["note"] = f"probe skipped: the candidate raised {check._exc_line(exc)}"
        return result
    cand_outs = check._flatten_outputs(cand_out)
    if cand_out is not None and cand_out is ref_out:
        findings.append({"code": "output-aliases-reference", "function": case.name,
                         "message": "the candidate returned the reference's output object"})
        cand_outs = []
    for i, o in enumerate(cand_outs):
        if not isinstance(o, torch.Tensor):
            continue
        tag = f"output {i}" if len(cand_outs) > 1 else "the output"
        if any(o is r for r in ref_outs):
            findings.append({"code": "output-aliases-reference", "function": case.name,
                             "message": f"{tag} is the reference's output tensor"})
            continue
        key = _storage_ptr(o)
        if key is None:
            continue
        if key in ref_alias:
            findings.append({"code": "output-aliases-reference", "function": case.name,
                             "message": f"{tag} shares storage with the {ref_alias[key]}"})
        elif key in in_alias and not (i < len(ref_aliasing) and ref_aliasing[i]):
            findings.append({"code": "output-aliases-input", "function": case.name,
                             "message": f"{tag} shares storage with {in_alias[key]}"})
    del cand_out, cand_outs
    # (2) stale memory: poison the reference's output, free it, run unpoisoned.
    if not result["reference_aliases_input"]:
        s_args, s_kwargs = check._clone(args), check._clone(kwargs)
        r_args, r_kwargs = check._clone(args), check._clone(kwargs)
        try:
            with torch.no_grad():
                stale = case.ref_call(*r_args, **r_kwargs)
                expected = check._clone(stale)
                for t in check._tensors(stale):
                    check._poison(t)
            del stale
            with torch.no_grad():
                out2 = case.cand_call(*s_args, **s_kwargs)
            if device.type == "cuda":
                torch.cuda.synchronize(device)
            cmp = check._compare_outputs(expected, out2, device, case.float_inputs, table)
            bad = [r for r in cmp.reasons if classify_reason(r) == "unwritten-output"]
            if bad:
                findings.append({"code": "stale-memory", "function": case.name,
                                 "message": "with the reference's freed output memory "
                                 f"poisoned and no poisoning of its own: {bad[0]}"})
        except Exception as exc:  # noqa: BLE001
            result["note"] = f"stale-memory probe skipped: {check._exc_line(exc)}"
    return result


# ---------------------------------------------------------------------------
# performance
# ---------------------------------------------------------------------------


def _bench_case(case: _Case, *, warmup: int, iters: int, flush_l2: bool,
                compile_reference: bool, spec: Optional[gpus.GPUSpec],
                dtype_name: str) -> dict[str, Any]:
    args, kwargs = case.args, case.kwargs
    notes: list[str] = []
    with torch.no_grad():
        out = case.ref_call(*args, **kwargs)
    nbytes = timing.tensor_bytes(args, kwargs, out,
                                 case.ref_obj if case.kind == "model" else None)
    flops = timing.count_flops(lambda: case.ref_call(*args, **kwargs))
    kw = dict(warmup=warmup, iters=iters, flush_l2=flush_l2)
    ref_stats, note = timing.try_time_callable(lambda: case.ref_call(*args, **kwargs), **kw)
    if note:
        notes.append("reference: " + note)
    comp_stats = None
    if compile_reference:
        try:
            compiled = torch.compile(case.ref_obj)
            comp_stats, note = timing.try_time_callable(lambda: compiled(*args, **kwargs), **kw)
            if note:
                notes.append("torch.compile: " + note)
        except Exception as exc:  # noqa: BLE001
            notes.append(f"torch.compile failed: {check._exc_line(exc)}")
    cand_stats, note = timing.try_time_callable(lambda: case.cand_call(*args, **kwargs), **kw)
    if note:
        notes.append("candidate: " + note)

    def ms(s: Optional[timing.Stats]) -> Optional[float]:
        return None if s is None else s.median

    ours = ms(cand_stats)
    gbps = timing.achieved_gbps(nbytes, ours)
    tflops = timing.achieved_tflops(flops, ours) if flops else None
    tf32 = bool(torch.backends.cuda.matmul.allow_tf32)
    return {
        "name": case.name, "kind": case.kind, "dtype": dtype_name,
        "reference_ms": ms(ref_stats), "compile_ms": ms(comp_stats), "candidate_ms": ours,
        "speedup_vs_eager": timing.speedup(ms(ref_stats), ours),
        "speedup_vs_compile": timing.speedup(ms(comp_stats), ours),
        "bytes": nbytes, "gbps": gbps, "flops": flops or None, "tflops": tflops,
        "pct_peak_bandwidth": timing.pct_of_peak(gbps, spec.mem_bw_gbps if spec else None),
        "pct_peak_flops": timing.pct_of_peak(
            tflops, spec.peak_tflops(dtype_name, tf32=tf32) if spec else None),
        "stats": {"reference": ref_stats and ref_stats.to_dict(),
                  "compile": comp_stats and comp_stats.to_dict(),
                  "candidate": cand_stats and cand_stats.to_dict()},
        "notes": notes,
    }


# ---------------------------------------------------------------------------
# verify
# ---------------------------------------------------------------------------


def _jsonable(x: Any) -> Any:
    if isinstance(x, float) and not math.isfinite(x):
        return str(x)
    if isinstance(x, dict):
        return {k: _jsonable(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_jsonable(v) for v in x]
    return x


def verify(reference: str | os.PathLike[str], candidate: str | os.PathLike[str], *,
           trials: int = 5, seeds: Optional[Sequence[int]] = None,
           dtypes: Optional[Sequence[str]] = None, device: Any = None,
           sizes: Optional[Sequence[int]] = None, function: Optional[str] = None,
           rtol: Any = None, atol: Any = None, f64_reference: bool = True,
           static_checks: bool = True, dynamic_checks: bool = True,
           bench: bool = False, bench_dtype: str = "fp32", warmup: int = 25,
           iters: int = 100, flush_l2: bool = True, compile_reference: bool = True,
           probe_seed: int = 1234) -> dict[str, Any]:
    """Verifies ``candidate`` against ``reference``; returns the JSON-able
    result dict (schema ``py2triton.verify/1``, see docs/harness.md).

    ``trials``/``seeds``/``dtypes``/``sizes``/``rtol``/``atol``/
    ``f64_reference``/``function``/``device`` go to
    :func:`py2triton.check.check_module`. ``bench``: time on CUDA (skipped
    with a note otherwise)."""
    t0 = time.perf_counter()
    reference, candidate = str(reference), str(candidate)
    for p in (reference, candidate):
        if not Path(p).is_file():
            raise FileNotFoundError(f"no such file: {p}")
    dev = check._resolve_device(device)
    table = check._tolerance_table(rtol, atol)
    reasons: list[dict[str, Any]] = []
    warnings: list[str] = []

    def add(code: str, message: str, source: str, fn: Optional[str] = None,
            line: Optional[int] = None) -> None:
        reasons.append({"code": code, "message": message, "source": source,
                        "function": fn, "line": line})

    snap = guards.snapshot()
    try:
        report = check.check_module(reference, candidate, function=function, trials=trials,
                                    seeds=seeds, dtypes=dtypes, device=dev, sizes=sizes,
                                    rtol=rtol, atol=atol, f64_reference=f64_reference)
        # -- dynamic probe (fresh modules, another seed) ---------------------
        probes: list[dict[str, Any]] = []
        cases: list[_Case] = []
        dyn_note = ""
        if dynamic_checks or static_checks:
            try:
                cases = _build_cases(reference, candidate, function, dev, None, probe_seed)
            except Exception as exc:  # noqa: BLE001
                dyn_note = f"probe set-up failed: {check._exc_line(exc)}"
        if dynamic_checks:
            for case in cases:
                probes.append(_probe(case, dev, table))
    finally:
        changes = snap.changes()
        snap.restore()

    # -- correctness ---------------------------------------------------------
    compiled = bool(report.functions) and all(f.compiled for f in report.functions)
    functions = []
    for fr in report.functions:
        tp = sum(t.status == "pass" for t in fr.trials)
        tt = sum(t.status != "skip" for t in fr.trials)
        functions.append({"name": fr.name, "kind": fr.kind, "compiled": fr.compiled,
                          "correct": fr.passed, "trials_passed": tp, "trials_total": tt,
                          "error": _first_line(fr.error)})
        if not fr.compiled:
            err = fr.error or "the candidate did not compile"
            code = ("import-error" if "importing the candidate failed" in err
                    else "missing-entry" if "defines no" in err
                    else "state-dict-mismatch" if "load_state_dict" in err
                    else "setup-error" if ("cannot make inputs" in err
                                           or "failed to set up" in err)
                    else "compile-error")
            add(code, _first_line(err), "compile", fr.name)
            continue
        seen: set[str] = set()
        for t in fr.trials:
            if t.status != "fail":
                continue
            for r in _split_reasons(t.reason):
                code = classify_reason(r)
                if code in seen:
                    continue
                seen.add(code)
                add(code, f"{t.dtype} seed {t.seed}: {_one_line(r)}", "correctness", fr.name)
    correct = report.passed

    # -- anti-cheating -------------------------------------------------------
    dyn_findings = [dict(f, source="dynamic") for p in probes for f in p["findings"]]
    for ch in changes:
        dyn_findings.append({"code": ch.code, "function": None, "source": "dynamic",
                             "message": f"{ch.qualified} was {ch.kind} by the candidate "
                                        "(restored)"})
    # A stale read shows as unwritten output in the checker already: report it once.
    unwritten = {r["function"] for r in reasons if r["code"] == "unwritten-output"}
    dyn_findings = [f for f in dyn_findings
                    if not (f["code"] == "stale-memory" and f["function"] in unwritten)]
    ref_aliases = {p["function"] for p in probes if p["reference_aliases_input"]}
    static_findings: list[dict[str, Any]] = []
    static_note = ""
    if static_checks:
        hints: dict[str, set[str]] = {}
        attrs: set[str] = set()
        for c in cases:
            hints.update(c.tensor_params)
            attrs |= c.tensor_attrs
        tree = ast.parse(Path(reference).read_text(), filename=reference)
        try:
            entries = [n + "New.forward" if k == "model" else n
                       for n, k in check._entry_points(tree, function)]
        except ValueError:
            entries = None
        found = static.analyze_file(candidate, reference_path=reference, entries=entries,
                                    tensor_params=hints or None, tensor_attrs=attrs)
        for f in found:
            entry = (f.function or "").replace("New.forward", "").split(".")[0]
            if f.code in ("returns-input", "no-triton-launch") and entry in ref_aliases:
                continue  # the reference itself returns (a view of) its input
            static_findings.append(dict(f.to_dict(), source="static"))
    else:
        static_note = "static checks disabled"
    for f in static_findings:
        add(f["code"], f["message"], "static", f.get("function"), f.get("line"))
    for f in dyn_findings:
        add(f["code"], f["message"], "dynamic", f.get("function"))
    for p in probes:
        if p["note"]:
            warnings.append(f"{p['function']}: {p['note']}")
    if dyn_note:
        warnings.append(dyn_note)

    cheat = bool(static_findings or dyn_findings)
    passed = compiled and correct and not cheat
    # Order: compile, anti-cheating (static, dynamic), correctness.
    order = {"compile": 0, "static": 1, "dynamic": 2, "correctness": 3}
    reasons.sort(key=lambda r: order[r["source"]])

    # -- performance ---------------------------------------------------------
    performance = None
    if bench:
        gpu_name = torch.cuda.get_device_name(dev) if dev.type == "cuda" else None
        spec = gpus.lookup(gpu_name) if gpu_name else None
        performance = {"status": "skipped", "note": "", "dtype": bench_dtype,
                       "warmup": warmup, "iters": iters, "flush_l2": flush_l2,
                       "gpu": gpu_name, "gpu_spec": spec.name if spec else None,
                       "functions": []}
        if dev.type != "cuda":
            performance["note"] = timing.NO_CUDA_NOTE
        elif not passed:
            performance["note"] = "not timed: the candidate was rejected"
        else:
            try:
                bcases = _build_cases(reference, candidate, function, dev,
                                      check.parse_dtype(bench_dtype), 0)
                for c in bcases:
                    performance["functions"].append(_bench_case(
                        c, warmup=warmup, iters=iters, flush_l2=flush_l2,
                        compile_reference=compile_reference, spec=spec,
                        dtype_name=check._short(check.parse_dtype(bench_dtype))))
                performance["status"] = "measured"
            except Exception as exc:  # noqa: BLE001
                performance["note"] = f"benchmark failed: {check._exc_line(exc)}"

    passed_t, failed_t, skipped_t = report.counts()
    gpu_name = torch.cuda.get_device_name(dev) if dev.type == "cuda" else None
    result = {
        "schema": SCHEMA,
        "reference": reference,
        "candidate": candidate,
        "device": str(dev),
        "gpu": gpu_name,
        "compiled": compiled,
        "correct": correct,
        "passed": passed,
        "reason": reasons[0]["code"] if reasons else None,
        "reasons": reasons,
        "trials": {"passed": passed_t, "failed": failed_t, "skipped": skipped_t,
                   "total": passed_t + failed_t},
        "functions": functions,
        "anti_cheat": {
            "static": {"ran": static_checks, "note": static_note,
                       "findings": static_findings},
            "dynamic": {"ran": dynamic_checks, "findings": dyn_findings,
                        "probes": [{k: v for k, v in p.items() if k != "findings"}
                                   for p in probes]},
        },
        "performance": performance,
        "warnings": warnings,
        "check": report.to_dict(),
        "elapsed_s": round(time.perf_counter() - t0, 3),
    }
    return _jsonable(result)


def _one_line(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------------------
# table and CLI
# ---------------------------------------------------------------------------


def _fmt_ms(x: Any) -> str:
    return "-" if not isinstance(x, (int, float)) else f"{x:.4g}"


def _fmt_x(x: Any) -> str:
    return "-" if not isinstance(x, (int, float)) else f"{x:.2f}x"


def format_result(result: Mapping[str, Any]) -> str:
    """A compact KernelBench-like table and a verdict line."""
    perf = {p["name"]: p for p in ((result.get("performance") or {}).get("functions") or [])}
    rows = [("function", "compiled", "correct", "eager ms", "compile ms", "ours ms",
             "speedup", "vs torch.compile")]
    for f in result["functions"]:
        p = perf.get(f["name"], {})
        rows.append((f["name"], "yes" if f["compiled"] else "no",
                     f"{f['trials_passed']}/{f['trials_total']}",
                     _fmt_ms(p.get("reference_ms")), _fmt_ms(p.get("compile_ms")),
                     _fmt_ms(p.get("candidate_ms")), _fmt_x(p.get("speedup_vs_eager")),
                     _fmt_x(p.get("speedup_vs_compile"))))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    perf_all = result.get("performance")
    if perf_all and perf_all.get("note"):
        lines.append(f"({perf_all['note']})")
    for p in perf.values():
        extra = []
        if p.get("gbps"):
            pct = p.get("pct_peak_bandwidth")
            extra.append(f"{p['gbps']:.1f} GB/s" + (f" ({pct:.0f}% of peak)" if pct else ""))
        if p.get("tflops"):
            pct = p.get("pct_peak_flops")
            extra.append(f"{p['tflops']:.2f} TFLOP/s" + (f" ({pct:.0f}% of peak)" if pct else ""))
        if extra or p.get("notes"):
            lines.append(f"{p['name']}: " + ", ".join(extra + p.get("notes", [])))
    if result["passed"]:
        lines.append("PASS")
    else:
        lines.append(f"REJECTED: {result['reason']}")
        shown = set()
        for r in result["reasons"]:
            key = (r["code"], r["message"])
            if key in shown:
                continue
            shown.add(key)
            where = f" [{r['function']}]" if r.get("function") else ""
            line = f" line {r['line']}" if r.get("line") else ""
            lines.append(f"  {r['code']}{where}{line}: {r['message']}")
            if len(shown) >= 8:
                lines.append(f"  ... {len(result['reasons']) - len(shown)} more")
                break
    return "\n".join(lines)


def _ensure_interpreter(device: Optional[str]) -> None:
    """On the CPU, TRITON_INTERPRET=1 must be set before triton is imported."""
    if os.environ.get("TRITON_INTERPRET") == "1":
        return
    if device is not None and device.startswith("cuda"):
        return
    if device is None and torch.cuda.is_available():
        return
    os.environ["TRITON_INTERPRET"] = "1"


def main(argv: Optional[Sequence[str]] = None, prog: str = "py2triton-verify",
         opts: Any = None) -> int:
    """The CLI; returns the exit status (0 correct, 1 rejected, 2 usage)."""
    if opts is None:
        try:
            opts = cli.parse(sys.argv[1:] if argv is None else argv, prog)
        except SystemExit as exc:  # argparse: 2 on errors, 0 for --help
            return int(exc.code or 0)
        except cli.UsageError as exc:
            print(f"{prog}: error: {exc}", file=sys.stderr)
            return 2
    _ensure_interpreter(opts.device)
    try:
        result = verify(opts.reference, opts.candidate, trials=opts.trials,
                        seeds=opts.seeds,
                        dtypes=[d for d in opts.dtypes.split(",") if d.strip()],
                        device=opts.device, sizes=opts.sizes, function=opts.function,
                        rtol=opts.rtol, atol=opts.atol, static_checks=opts.static_checks,
                        bench=opts.bench, bench_dtype=opts.bench_dtype, warmup=opts.warmup,
                        iters=opts.iters, flush_l2=opts.flush_l2,
                        compile_reference=opts.compile_reference)
    except (OSError, SyntaxError, ValueError, check.InterpreterNotEnabled) as exc:
        print(f"{prog}: error: {exc}", file=sys.stderr)
        return 2
    if opts.verbose:
        print(_check_table(result))
    print(format_result(result))
    if opts.json:
        Path(opts.json).write_text(json.dumps(result, indent=2) + "\n")
    return 0 if result["passed"] else 1


def _check_table(result: Mapping[str, Any]) -> str:
    lines = []
    for fn in result["check"]["functions"]:
        for t in fn["trials"]:
            lines.append(f"  {fn['name']:<16} {t['dtype']:<6} seed {t['seed']:<4} "
                         f"{t['status'].upper()}  {_one_line(t['reason'])[:100]}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main(prog="python -m py2triton.harness.verify"))
