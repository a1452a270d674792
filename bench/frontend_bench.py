#!/usr/bin/env python3
"""Front-end speed: how fast does py2triton read a large Python file?

Generates a Python file of about 2,000 lines of translatable functions (torch
elementwise, reduction, softmax and norm style bodies), runs

    build/bin/py2triton GEN.py --emit=ast
    build/bin/py2triton GEN.py --emit=mlir --arg x=1024x512:f32 --arg y=1024x512:f32

five times each (after one untimed warm-up run), prints a table (median, min,
max in ms; lines; lines/s) and writes bench/results/frontend.json with the
machine's description. The target is a median of at most 50 ms.

Every generated function takes `x` and `y`; `--arg` gives the shape and dtype
of every parameter with that name, in every function. A mode whose command
fails is reported as an error row (with the tool's first error line) instead of
stopping the benchmark.

Usage: .venv/bin/python bench/frontend_bench.py [--lines N] [--repeat N]
       [--tool PATH] [--keep-source PATH] [--json PATH]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_MS = 50.0
SHAPE_ARGS = ["--arg", "x=1024x512:f32", "--arg", "y=1024x512:f32"]

# --------------------------------------------------------------------------
# Source generation


UNARY = ["torch.exp", "torch.sigmoid", "torch.tanh", "torch.relu", "torch.abs",
         "torch.sin", "torch.cos", "torch.erf", "torch.square", "torch.neg"]
POSITIVE_UNARY = ["torch.sqrt", "torch.rsqrt", "torch.log", "torch.reciprocal"]
BINARY_OPS = ["+", "-", "*"]
REDUCE_METHODS = ["sum", "mean", "amax", "amin"]
NOUNS = ["gate", "bias", "scale", "proj", "attn", "mlp", "norm", "act", "score",
         "logit", "resid", "hidden", "feat", "token", "head", "expert"]
VERBS = ["fused", "apply", "compute", "scaled", "masked", "shifted", "gated",
         "smooth", "stable", "blend"]


def _const(rng: random.Random) -> str:
    return rng.choice(["0.5", "2.0", "0.1", "1e-05", "3.0", "0.7978845608",
                       "0.044715", "1.0", "0.25", "1e-06"])


def _elementwise(rng: random.Random, name: str) -> list[str]:
    lines = [f"def {name}(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:",
             f"    # elementwise chain over broadcast inputs"]
    cur = "x"
    for i in range(rng.randint(4, 8)):
        var = f"t{i}"
        kind = rng.random()
        if kind < 0.35:
            expr = f"{rng.choice(UNARY)}({cur})"
        elif kind < 0.7:
            other = rng.choice(["y", _const(rng), "x"])
            expr = f"{cur} {rng.choice(BINARY_OPS)} {other}"
        elif kind < 0.85:
            expr = f"{rng.choice(POSITIVE_UNARY)}(torch.abs({cur}) + {_const(rng)})"
        else:
            expr = f"torch.maximum({cur}, y * {_const(rng)})"
        lines.append(f"    {var} = {expr}")
        cur = var
    lines.append(f"    return {cur}")
    return lines


def _reduction(rng: random.Random, name: str) -> list[str]:
    method = rng.choice(REDUCE_METHODS)
    lines = [f"def {name}(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:",
             f"    # row {method} of a product, broadcast back over the row"]
    lines.append(f"    p = x * y + {_const(rng)}")
    if rng.random() < 0.5:
        lines.append(f"    r = p.{method}(dim=-1, keepdim=True)")
    else:
        lines.append(f"    r = torch.{method}(p, dim=-1, keepdim=True)")
    lines.append(f"    q = {rng.choice(UNARY)}(p - r)")
    lines.append(f"    s = torch.sum(q, dim=1)")
    lines.append(f"    return s * {_const(rng)}")
    return lines


def _softmax(rng: random.Random, name: str) -> list[str]:
    return [f"def {name}(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:",
            "    # numerically stable softmax of scaled logits",
            f"    z = x * {_const(rng)} + y",
            "    m = torch.amax(z, dim=-1, keepdim=True)",
            "    e = torch.exp(z - m)",
            "    s = e.sum(dim=-1, keepdim=True)",
            "    p = e / s",
            "    return p"]


def _rmsnorm(rng: random.Random, name: str) -> list[str]:
    eps = rng.choice(["1e-05", "1e-06"])
    return [f"def {name}(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:",
            "    # RMS norm of x, scaled by y",
            "    v = torch.mean(x * x, dim=-1, keepdim=True)",
            f"    r = torch.rsqrt(v + {eps})",
            "    n = x * r",
            "    return n * y"]


def _gelu(rng: random.Random, name: str) -> list[str]:
    return [f"def {name}(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:",
            "    # tanh-approximated GELU of x + y",
            "    h = x + y",
            "    inner = 0.7978845608 * (h + 0.044715 * h * h * h)",
            "    g = 0.5 * h * (1.0 + torch.tanh(inner))",
            "    return g"]


def _layernorm(rng: random.Random, name: str) -> list[str]:
    return [f"def {name}(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:",
            "    # layer norm without affine parameters, plus a residual",
            "    mu = x.mean(dim=-1, keepdim=True)",
            "    d = x - mu",
            "    var = (d * d).mean(dim=-1, keepdim=True)",
            f"    out = d * torch.rsqrt(var + {_const(rng)})",
            "    return out + y"]


TEMPLATES = [_elementwise, _elementwise, _reduction, _softmax, _rmsnorm, _gelu,
             _layernorm]


def generate_source(target_lines: int, seed: int = 0) -> str:
    """A deterministic module of `target_lines` (or a few more) lines."""
    rng = random.Random(seed)
    out = ["# Generated by bench/frontend_bench.py: front-end benchmark input.",
           "import torch", ""]
    used: set[str] = set()
    while len(out) < target_lines:
        base = f"{rng.choice(VERBS)}_{rng.choice(NOUNS)}_{rng.choice(NOUNS)}"
        name, k = base, 1
        while name in used:
            k += 1
            name = f"{base}_{k}"
        used.add(name)
        out.extend(rng.choice(TEMPLATES)(rng, name))
        out.extend(["", ""])
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# Measurement


@dataclass
class Row:
    mode: str
    command: list[str]
    lines: int
    runs_ms: list[float] = field(default_factory=list)
    median_ms: float | None = None
    min_ms: float | None = None
    max_ms: float | None = None
    lines_per_s: float | None = None
    output_bytes: int | None = None
    error: str | None = None


def measure(mode: str, cmd: list[str], lines: int, repeat: int) -> Row:
    row = Row(mode=mode, command=cmd, lines=lines)
    for i in range(repeat + 1):  # run 0 warms the page cache and is not timed
        start = time.perf_counter()
        try:
            proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  timeout=120)
        except (OSError, subprocess.TimeoutExpired) as exc:
            row.error = f"{type(exc).__name__}: {exc}"
            return row
        elapsed_ms = (time.perf_counter() - start) * 1e3
        if proc.returncode != 0:
            err = proc.stderr.decode(errors="replace").strip().splitlines()
            first = next((l for l in err if "error" in l), err[0] if err else "")
            row.error = f"exit {proc.returncode}: {first[:200]}"
            return row
        if i > 0:
            row.runs_ms.append(elapsed_ms)
        row.output_bytes = len(proc.stdout)
    row.median_ms = statistics.median(row.runs_ms)
    row.min_ms = min(row.runs_ms)
    row.max_ms = max(row.runs_ms)
    row.lines_per_s = lines / (row.median_ms / 1e3)
    return row


def machine_info() -> dict[str, object]:
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    info: dict[str, object] = {
        "cpu_model": cpu,
        "cores": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    }
    try:
        info["git_commit"] = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True,
            text=True, check=True).stdout.strip()
        info["git_dirty"] = bool(subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True, text=True, check=True).stdout.strip())
    except (OSError, subprocess.CalledProcessError):
        pass
    return info


def _display(arg: str, gen: Path) -> str:
    """Command words for the JSON: the temporary input by name, paths in the
    repository relative to it."""
    if arg == str(gen):
        return gen.name
    path = Path(arg)
    if path.is_absolute() and path.is_relative_to(ROOT):
        return str(path.relative_to(ROOT))
    return arg


def print_table(rows: list[Row]) -> None:
    header = f"{'mode':<7} {'median ms':>10} {'min ms':>8} {'max ms':>8} {'lines':>6} {'lines/s':>10}  status"
    print(header)
    print("-" * len(header))
    for r in rows:
        if r.error:
            print(f"{r.mode:<7} {'-':>10} {'-':>8} {'-':>8} {r.lines:>6} {'-':>10}  ERROR {r.error}")
            continue
        status = "ok" if r.median_ms <= TARGET_MS else f"over {TARGET_MS:.0f} ms target"
        print(f"{r.mode:<7} {r.median_ms:>10.1f} {r.min_ms:>8.1f} {r.max_ms:>8.1f} "
              f"{r.lines:>6} {r.lines_per_s:>10.0f}  {status}")


def _rounded(value: object) -> object:
    """Floats to 3 decimals, recursively, so the JSON reads well in diffs."""
    if isinstance(value, float):
        return round(value, 3)
    if isinstance(value, list):
        return [_rounded(v) for v in value]
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    return value


def write_json(path: Path, payload: dict[str, object]) -> None:
    """Write atomically: a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(_rounded(payload), indent=2) + "\n")
    os.replace(tmp, path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lines", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--tool", type=Path, default=ROOT / "build" / "bin" / "py2triton")
    ap.add_argument("--keep-source", type=Path, help="also save the generated file here")
    ap.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "frontend.json")
    args = ap.parse_args(argv)

    source = generate_source(args.lines)
    nlines = source.count("\n")
    nfuncs = source.count("\ndef ")
    if args.keep_source:
        args.keep_source.write_text(source)

    with tempfile.TemporaryDirectory(prefix="py2triton-bench-") as tmp:
        gen = Path(tmp) / "frontend_gen.py"
        gen.write_text(source)
        tool = str(args.tool)
        modes = {
            "tokens": [tool, str(gen), "--emit=tokens"],
            "ast": [tool, str(gen), "--emit=ast"],
            "mlir": [tool, str(gen), "--emit=mlir", *SHAPE_ARGS],
        }
        print(f"input: {nlines} lines, {nfuncs} functions; tool: {tool}; "
              f"{args.repeat} timed runs per mode (+1 warm-up)\n")
        rows = [measure(mode, cmd, nlines, args.repeat) for mode, cmd in modes.items()]

    print_table(rows)
    payload = {
        "benchmark": "frontend",
        "target_median_ms": TARGET_MS,
        "input": {"lines": nlines, "functions": nfuncs, "generator_seed": 0,
                  "shape_args": SHAPE_ARGS},
        "machine": machine_info(),
        "results": [{k: v for k, v in asdict(r).items() if k != "command"}
                    | {"command": " ".join(_display(c, gen) for c in r.command)}
                    for r in rows],
    }
    write_json(args.json, payload)
    print(f"\nwrote {args.json.relative_to(ROOT) if args.json.is_relative_to(ROOT) else args.json}")
    return 1 if any(r.error for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
