"""py2triton.harness.perf: the floor comparison, the choice of kernel
(pre-translated, stale detection) and the no-CUDA refusal. The timing itself
needs a GPU (test/Perf, REQUIRES: cuda)."""

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from py2triton.harness import perf

REPO = Path(__file__).resolve().parents[2]


def test_check_floor() -> None:
    floor = {"min_speedup_vs_eager": 1.5, "max_ms": {"NVIDIA H200": 0.1}}
    assert perf.check_floor(floor, speedup=1.6, ms=0.09, gpu="NVIDIA H200") == []
    assert perf.check_floor(floor, speedup=1.6, ms=0.5, gpu="NVIDIA H100") == []
    low = perf.check_floor(floor, speedup=1.2, ms=0.09, gpu="NVIDIA H200")
    assert low == ["speedup vs eager 1.20x is below the floor 1.50x"]
    slow = perf.check_floor(floor, speedup=1.6, ms=0.2, gpu="NVIDIA H200")
    assert slow == ["0.2 ms is above the ceiling 0.1 ms on NVIDIA H200"]
    assert "no floor recorded" in perf.check_floor(None, speedup=2.0, ms=1.0, gpu="x")[0]
    assert perf.check_floor(floor, speedup=None, ms=None, gpu="NVIDIA H200") == [
        "no speedup measured", "no time measured"]


def test_floors_file_is_valid() -> None:
    floors = json.loads((REPO / "test" / "Perf" / "floors.json").read_text())
    assert floors["schema"] == perf.FLOORS_SCHEMA
    tests = {p.stem for p in (REPO / "test" / "Perf").glob("*.py") if p.name != "lit.cfg.py"}
    assert set(floors["functions"]) == tests
    for name, f in floors["functions"].items():
        rec = f["recorded"]["speedup_vs_eager"]
        assert 0 < f["min_speedup_vs_eager"] < rec, name       # a margin below the record


def _opts(tmp_path, **kw):
    src = tmp_path / "k1.py"
    src.write_text("def k1(x):\n    return x\n")
    base = dict(source=str(src), kernel=None, compiler=None, kernels=None)
    base.update(kw)
    return argparse.Namespace(**base)


def test_kernel_choice_and_staleness(tmp_path) -> None:
    kdir = tmp_path / "kernels"
    kdir.mkdir()
    opts = _opts(tmp_path, kernels=str(kdir))
    with pytest.raises(RuntimeError, match="no pre-translated kernel"):
        perf._kernel_for(opts, "k1", str(tmp_path))
    (kdir / "k1.py").write_text("# kernel\n")
    (kdir / "MANIFEST.json").write_text(json.dumps(
        {"sources": {"k1.py": perf.source_digest(opts.source)}}))
    assert perf._kernel_for(opts, "k1", str(tmp_path)) == str(kdir / "k1.py")
    Path(opts.source).write_text("def k1(x):\n    return x + 1\n")
    with pytest.raises(RuntimeError, match="stale"):
        perf._kernel_for(opts, "k1", str(tmp_path))
    assert perf._kernel_for(_opts(tmp_path, kernel="given.py"), "k1", "") == "given.py"
    with pytest.raises(RuntimeError, match="no kernel"):
        perf._kernel_for(_opts(tmp_path), "k1", str(tmp_path))


def test_refuses_without_cuda(tmp_path) -> None:
    src = REPO / "test" / "Perf" / "softmax_4k.py"
    env = dict(os.environ, PYTHONPATH=str(REPO / "python"), TRITON_INTERPRET="1")
    proc = subprocess.run([sys.executable, "-m", "py2triton.harness.perf", str(src),
                           "--floors", str(REPO / "test" / "Perf" / "floors.json")],
                          capture_output=True, text=True, env=env)
    assert proc.returncode == 2 and "need a CUDA GPU" in proc.stderr
