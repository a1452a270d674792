"""Schedule search: translate a function under many schedules, keep the fastest.

    python -m py2triton.search SRC.py -o OUT.py [--log LOG.json] [--function NAME]
        [--arg NAME=SHAPE:DTYPE]... [--compiler BIN]        # prepare + run
    python -m py2triton.search prepare SRC.py --out DIR [--compiler BIN] ...
    python -m py2triton.search run DIR [-o OUT.py] [--log LOG.json] ...

(``py2triton SRC.py -o OUT.py --search [--search-log LOG.json]`` runs the
first form with its own binary as ``--compiler``.)

*prepare* (needs the compiler, no torch) translates ``SRC.py`` once per
:class:`Variant` -- the baseline (no ``--schedule``) and schedule variants
(``py2triton --schedule=KEY=VALUE,...``: fusion on/off, persistent vs looped
reductions, block sizes, warps, stages, fixed matmul tiles, split-K) -- into
``DIR/candidates/ID.py`` and writes ``DIR/manifest.json``. Variants whose
code is identical to an earlier one's (comment lines ignored) are recorded as
duplicates and not kept; variants the compiler rejects are recorded with its
error. ``--variants-file F.json`` adds proposals through the same interface:
a list of ``{"id", "idea", "knobs": {KEY: VALUE}}`` (translated like the
built-in variants) or ``{"id", "idea", "code": "<module text>"}`` (a kernel
module written elsewhere, e.g. by an LLM). ``--model DIR`` adds
``--model-samples`` kernels proposed by our LLM release (``py2triton-lm
generate``), ids ``model-N``, origin "model" in the log; when the compiler
rejects the program they are the only candidates.

*run* (needs torch and triton, not the compiler: it runs on the GPU machine)
verifies every unique candidate with the harness
(:func:`py2triton.harness.verify.verify`: correctness on every trial and the
anti-cheating checks), times the reference (eager and ``torch.compile``) once
and every passing candidate on CUDA (:mod:`py2triton.harness.timing`), then
re-times the baseline and the best few, interleaved, and keeps the minimum
median of each (noise). The chosen candidate is the one with the best
geometric-mean speedup over the baseline across the translated functions; it
must beat the baseline by ``--min-gain`` (default 2%), otherwise the baseline
is kept (ties go to the baseline). Without CUDA every candidate is verified,
the baseline is kept and the log says that timing was skipped.

The chosen module is written to ``-o`` atomically; the JSON log (schema
``py2triton.search/1``, docs/harness.md) holds every candidate: knobs, idea in
words, code, compiled/correct/passed, trials, timings and the rejection
reason. A plain-text progress bar goes to stderr.

Exit status: 0 when a candidate passed and was written, 1 when none passed
(the baseline is written anyway when it was translated), 2 on usage errors.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Optional, Sequence, TextIO

__all__ = [
    "SCHEMA", "MANIFEST_SCHEMA", "Variant", "VARIANTS", "Progress", "CudaTimer",
    "normalize_code", "prepare", "run", "select", "find_compiler", "main",
]

SCHEMA = "py2triton.search/1"
MANIFEST_SCHEMA = "py2triton.search-manifest/1"
BASELINE = "baseline"
REPO = Path(__file__).resolve().parents[2]


# ---------------------------------------------------------------------------
# variants
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Variant:
    """One candidate: schedule knobs for the compiler (``knobs``) or a kernel
    module written elsewhere (``code``), and the idea behind it in words."""

    id: str
    knobs: tuple[tuple[str, str], ...] = ()
    idea: str = ""
    code: Optional[str] = None
    #: "model" for a sample of the LLM (--model); otherwise derived.
    source: Optional[str] = None

    @property
    def schedule(self) -> str:
        """The ``--schedule`` value (empty for the baseline)."""
        return ",".join(f"{k}={v}" for k, v in self.knobs)

    @property
    def origin(self) -> str:
        if self.source:
            return self.source
        return "external" if self.code is not None else "schedule"


def _v(id_: str, idea: str, **knobs: Any) -> Variant:
    return Variant(id_, tuple((k, str(v)) for k, v in knobs.items()), idea)


# The built-in search space: one idea per entry, not a cross product. Knobs
# that do not apply to a function leave its code unchanged, so the duplicates
# disappear in prepare().
VARIANTS: tuple[Variant, ...] = (
    Variant(BASELINE, (), "the compiler's default schedule: its own block-size, "
            "warp and reduction-strategy heuristics, fusion on, autotuned matmul tiles"),
    _v("nofuse", "no fusion: reductions and matmuls get kernels of their own (more "
       "memory traffic, but each kernel gets its natural layout)", fuse=0),
    _v("persistent", "persistent reductions: one program holds a whole row in "
       "registers and reads it once", reduction="persistent"),
    _v("looped", "looped reductions: each program walks its row in BLOCK_N chunks "
       "(fewer registers, higher occupancy on long rows)", reduction="looped"),
    *(_v(f"looped-rb{n}", f"looped reductions with BLOCK_N={n} per step",
         reduction="looped", row_block=n) for n in (512, 1024, 2048, 4096)),
    *(_v(f"warps{w}", f"{w} warps per program (default block sizes)", num_warps=w)
      for w in (2, 4, 8, 16)),
    *(_v(f"stages{s}", f"{s} software-pipelining stages", num_stages=s) for s in (2, 3, 4)),
    *(_v(f"block{b}", f"flat pointwise BLOCK={b} elements per program", block=b)
      for b in (256, 512, 1024, 2048, 4096)),
    _v("block4096-warps8", "large pointwise blocks (4096) with 8 warps: fewer "
       "programs, more bytes in flight per program", block=4096, num_warps=8),
    _v("block8192-warps16", "very large pointwise blocks (8192) with 16 warps",
       block=8192, num_warps=16),
    _v("looped-rb2048-warps8", "looped reductions, BLOCK_N=2048, 8 warps",
       reduction="looped", row_block=2048, num_warps=8),
    _v("persistent-warps16", "persistent reductions with 16 warps (long rows in "
       "registers, spread over more threads)", reduction="persistent", num_warps=16),
    _v("fixed-tile", "matmul without autotuning: the compiler's fixed default tile",
       autotune=0),
    *(_v(f"tile{t}", f"matmul with a fixed {t} (BMxBNxBK) tile, {w} warps, {s} stages, "
         "no autotuning", matmul_tile=t, num_warps=w, num_stages=s, autotune=0)
      for t, w, s in (("64x64x32", 4, 4), ("128x64x32", 4, 4), ("64x128x32", 4, 4),
                      ("128x128x32", 8, 3), ("128x128x64", 8, 3), ("128x256x64", 8, 3))),
    *(_v(f"splitk{k}", f"split-K={k}: {k} programs share each output tile's K range "
         "(more parallelism for small M x N)", split_k=k) for k in (2, 4)),
)


def variants_from_json(path: str | os.PathLike[str]) -> list[Variant]:
    """Proposals: ``[{"id", "idea", "knobs": {...}} | {"id", "idea", "code"}]``."""
    data = json.loads(Path(path).read_text())
    if not isinstance(data, list):
        raise ValueError(f"{path}: expected a JSON list of variants")
    out = []
    for i, d in enumerate(data):
        if not isinstance(d, dict) or not isinstance(d.get("id"), str):
            raise ValueError(f"{path}: entry {i} needs an \"id\" string")
        if ("knobs" in d) == ("code" in d):
            raise ValueError(f"{path}: entry {d['id']!r} needs exactly one of "
                             "\"knobs\" and \"code\"")
        knobs = tuple((str(k), str(v)) for k, v in (d.get("knobs") or {}).items())
        out.append(Variant(d["id"], knobs, str(d.get("idea", "")), d.get("code")))
    return out


def select_variants(variants: Sequence[Variant], only: Optional[Iterable[str]]
                    ) -> list[Variant]:
    """``variants`` restricted to the ids in ``only`` (the baseline always
    stays, first). Unknown ids are an error."""
    vs = list(variants)
    ids = [v.id for v in vs]
    if len(set(ids)) != len(ids):
        dup = sorted({i for i in ids if ids.count(i) > 1})
        raise ValueError(f"duplicate variant ids: {', '.join(dup)}")
    if BASELINE not in ids:
        raise ValueError("the variants have no 'baseline'")
    if only is None:
        return sorted(vs, key=lambda v: v.id != BASELINE)
    wanted = [w for w in only if w]
    unknown = [w for w in wanted if w not in ids]
    if unknown:
        raise ValueError(f"unknown variant ids: {', '.join(unknown)}")
    keep = {BASELINE, *wanted}
    return sorted((v for v in vs if v.id in keep), key=lambda v: v.id != BASELINE)


def normalize_code(code: str) -> str:
    """Code for duplicate detection: no comment-only lines, no trailing blanks
    (a header naming the schedule does not make two kernels different)."""
    lines = [l.rstrip() for l in code.splitlines()]
    return "\n".join(l for l in lines if l and not l.lstrip().startswith("#"))


def code_hash(code: str) -> str:
    return hashlib.sha256(normalize_code(code).encode()).hexdigest()[:16]


# ---------------------------------------------------------------------------
# progress bar (stderr, plain text)
# ---------------------------------------------------------------------------


class Progress:
    """``verify [######..................] 3/12  looped: pass`` on one line,
    redrawn with ``\\r`` on a terminal; on a pipe or file (logs) a line per
    tenth of the work."""

    def __init__(self, total: int, stream: Optional[TextIO] = None, width: int = 24,
                 label: str = "search", tty: Optional[bool] = None,
                 enabled: bool = True) -> None:
        self.total = max(total, 0)
        self.n = 0
        self.stream = stream if stream is not None else sys.stderr
        self.width = width
        self.label = label
        self.enabled = enabled
        if tty is None:
            isatty = getattr(self.stream, "isatty", None)
            tty = bool(isatty and isatty())
        self.tty = tty
        self._last_len = 0
        self._last_decile = -1
        self._printed_end = False

    def line(self, what: str = "") -> str:
        total = max(self.total, 1)
        filled = min(self.width, self.width * self.n // total)
        bar = "#" * filled + "." * (self.width - filled)
        text = f"{self.label} [{bar}] {self.n}/{self.total}"
        return f"{text}  {what}" if what else text

    def advance(self, what: str = "", steps: int = 1) -> None:
        self.n = min(self.total, self.n + steps)
        self.show(what)

    def show(self, what: str = "") -> None:
        """Redraws the bar (a terminal); elsewhere prints a line when a tenth
        of the work more is done, and at the end."""
        if not self.enabled:
            return
        text = self.line(what)
        if self.tty:
            pad = " " * max(0, self._last_len - len(text))
            self.stream.write("\r" + text + pad)
            self._last_len = len(text)
        else:
            decile = 10 * self.n // max(self.total, 1)
            if decile == self._last_decile and self.n != self.total:
                return
            if self.n == self.total and self._printed_end:
                return
            self._last_decile = decile
            self._printed_end = self.n == self.total
            self.stream.write(text + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.tty and self._last_len:
            self.stream.write("\n")
            self.stream.flush()
            self._last_len = 0


# ---------------------------------------------------------------------------
# prepare: translate every variant
# ---------------------------------------------------------------------------


def _find_tool(name: str, env_var: str, explicit: Optional[str]) -> Optional[str]:
    """``explicit``, else $``env_var``, else <repo>/build/bin/``name``, else
    ``name`` on PATH (not when ``explicit`` was given); None when none is an
    executable file."""
    for c in (explicit, os.environ.get(env_var), str(REPO / "build" / "bin" / name)):
        if c and Path(c).is_file() and os.access(c, os.X_OK):
            return str(Path(c).resolve())
    if explicit:
        return None
    return shutil.which(name)


def find_compiler(explicit: Optional[str] = None) -> Optional[str]:
    """The py2triton binary: ``explicit``, $PY2TRITON, the build's, PATH's."""
    return _find_tool("py2triton", "PY2TRITON", explicit)


def find_lm_tool(explicit: Optional[str] = None) -> Optional[str]:
    """py2triton-lm: ``explicit``, $PY2TRITON_LM, the build's, PATH's."""
    return _find_tool("py2triton-lm", "PY2TRITON_LM", explicit)


def model_variants(source: str | os.PathLike[str], model: str, *, samples: int = 4,
                   temperature: float = 0.8, top_p: float = 0.95,
                   max_new: int = 1536, seed: int = 0, device: Optional[str] = None,
                   tool: Optional[str] = None, timeout: float = 1800.0
                   ) -> list[Variant]:
    """``samples`` kernel modules for ``source`` proposed by the LLM release
    in ``model`` (``py2triton-lm generate``; the compiler itself never links
    LibTorch), as code variants of origin "model": the search verifies and
    times them like every other candidate."""
    lm = find_lm_tool(tool)
    if lm is None:
        raise ValueError("--model needs py2triton-lm (--model-tool, $PY2TRITON_LM or "
                         f"{REPO / 'build/bin/py2triton-lm'}; build with LibTorch)")
    if samples < 1:
        raise ValueError("--model-samples must be >= 1")
    dev = device or "auto"
    with tempfile.TemporaryDirectory(prefix="py2triton-lm-") as tmp:
        out = Path(tmp) / "samples.jsonl"
        cmd = [lm, "generate", "--model", str(model), "--prompt-file", str(source),
               "--k", str(samples), "--temperature", str(temperature),
               "--top-p", str(top_p), "--max-new", str(max_new), "--seed", str(seed),
               "--device", dev, "--dtype", "bf16", "--out", str(out)]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise ValueError(f"py2triton-lm timed out after {timeout:.0f} s") from None
        if proc.returncode != 0:
            raise ValueError("py2triton-lm failed: " + (proc.stderr.strip().splitlines()
                                                       or ["(no message)"])[-1])
        rows = [json.loads(l) for l in out.read_text().splitlines() if l.strip()]
    name = Path(model).name or str(model)
    return [Variant(f"model-{r['sample']}", (),
                    f"sample {r['sample']} of the LLM {name} (temperature {temperature}, "
                    f"top-p {top_p}{'' if r.get('stopped') else ', cut at max-new'})",
                    r["text"], "model")
            for r in rows]


def _translate(compiler: str, source: Path, variant: Variant, out: Path,
               function: Optional[str], args: Sequence[str], timeout: float
               ) -> tuple[bool, str, list[str]]:
    cmd = [compiler, str(source), "-o", str(out)]
    if function:
        cmd += ["--function", function]
    cmd += [f"--arg={a}" for a in args]
    if variant.knobs:
        cmd.append(f"--schedule={variant.schedule}")
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return False, f"the compiler timed out after {timeout:.0f} s", cmd
    except OSError as exc:
        return False, f"cannot run the compiler: {exc}", cmd
    if proc.returncode != 0:
        err = proc.stderr.strip() or f"exit status {proc.returncode}"
        return False, err, cmd
    return True, "", cmd


def prepare(source: str | os.PathLike[str], out_dir: str | os.PathLike[str], *,
            compiler: str, function: Optional[str] = None, args: Sequence[str] = (),
            variants: Optional[Sequence[Variant]] = None, timeout: float = 300.0,
            progress: Optional[Progress] = None) -> dict[str, Any]:
    """Translates ``source`` once per variant into ``out_dir`` and writes
    ``out_dir/manifest.json``; returns the manifest."""
    source = Path(source)
    if not source.is_file():
        raise FileNotFoundError(f"no such file: {source}")
    vs = select_variants(VARIANTS if variants is None else variants, None)
    out = Path(out_dir)
    cand_dir = out / "candidates"
    if cand_dir.exists():
        shutil.rmtree(cand_dir)
    cand_dir.mkdir(parents=True)
    ref_name = source.name
    shutil.copyfile(source, out / ref_name)
    seen: dict[str, str] = {}
    entries = []
    for v in vs:
        entry: dict[str, Any] = {"id": v.id, "origin": v.origin, "knobs": dict(v.knobs),
                                 "schedule": v.schedule, "idea": v.idea, "file": None,
                                 "status": "ok", "duplicate_of": None, "error": "",
                                 "hash": None}
        target = cand_dir / f"{v.id}.py"
        if v.code is not None:
            code, ok, err = v.code, True, ""
        else:
            tmp = cand_dir / f".{v.id}.tmp.py"
            ok, err, cmd = _translate(compiler, source, v, tmp, function, args, timeout)
            entry["command"] = " ".join(cmd)
            code = tmp.read_text() if ok else ""
            tmp.unlink(missing_ok=True)
        if not ok:
            entry["status"] = "translate-failed"
            entry["error"] = err
            if v.id == BASELINE:
                entry["stderr"] = err
        else:
            h = code_hash(code)
            entry["hash"] = h
            if h in seen:
                entry["status"] = "duplicate"
                entry["duplicate_of"] = seen[h]
            else:
                seen[h] = v.id
                target.write_text(code)
                entry["file"] = f"candidates/{target.name}"
        entries.append(entry)
        if progress is not None:
            progress.advance(f"translate {v.id}")
    manifest = {
        "schema": MANIFEST_SCHEMA,
        "source": ref_name,
        "function": function,
        "args": list(args),
        "compiler": compiler,
        "compiler_commit": _git_commit(),
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "candidates": entries,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def _git_commit() -> Optional[str]:
    try:
        proc = subprocess.run(["git", "-C", str(REPO), "rev-parse", "HEAD"],
                              capture_output=True, text=True, timeout=10)
        return proc.stdout.strip() or None if proc.returncode == 0 else None
    except (OSError, subprocess.SubprocessError):
        return None


# ---------------------------------------------------------------------------
# timing
# ---------------------------------------------------------------------------


class CudaTimer:
    """Times the reference and candidates on CUDA with
    :func:`py2triton.harness.timing.time_callable` on seed-0 inputs.

    ``reference(ref, cand) -> {fn: {"eager_ms", "compile_ms", "notes"}}``
    (``cand`` only provides the cases' structure) and ``candidate(ref, cand)
    -> {fn: {"ms", "stats", "note"}}``. A test injects an object with the
    same two methods."""

    def __init__(self, *, function: Optional[str] = None, device: Any = None,
                 dtype: str = "native", warmup: int = 25, iters: int = 100,
                 flush_l2: bool = True, compile_reference: bool = True) -> None:
        self.function = function
        self.device = device
        self.dtype = dtype
        self.kw = dict(warmup=warmup, iters=iters, flush_l2=flush_l2)
        self.compile_reference = compile_reference

    def _cases(self, ref: str, cand: str) -> list[Any]:
        import torch  # noqa: F401
        from . import check
        from .harness import verify as hv
        dev = check._resolve_device(self.device)
        dtype = None if self.dtype == "native" else check.parse_dtype(self.dtype)
        return hv._build_cases(ref, cand, self.function, dev, dtype, 0)

    def reference(self, ref: str, cand: str) -> dict[str, dict[str, Any]]:
        import torch
        from .harness import timing
        out = {}
        for c in self._cases(ref, cand):
            args, kwargs = c.args, c.kwargs
            stats, note = timing.try_time_callable(lambda: c.ref_call(*args, **kwargs),
                                                   **self.kw)
            notes = [f"eager: {note}"] if note else []
            comp = None
            if self.compile_reference:
                try:
                    compiled = torch.compile(c.ref_obj)
                    comp, note = timing.try_time_callable(
                        lambda: compiled(*args, **kwargs), **self.kw)
                    if note:
                        notes.append(f"torch.compile: {note}")
                except Exception as exc:  # noqa: BLE001 - reported
                    notes.append(f"torch.compile failed: {type(exc).__name__}: {exc}")
            out[c.name] = {"eager_ms": stats.median if stats else None,
                           "compile_ms": comp.median if comp else None, "notes": notes}
        return out

    def candidate(self, ref: str, cand: str) -> dict[str, dict[str, Any]]:
        from .harness import timing
        out = {}
        for c in self._cases(ref, cand):
            args, kwargs = c.args, c.kwargs
            stats, note = timing.try_time_callable(lambda: c.cand_call(*args, **kwargs),
                                                   **self.kw)
            out[c.name] = {"ms": stats.median if stats else None,
                           "stats": stats.to_dict() if stats else None, "note": note}
        return out


#: Origins of candidates that no rule of ours wrote: they are verified in a
#: child process, since a wrong kernel can write out of bounds (under the
#: CPU interpreter that corrupts the verifier's own heap; on a GPU it leaves
#: a sticky CUDA error) and must fail alone, not end the search.
UNTRUSTED_ORIGINS = ("model", "external")

_ISOLATED_VERIFY = """\
import json, sys
from py2triton.harness.verify import verify
from py2triton.search import _summ_verify
ref, cand, trials, device, function = sys.argv[1:6]
res = verify(ref, cand, trials=int(trials), device=device or None,
             function=function or None)
print("@@py2triton-verify@@" + json.dumps(_summ_verify(res), default=str))
"""


def _verify_isolated(ref: str, cand: str, *, trials: int, device: Any,
                     function: Optional[str], timeout: float = 900.0
                     ) -> dict[str, Any]:
    """verify() of one candidate in a child Python; a crash, a kill or a
    timeout is a failed candidate with the reason "verify-crashed"."""
    env = dict(os.environ)
    pkg_root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = pkg_root + (os.pathsep + env["PYTHONPATH"]
                                    if env.get("PYTHONPATH") else "")
    cmd = [sys.executable, "-c", _ISOLATED_VERIFY, ref, cand, str(trials),
           "" if device is None else str(device), function or ""]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env,
                              timeout=timeout)
        out, err, rc = proc.stdout, proc.stderr, proc.returncode
    except subprocess.TimeoutExpired:
        out, err, rc = "", f"timed out after {timeout:.0f} s", None
    for line in reversed(out.splitlines()):
        if line.startswith("@@py2triton-verify@@") and rc == 0:
            return json.loads(line[len("@@py2triton-verify@@"):])
    how = ("timed out" if rc is None else
           f"killed by signal {-rc}" if rc < 0 else f"exit status {rc}")
    tail = " | ".join(l for l in err.strip().splitlines()[-3:] if l.strip())
    return {"compiled": False, "correct": False, "passed": False,
            "reason": "verify-crashed",
            "reasons": [{"code": "verify-crashed", "function": None,
                         "message": f"the verifier process died ({how})"
                                    + (f": {tail}" if tail else "")}],
            "trials": None, "device": None}


def _default_verifier(*, trials: int, device: Any, function: Optional[str]
                      ) -> Callable[[str, str], dict[str, Any]]:
    def run_verify(ref: str, cand: str) -> dict[str, Any]:
        from .harness.verify import verify
        return verify(ref, cand, trials=trials, device=device, function=function)
    return run_verify


# ---------------------------------------------------------------------------
# selection
# ---------------------------------------------------------------------------


def _geomean(xs: Sequence[float]) -> Optional[float]:
    xs = [x for x in xs if x is not None and x > 0 and math.isfinite(x)]
    if not xs:
        return None
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def _ratio_score(base: Mapping[str, Optional[float]], ms: Mapping[str, Optional[float]]
                 ) -> Optional[float]:
    """Geometric mean over functions of base / ms; None when a function of
    ``base`` is not measured in ``ms``."""
    ratios = []
    for fn, b in base.items():
        m = ms.get(fn)
        if b is None or m is None or m <= 0:
            return None
        ratios.append(b / m)
    return _geomean(ratios)


def select(candidates: Sequence[Mapping[str, Any]], *, timed: bool,
           min_gain: float = 0.02,
           eager_ms: Optional[Mapping[str, Optional[float]]] = None
           ) -> tuple[Optional[str], str]:
    """(chosen id, why). ``candidates``: dicts with ``id``, ``passed`` and
    ``ms`` ({function: median ms} or None). Without timing: the baseline when
    it passed, else the first passing candidate. With timing: the best
    geometric-mean speedup over the baseline; a candidate must beat it by
    ``min_gain`` (ties -> baseline). When the baseline did not pass or was
    not timed, candidates are ranked by speedup over ``eager_ms``."""
    passed = [c for c in candidates if c.get("passed")]
    if not passed:
        return None, "no candidate passed verification"
    base = next((c for c in passed if c["id"] == BASELINE), None)
    if not timed:
        if base is not None:
            return BASELINE, "timing skipped: the baseline is kept"
        return passed[0]["id"], ("timing skipped and the baseline was rejected: the "
                                 "first passing candidate is kept")
    timed_c = [c for c in passed if c.get("ms")]
    if base is not None and base.get("ms") and all(v is not None
                                                   for v in base["ms"].values()):
        best, best_score = base, 1.0
        for c in timed_c:
            if c is base:
                continue
            s = _ratio_score(base["ms"], c["ms"])
            if s is not None and s > best_score + 1e-12:
                best, best_score = c, s
        if best is not base and best_score >= 1.0 + min_gain:
            return best["id"], (f"{best_score:.2f}x faster than the baseline "
                                f"(geometric mean over functions)")
        if best is not base:
            return BASELINE, (f"the best variant ({best['id']}, {best_score:.3f}x) is "
                              f"within {min_gain:.0%} of the baseline: the baseline is kept")
        return BASELINE, "no variant is faster than the baseline"
    ranked = []
    for c in timed_c:
        s = _ratio_score({k: v for k, v in (eager_ms or {}).items()}, c["ms"]) \
            if eager_ms else None
        if s is None:
            s = _ratio_score({k: 1.0 for k in c["ms"]}, c["ms"])
        ranked.append((s if s is not None else 0.0, c["id"]))
    if ranked:
        ranked.sort(key=lambda p: -p[0])
        return ranked[0][1], "the baseline was rejected or not timed: the fastest passing candidate"
    return passed[0]["id"], "no passing candidate could be timed: the first passing one is kept"


# ---------------------------------------------------------------------------
# run: verify, time, choose
# ---------------------------------------------------------------------------


def _cuda_available(device: Any) -> bool:
    if device is not None and not str(device).startswith("cuda"):
        return False
    if os.environ.get("TRITON_INTERPRET") == "1":
        return False
    import torch
    return torch.cuda.is_available()


def _write_atomic(path: str | os.PathLike[str], text: str) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _record_times(rec: dict[str, Any], t: Mapping[str, Mapping[str, Any]], *,
                  keep_min: bool) -> None:
    """Stores a timer's ``{fn: {"ms", "stats", "note"}}`` in a log record; with
    ``keep_min`` only medians lower than the stored ones replace them."""
    if not keep_min or not rec.get("ms"):
        rec["ms"] = {fn: v.get("ms") for fn, v in t.items()}
        rec["stats"] = {fn: v.get("stats") for fn, v in t.items()}
        rec["timing_notes"] = [f"{fn}: {v['note']}" for fn, v in t.items() if v.get("note")]
        return
    for fn, v in t.items():
        old, new = rec["ms"].get(fn), v.get("ms")
        if new is not None and (old is None or new < old):
            rec["ms"][fn] = new
            rec["stats"][fn] = v.get("stats")


def _summ_verify(res: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "compiled": bool(res.get("compiled")), "correct": bool(res.get("correct")),
        "passed": bool(res.get("passed")), "reason": res.get("reason"),
        "reasons": [{"code": r.get("code"), "function": r.get("function"),
                     "message": r.get("message")} for r in (res.get("reasons") or [])][:8],
        "trials": res.get("trials"), "device": res.get("device"),
    }


def run(directory: str | os.PathLike[str], *, out: Optional[str] = None,
        log: Optional[str] = None, trials: int = 3, device: Any = None,
        verifier: Optional[Callable[[str, str], Mapping[str, Any]]] = None,
        timer: Any = "auto", min_gain: float = 0.02, confirm: int = 3,
        confirm_rounds: int = 2, progress_stream: Optional[TextIO] = None,
        show_progress: bool = True, bench_dtype: str = "native", warmup: int = 25,
        iters: int = 100, flush_l2: bool = True, compile_reference: bool = True
        ) -> dict[str, Any]:
    """Verifies and times the candidates of a prepared ``directory``; writes
    the chosen module to ``out`` and the log to ``log`` (when given); returns
    the log. ``verifier(ref, cand)`` and ``timer`` (see :class:`CudaTimer`;
    ``None`` = no timing, ``"auto"`` = CUDA when available) can be injected."""
    t0 = time.perf_counter()
    d = Path(directory)
    manifest = json.loads((d / "manifest.json").read_text())
    if manifest.get("schema") != MANIFEST_SCHEMA:
        raise ValueError(f"{d / 'manifest.json'}: not a {MANIFEST_SCHEMA} manifest")
    ref = str(d / manifest["source"])
    function = manifest.get("function")
    entries = manifest["candidates"]
    isolate = verifier is None
    if verifier is None:
        verifier = _default_verifier(trials=trials, device=device, function=function)
    note = ""
    if timer == "auto":
        if _cuda_available(device):
            timer = CudaTimer(function=function, device=device, dtype=bench_dtype,
                              warmup=warmup, iters=iters, flush_l2=flush_l2,
                              compile_reference=compile_reference)
        else:
            timer = None
            note = "timing skipped: no CUDA device (candidates verified only; " \
                   "the baseline is kept)"
    elif timer is None:
        note = "timing skipped (candidates verified only; the baseline is kept)"
    unique = [e for e in entries if e.get("file")]
    gpu = None
    if timer is not None and isinstance(timer, CudaTimer):
        import torch
        gpu = torch.cuda.get_device_name()

    records: list[dict[str, Any]] = []
    by_id: dict[str, dict[str, Any]] = {}
    for e in entries:
        rec = {k: e.get(k) for k in ("id", "origin", "knobs", "schedule", "idea", "status",
                                     "duplicate_of", "error")}
        rec["code"] = (d / e["file"]).read_text() if e.get("file") else None
        rec.update({"compiled": None, "correct": None, "passed": False, "reason": None,
                    "reasons": [], "trials": None, "device": None, "ms": None, "stats": None,
                    "speedup_vs_baseline": None, "speedup_vs_eager": None,
                    "speedup_vs_compile": None, "timing_notes": [], "chosen": False})
        if e["status"] == "translate-failed":
            rec["reason"] = "translate-failed"
        elif e["status"] == "duplicate":
            rec["reason"] = f"duplicate of {e['duplicate_of']}"
        records.append(rec)
        by_id[e["id"]] = rec

    ref_times: dict[str, dict[str, Any]] = {}
    files = {e["id"]: str(d / e["file"]) for e in unique}
    bar = Progress(len(unique), progress_stream, label="verify", enabled=show_progress)
    try:
        for e in unique:
            rec = by_id[e["id"]]
            bar.show(f"{e['id']} ...")
            try:
                if isolate and e.get("origin") in UNTRUSTED_ORIGINS:
                    res = _verify_isolated(ref, files[e["id"]], trials=trials,
                                           device=device, function=function)
                else:
                    res = verifier(ref, files[e["id"]])
                rec.update(_summ_verify(res))
                if not rec["passed"]:
                    rec["reason"] = rec["reason"] or "rejected"
            except Exception as exc:  # noqa: BLE001 - a broken candidate, not a crash
                rec.update(compiled=False, correct=False, passed=False,
                           reason="verify-error",
                           reasons=[{"code": "verify-error", "function": None,
                                     "message": f"{type(exc).__name__}: {exc}"}])
            bar.advance(f"{e['id']}: {'pass' if rec['passed'] else rec['reason']}")
    finally:
        bar.close()

    passing = [by_id[e["id"]] for e in unique if by_id[e["id"]]["passed"]]
    if timer is not None and passing:
        bar = Progress(1 + len(passing), progress_stream, label="time",
                       enabled=show_progress)
        try:
            bar.show("reference ...")
            ref_times = timer.reference(ref, files[passing[0]["id"]])
            bar.advance("reference")
            for rec in passing:
                bar.show(f"{rec['id']} ...")
                _record_times(rec, timer.candidate(ref, files[rec["id"]]), keep_min=False)
                bar.advance(rec["id"])
        finally:
            bar.close()
        # Noise: re-time the baseline and the best few, interleaved, keeping
        # the minimum median of each.
        base = by_id.get(BASELINE)
        anchor = base["ms"] if base is not None and base.get("ms") else \
            {fn: v.get("eager_ms") for fn, v in ref_times.items()}
        ranked = sorted((r for r in passing if r["ms"] and r["id"] != BASELINE),
                        key=lambda r: -(_ratio_score(anchor, r["ms"]) or 0.0))
        top = ranked[:confirm]
        if top and base is not None and base.get("ms"):
            top.insert(0, base)
        if len(top) > 1 and confirm_rounds > 0:
            bar = Progress(confirm_rounds * len(top), progress_stream, label="re-time",
                           enabled=show_progress)
            try:
                for _ in range(confirm_rounds):
                    for rec in top:
                        bar.show(f"{rec['id']} ...")
                        _record_times(rec, timer.candidate(ref, files[rec["id"]]),
                                      keep_min=True)
                        bar.advance(rec["id"])
            finally:
                bar.close()

    timed = timer is not None and any(r["ms"] for r in records)
    eager = {fn: v.get("eager_ms") for fn, v in ref_times.items()}
    compiled_ms = {fn: v.get("compile_ms") for fn, v in ref_times.items()}
    base = by_id.get(BASELINE)
    for rec in records:
        if not rec["ms"]:
            continue
        if base is not None and base.get("ms"):
            rec["speedup_vs_baseline"] = _ratio_score(base["ms"], rec["ms"])
        rec["speedup_vs_eager"] = _ratio_score(eager, rec["ms"]) if eager else None
        rec["speedup_vs_compile"] = _ratio_score(compiled_ms, rec["ms"]) \
            if compiled_ms and all(v is not None for v in compiled_ms.values()) else None
    chosen, why = select(records, timed=timed, min_gain=min_gain, eager_ms=eager or None)
    if timer is not None and not timed and chosen is not None:
        why = "no candidate could be timed: " + why
    if chosen is not None:
        by_id[chosen]["chosen"] = True
    for rec in records:
        if rec["passed"] and not rec["chosen"] and rec["reason"] is None:
            rec["reason"] = "slower" if timed else "not chosen (timing skipped)"

    if timer is not None and not note:
        if not timed:
            note = "no candidate could be timed"
        elif gpu is None:
            note = "timed with an injected timer"
    log_data = {
        "schema": SCHEMA,
        "source": manifest["source"],
        "function": function,
        "args": manifest.get("args", []),
        "compiler_commit": manifest.get("compiler_commit"),
        "device": next((r["device"] for r in records if r.get("device")), None),
        "gpu": gpu,
        "timing": "measured" if timed else "skipped",
        "note": note,
        "settings": {"trials": trials, "min_gain": min_gain, "confirm": confirm,
                     "confirm_rounds": confirm_rounds, "bench_dtype": bench_dtype,
                     "warmup": warmup, "iters": iters, "flush_l2": flush_l2},
        "reference": {fn: {"eager_ms": v.get("eager_ms"), "compile_ms": v.get("compile_ms"),
                           "notes": v.get("notes", [])} for fn, v in ref_times.items()},
        "baseline": BASELINE if base is not None else None,
        "chosen": chosen,
        "chosen_reason": why,
        "candidates": records,
        "elapsed_s": round(time.perf_counter() - t0, 3),
    }
    log_data = _jsonable(log_data)
    if out is not None:
        pick = chosen or (BASELINE if base is not None and base.get("code") else None)
        if pick is not None and by_id[pick].get("code"):
            _write_atomic(out, by_id[pick]["code"])
            log_data["output"] = str(out)
    if log is not None:
        _write_atomic(log, json.dumps(log_data, indent=2) + "\n")
    return log_data


def _jsonable(x: Any) -> Any:
    if isinstance(x, float) and not math.isfinite(x):
        return str(x)
    if isinstance(x, dict):
        return {k: _jsonable(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_jsonable(v) for v in x]
    return x


# ---------------------------------------------------------------------------
# summary table
# ---------------------------------------------------------------------------


def _ms_text(ms: Optional[Mapping[str, Optional[float]]]) -> str:
    if not ms:
        return "-"
    vals = [v for v in ms.values() if isinstance(v, (int, float))]
    if len(vals) != len(ms):
        return "-"
    return "/".join(f"{v:.4g}" for v in vals)


def _x(v: Any) -> str:
    return f"{v:.2f}x" if isinstance(v, (int, float)) else "-"


def format_log(log: Mapping[str, Any]) -> str:
    """One row per candidate (id, correct k/n, ms, speedups, status), then the
    choice."""
    rows = [("candidate", "correct", "ours ms", "vs baseline", "vs eager",
             "vs torch.compile", "status")]
    dups: dict[str, list[str]] = {}
    for r in log["candidates"]:
        if r.get("duplicate_of"):
            dups.setdefault(r["duplicate_of"], []).append(r["id"])
            continue
        t = r.get("trials") or {}
        correct = f"{t.get('passed', 0)}/{t.get('total', 0)}" if t else "-"
        status = "CHOSEN" if r.get("chosen") else (
            "ok" if r.get("passed") and not r.get("reason") else (r.get("reason") or "-"))
        rows.append((r["id"], correct, _ms_text(r.get("ms")), _x(r.get("speedup_vs_baseline")),
                     _x(r.get("speedup_vs_eager")), _x(r.get("speedup_vs_compile")), status))
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip() for row in rows]
    for orig, ids in dups.items():
        lines.append(f"same code as {orig}: {', '.join(ids)}")
    ref = log.get("reference") or {}
    if ref:
        parts = [f"{fn}: eager {v.get('eager_ms') or '-'} ms, torch.compile "
                 f"{v.get('compile_ms') or '-'} ms" for fn, v in ref.items()]
        lines.append("reference: " + "; ".join(
            p.replace("None", "-") for p in parts))
    if log.get("note"):
        lines.append(f"({log['note']})")
    n = len(log["candidates"])
    uniq = sum(1 for r in log["candidates"] if r.get("code"))
    ok = sum(1 for r in log["candidates"] if r.get("passed"))
    lines.append(f"{n} variants, {uniq} distinct, {ok} passed")
    if log.get("chosen"):
        c = next(r for r in log["candidates"] if r["id"] == log["chosen"])
        sched = c.get("schedule") or "(default schedule)"
        lines.append(f"chosen: {c['id']} {sched}: {log['chosen_reason']}")
    else:
        lines.append(f"no candidate chosen: {log['chosen_reason']}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------


def _add_prepare_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("--compiler", help="the py2triton binary (default: $PY2TRITON, "
                   "<repo>/build/bin/py2triton, py2triton on PATH)")
    p.add_argument("--function", help="translate only this function (or Model)")
    p.add_argument("--arg", action="append", default=[], metavar="NAME=SHAPE:DTYPE",
                   help="passed to the compiler (repeatable)")
    p.add_argument("--only", help="comma-separated variant ids to try (the baseline "
                   "is always tried)")
    p.add_argument("--variants-file", help="JSON list of extra variants / proposals")
    p.add_argument("--list", action="store_true", help="list the variants and exit")
    p.add_argument("--model", help="an LLM release (models/base): add --model-samples "
                   "kernels it proposes (origin \"model\")")
    p.add_argument("--model-samples", type=int, default=4,
                   help="samples of --model (default 4)")
    p.add_argument("--model-temperature", type=float, default=0.8,
                   help="sampling temperature of --model (default 0.8)")
    p.add_argument("--model-max-new", type=int, default=1536,
                   help="new tokens per sample at most (default 1536)")
    p.add_argument("--model-tool", help="the py2triton-lm binary (default: "
                   "$PY2TRITON_LM, <repo>/build/bin/py2triton-lm, PATH)")


def _add_common_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("--no-progress", dest="progress", action="store_false",
                   help="no progress bar on stderr")


def _add_run_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("--trials", type=int, default=3, help="verification seeds (default 3)")
    p.add_argument("--device", help="cpu or cuda (default: cuda when available)")
    p.add_argument("--min-gain", type=float, default=0.02,
                   help="a variant must beat the baseline by this fraction (default 0.02)")
    p.add_argument("--bench-dtype", default="native",
                   help="dtype of the timing inputs (default native: as declared)")
    p.add_argument("--warmup", type=int, default=25)
    p.add_argument("--iters", type=int, default=100)
    p.add_argument("--no-flush", dest="flush_l2", action="store_false")
    p.add_argument("--no-compile", dest="compile_reference", action="store_false",
                   help="do not time torch.compile(reference)")
    p.add_argument("--confirm", type=int, default=3,
                   help="re-time the baseline and this many best variants (default 3)")


def _variants(opts: argparse.Namespace) -> list[Variant]:
    vs = list(VARIANTS)
    if opts.variants_file:
        vs += variants_from_json(opts.variants_file)
    if getattr(opts, "model", None) and not opts.list:
        vs += model_variants(opts.source, opts.model, samples=opts.model_samples,
                             temperature=opts.model_temperature,
                             max_new=opts.model_max_new,
                             device=getattr(opts, "device", None),
                             tool=opts.model_tool)
    only = opts.only.split(",") if opts.only else None
    if only is not None:  # the model's proposals stay with --only
        only += [v.id for v in vs if v.origin == "model"]
    return select_variants(vs, only)


def _ensure_interpreter(device: Optional[str]) -> None:
    if os.environ.get("TRITON_INTERPRET") == "1":
        return
    if device is not None and device.startswith("cuda"):
        return
    import torch
    if device is None and torch.cuda.is_available():
        return
    os.environ["TRITON_INTERPRET"] = "1"


def _run_kwargs(opts: argparse.Namespace) -> dict[str, Any]:
    return dict(trials=opts.trials, device=opts.device, min_gain=opts.min_gain,
                bench_dtype=opts.bench_dtype, warmup=opts.warmup, iters=opts.iters,
                flush_l2=opts.flush_l2, compile_reference=opts.compile_reference,
                confirm=opts.confirm, show_progress=opts.progress)


def _exit_status(log: Mapping[str, Any]) -> int:
    return 0 if log.get("chosen") else 1


def main(argv: Optional[Sequence[str]] = None, prog: str = "python -m py2triton.search"
         ) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    mode = argv[0] if argv and argv[0] in ("prepare", "run") else "search"
    rest = argv[1:] if mode != "search" else argv
    p = argparse.ArgumentParser(prog=f"{prog} {mode}" if mode != "search" else prog,
                                description=__doc__.split("\n\n")[0])
    if mode == "prepare":
        p.add_argument("source")
        p.add_argument("--out", required=True, help="directory for the candidates")
        _add_prepare_opts(p)
        _add_common_opts(p)
    elif mode == "run":
        p.add_argument("directory", help="a directory made by `prepare`")
        p.add_argument("-o", "--output", help="write the chosen module here "
                       "(default DIR/chosen.py)")
        p.add_argument("--log", help="JSON log (default DIR/search.json)")
        _add_run_opts(p)
        _add_common_opts(p)
    else:
        p.add_argument("source")
        p.add_argument("-o", "--output", required=True, help="the chosen kernel module")
        p.add_argument("--log", help="JSON log (default OUT with suffix .search.json)")
        p.add_argument("--keep", help="keep the prepared candidates in this directory")
        _add_prepare_opts(p)
        _add_run_opts(p)
        _add_common_opts(p)
    try:
        opts = p.parse_args(rest)
    except SystemExit as exc:
        return int(exc.code or 0)

    try:
        if mode in ("prepare", "search"):
            variants = _variants(opts)
            if opts.list:
                for v in variants:
                    print(f"{v.id:<22} {v.schedule or '-':<48} {v.idea}")
                return 0
            compiler = find_compiler(opts.compiler)
            if compiler is None:
                print(f"{prog}: error: no py2triton binary (--compiler, $PY2TRITON or "
                      f"{REPO / 'build/bin/py2triton'})", file=sys.stderr)
                return 2
        if mode == "prepare":
            bar = Progress(len(variants), label="prepare", enabled=opts.progress)
            m = prepare(opts.source, opts.out, compiler=compiler, function=opts.function,
                        args=opts.arg, variants=variants, progress=bar)
            bar.close()
            return _report_prepare(m, opts.out)
        if mode == "run":
            _ensure_interpreter(opts.device)
            d = Path(opts.directory)
            log = run(d, out=opts.output or str(d / "chosen.py"),
                      log=opts.log or str(d / "search.json"), **_run_kwargs(opts))
            print(format_log(log))
            print(f"log: {opts.log or d / 'search.json'}")
            return _exit_status(log)
        # prepare + run
        _ensure_interpreter(opts.device)
        tmp = opts.keep or tempfile.mkdtemp(prefix="py2triton-search-")
        try:
            bar = Progress(len(variants), label="translate", enabled=opts.progress)
            m = prepare(opts.source, tmp, compiler=compiler, function=opts.function,
                        args=opts.arg, variants=variants, progress=bar)
            bar.close()
            base = next(c for c in m["candidates"] if c["id"] == BASELINE)
            if base["status"] != "ok":
                sys.stderr.write(base.get("error", "") + "\n")
                if not any(c["origin"] == "model" for c in m["candidates"]):
                    print(f"{prog}: error: the baseline translation failed",
                          file=sys.stderr)
                    return 1
                # The rules reject the program: only the model's proposals
                # are left, and the harness decides whether one is right.
                print(f"{prog}: the compiler rejects the program; verifying the "
                      "model's proposals only", file=sys.stderr)
            log_path = opts.log or str(Path(opts.output).with_suffix(".search.json"))
            log = run(tmp, out=opts.output, log=log_path, **_run_kwargs(opts))
        finally:
            if not opts.keep:
                shutil.rmtree(tmp, ignore_errors=True)
        print(format_log(log))
        if log.get("output"):
            print(f"wrote {opts.output}; log: {log_path}")
        else:
            print(f"nothing written to {opts.output}; log: {log_path}")
        return _exit_status(log)
    except (OSError, ValueError) as exc:
        print(f"{prog}: error: {exc}", file=sys.stderr)
        return 2


def _report_prepare(m: Mapping[str, Any], out: str) -> int:
    cands = m["candidates"]
    ok = [c for c in cands if c["status"] == "ok"]
    dup = [c for c in cands if c["status"] == "duplicate"]
    bad = [c for c in cands if c["status"] == "translate-failed"]
    print(f"prepared {len(ok)} distinct candidates in {out} ({len(dup)} duplicates, "
          f"{len(bad)} not translated)")
    for c in bad[:5]:
        first = (c["error"].splitlines() or [""])[0]
        print(f"  {c['id']}: {first}")
    base = next((c for c in cands if c["id"] == BASELINE), None)
    return 0 if base is not None and base["status"] == "ok" else 1


if __name__ == "__main__":
    sys.exit(main())
