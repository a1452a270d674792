"""Performance floors: fail when a generated kernel is slower than recorded.

    python -m py2triton.harness.perf SRC.py --floors FLOORS.json
        [--compiler BIN | --kernels DIR | --kernel K.py] [--name NAME] [--record]

The kernel module for ``SRC.py`` is, in order: ``--kernel``; a fresh
translation by ``--compiler`` (the machine that has py2triton); or
``DIR/NAME.py`` from ``--kernels`` (the GPU machine, which has no compiler:
``scripts/gpu-check.sh prepare`` translates test/Perf there and records each
source's SHA-256 in ``DIR/MANIFEST.json``; a kernel whose source changed
since is refused as stale).

It is verified with the harness (one seed x fp32/fp16/bf16, anti-cheating
checks), then eager PyTorch and the kernel are timed on CUDA with
:func:`py2triton.harness.timing.time_callable` (inputs as declared). The
floor ``FLOORS.json["functions"][NAME]`` (NAME defaults to the source's stem)
holds ``min_speedup_vs_eager`` and optionally ``max_ms`` per GPU name; margins
are already in the numbers. Exit status: 0 at or above the floor, 1 below it
or rejected or no floor, 2 on usage errors or without CUDA. ``--record``
writes the measured numbers as the new floor, with the file's ``margin``
(default 0.15) taken off: ``min_speedup_vs_eager = speedup * (1 - margin)``,
``max_ms[gpu] = ms * (1 + margin)``.

Floors file (schema ``py2triton.perf-floors/1``)::

    {"schema": "py2triton.perf-floors/1", "margin": 0.15,
     "functions": {"softmax_4k": {"min_speedup_vs_eager": 1.3,
                                  "max_ms": {"NVIDIA H200": 0.085},
                                  "recorded": {"gpu", "speedup_vs_eager", "ms",
                                               "eager_ms", "date"}}}}
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Mapping, Optional, Sequence

__all__ = ["FLOORS_SCHEMA", "check_floor", "source_digest", "main"]

FLOORS_SCHEMA = "py2triton.perf-floors/1"
DEFAULT_MARGIN = 0.15


def source_digest(path: str | os.PathLike[str]) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def check_floor(floor: Optional[Mapping[str, Any]], *, speedup: Optional[float],
                ms: Optional[float], gpu: Optional[str]) -> list[str]:
    """The reasons the measurement is below ``floor`` (empty: at or above)."""
    if floor is None:
        return ["no floor recorded (run with --record on a GPU)"]
    problems = []
    lo = floor.get("min_speedup_vs_eager")
    if lo is not None:
        if speedup is None:
            problems.append("no speedup measured")
        elif speedup < lo:
            problems.append(f"speedup vs eager {speedup:.2f}x is below the floor {lo:.2f}x")
    hi = (floor.get("max_ms") or {}).get(gpu or "")
    if hi is not None:
        if ms is None:
            problems.append("no time measured")
        elif ms > hi:
            problems.append(f"{ms:.4g} ms is above the ceiling {hi:.4g} ms on {gpu}")
    return problems


def _kernel_for(opts: argparse.Namespace, name: str, tmp: str) -> str:
    if opts.kernel:
        return opts.kernel
    if opts.compiler and Path(opts.compiler).is_file():
        out = str(Path(tmp) / f"{name}.kernel.py")
        proc = subprocess.run([opts.compiler, opts.source, "-o", out],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            raise RuntimeError(f"translation failed:\n{proc.stderr.strip()}")
        return out
    if opts.kernels:
        d = Path(opts.kernels)
        kernel = d / f"{Path(opts.source).stem}.py"
        if not kernel.is_file():
            raise RuntimeError(f"no pre-translated kernel {kernel} (run `scripts/gpu-check.sh "
                               "prepare` where py2triton is built)")
        manifest = d / "MANIFEST.json"
        if manifest.is_file():
            recorded = json.loads(manifest.read_text()).get("sources", {}).get(
                Path(opts.source).name)
            if recorded is not None and recorded != source_digest(opts.source):
                raise RuntimeError(f"{kernel} is stale: {opts.source} changed since it was "
                                   "translated (re-run `scripts/gpu-check.sh prepare`)")
        return str(kernel)
    raise RuntimeError("no kernel: pass --kernel, --compiler (py2triton) or --kernels DIR")


def _write_json_atomic(path: Path, data: Any) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(fd, "w") as f:
        f.write(json.dumps(data, indent=2) + "\n")
    os.replace(tmp, path)


def main(argv: Optional[Sequence[str]] = None) -> int:
    p = argparse.ArgumentParser(prog="python -m py2triton.harness.perf",
                                description="Fail when a generated kernel is slower "
                                            "than its recorded floor (CUDA only).")
    p.add_argument("source")
    p.add_argument("--floors", required=True, help="the floors JSON file")
    p.add_argument("--name", help="floor key (default: the source's stem)")
    p.add_argument("--kernel", help="an already translated kernel module")
    p.add_argument("--compiler", help="py2triton binary to translate with")
    p.add_argument("--kernels", help="directory of pre-translated kernels NAME.py")
    p.add_argument("--trials", type=int, default=1)
    p.add_argument("--warmup", type=int, default=25)
    p.add_argument("--iters", type=int, default=100)
    p.add_argument("--record", action="store_true",
                   help="write the measurement as the new floor")
    opts = p.parse_args(argv)
    name = opts.name or Path(opts.source).stem
    floors_path = Path(opts.floors)
    if not Path(opts.source).is_file() or not floors_path.is_file():
        print(f"perf: error: no such file: {opts.source if not Path(opts.source).is_file() else opts.floors}",
              file=sys.stderr)
        return 2
    import torch
    if not torch.cuda.is_available() or os.environ.get("TRITON_INTERPRET") == "1":
        print("perf: error: the performance floors need a CUDA GPU (and "
              "TRITON_INTERPRET unset)", file=sys.stderr)
        return 2
    from ..search import CudaTimer
    from .verify import verify

    floors = json.loads(floors_path.read_text())
    if floors.get("schema") != FLOORS_SCHEMA:
        print(f"perf: error: {floors_path} is not a {FLOORS_SCHEMA} file", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="py2triton-perf-") as tmp:
        try:
            kernel = _kernel_for(opts, name, tmp)
        except RuntimeError as exc:
            print(f"perf: {name}: FAIL: {exc}")
            return 1
        # Correctness in the declared dtypes: the dtypes the timing uses.
        result = verify(opts.source, kernel, trials=opts.trials, dtypes=["native"],
                        device="cuda")
        if not result["passed"]:
            print(f"perf: {name}: FAIL: the kernel was rejected: {result['reason']}: "
                  f"{result['reasons'][0]['message'] if result['reasons'] else ''}")
            return 1
        timer = CudaTimer(device="cuda", warmup=opts.warmup, iters=opts.iters,
                          compile_reference=False)
        ref = timer.reference(opts.source, kernel)
        ours = timer.candidate(opts.source, kernel)
    if len(ours) != 1:
        print(f"perf: {name}: FAIL: a perf test must have exactly one entry point, "
              f"found {sorted(ours)}")
        return 1
    fn = next(iter(ours))
    ms, eager = ours[fn].get("ms"), ref[fn].get("eager_ms")
    speedup = eager / ms if ms and eager else None
    gpu = torch.cuda.get_device_name()
    line = (f"perf: {name}: ours {ms:.4g} ms, eager {eager:.4g} ms, "
            f"speedup {speedup:.2f}x on {gpu}" if speedup else
            f"perf: {name}: not measured ({ours[fn].get('note') or ref[fn].get('notes')})")
    if opts.record:
        if speedup is None:
            print(line + ": FAIL: nothing to record")
            return 1
        margin = float(floors.get("margin", DEFAULT_MARGIN))
        entry = floors.setdefault("functions", {}).setdefault(name, {})
        entry["min_speedup_vs_eager"] = round(speedup * (1 - margin), 2)
        entry.setdefault("max_ms", {})[gpu] = round(ms * (1 + margin), 4)
        entry["recorded"] = {"gpu": gpu, "speedup_vs_eager": round(speedup, 3),
                             "ms": round(ms, 5), "eager_ms": round(eager, 5),
                             "date": time.strftime("%Y-%m-%d", time.gmtime())}
        _write_json_atomic(floors_path, floors)
        print(line + f": recorded floor {entry['min_speedup_vs_eager']:.2f}x")
        return 0
    floor = (floors.get("functions") or {}).get(name)
    problems = check_floor(floor, speedup=speedup, ms=ms, gpu=gpu)
    if problems:
        print(line + ": FAIL: " + "; ".join(problems))
        return 1
    print(line + f": PASS (floor {floor.get('min_speedup_vs_eager', 0):.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
