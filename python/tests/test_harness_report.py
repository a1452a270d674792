"""py2triton.harness.report on a synthetic suite and a real verify result,
and the tools/py2triton-verify launcher (exit codes, JSON, any cwd)."""

import json
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from py2triton.harness import report

REPO = Path(__file__).resolve().parents[2]
PLANTED = Path(__file__).resolve().parent / "planted"
TOOL = REPO / "tools" / "py2triton-verify"


def _result(ref, passed, ms=None, reason=None, functions=("Model",)):
    fns, perf = [], []
    for i, name in enumerate(functions):
        fns.append({"name": name, "kind": "model", "compiled": True, "correct": passed,
                    "trials_passed": 15 if passed else 3, "trials_total": 15, "error": ""})
        if ms:
            ref_ms, comp_ms, ours = ms
            perf.append({"name": name, "kind": "model", "dtype": "fp32",
                         "reference_ms": ref_ms, "compile_ms": comp_ms, "candidate_ms": ours,
                         "speedup_vs_eager": ref_ms / ours,
                         "speedup_vs_compile": (comp_ms / ours
                                                if isinstance(comp_ms, float) else None),
                         "bytes": 8 * 2**20, "gbps": 8 * 2**20 / (ours * 1e-3) / 1e9,
                         "flops": None, "tflops": None, "pct_peak_bandwidth": 12.5,
                         "pct_peak_flops": None, "stats": {}, "notes": []})
    return {"schema": "py2triton.verify/1", "reference": f"level1/{ref}.py",
            "candidate": f"out/{ref}_kernel.py", "device": "cuda:0",
            "gpu": "NVIDIA H100 80GB HBM3", "compiled": True, "correct": passed,
            "passed": passed, "reason": reason, "reasons": [],
            "trials": {"passed": 15, "failed": 0, "skipped": 0, "total": 15},
            "functions": fns, "anti_cheat": {}, "warnings": [],
            "performance": {"status": "measured" if ms else "skipped", "note": "",
                            "functions": perf}}


@pytest.fixture
def suite(tmp_path):
    data = {"schema": "py2triton.results/1", "results": [
        _result("1_matmul", True, (1.0, 0.8, 0.5)),
        _result("19_relu", True, (0.05, 0.04, 0.1)),
        _result("23_softmax", False, reason="unwritten-output"),
        _result("40_pair", True, (2.0, 1.0, 1.0), functions=("f", "g")),
    ]}
    path = tmp_path / "suite.json"
    path.write_text(json.dumps(data))
    single = tmp_path / "single.json"
    single.write_text(json.dumps(_result("99_gelu", True, (0.3, "inf", 0.1))))
    return [path, single]


def test_rows_and_markdown(suite) -> None:
    results = report.load_results(suite)
    rows = report.rows(results)
    assert [r["label"] for r in rows] == ["1_matmul", "19_relu", "23_softmax",
                                          "40_pair:f", "40_pair:g", "99_gelu"]
    assert rows[0]["speedup_vs_eager"] == 2.0 and rows[0]["status"] == "PASS"
    assert rows[2]["status"] == "REJECTED" and rows[2]["candidate_ms"] is None
    assert rows[5]["compile_ms"] is None  # "inf" (a string in JSON) is not a number
    md = report.markdown(results, "Level 1")
    assert md.startswith("# Level 1\n")
    assert "GPU: NVIDIA H100 80GB HBM3" in md
    assert "| 1_matmul | PASS | 15/15 | 1 | 0.8 | 0.5 | 2.00x | 1.60x |" in md
    assert "REJECTED (unwritten-output)" in md
    assert "5/6 functions correct" in md
    assert "Faster than eager: 4/5" in md


def test_cli_writes_markdown_and_png(suite, tmp_path) -> None:
    md, png = tmp_path / "out.md", tmp_path / "out.png"
    assert report.main([*map(str, suite), "--md", str(md), "--png", str(png)]) == 0
    assert "| function | status |" in md.read_text()
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert width > 100 and height > 100


def test_png_without_timed_functions(tmp_path) -> None:
    path = tmp_path / "r.json"
    path.write_text(json.dumps(_result("x", False, reason="compile-error")))
    png = tmp_path / "r.png"
    assert report.main([str(path), "--png", str(png), "--md", str(tmp_path / "r.md")]) == 0
    assert png.stat().st_size > 0


def test_bad_input_is_a_usage_error(tmp_path, capsys) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"hello": 1}))
    assert report.main([str(bad)]) == 2
    assert "not a py2triton.verify/1 result" in capsys.readouterr().err


# --- the launcher ---------------------------------------------------------------


def _tool(*args, cwd):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    return subprocess.run([sys.executable, str(TOOL), *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def test_tool_passes_a_correct_candidate_from_any_cwd(tmp_path) -> None:
    out = tmp_path / "r.json"
    proc = _tool(PLANTED / "ref_elementwise.py", PLANTED / "ok_elementwise.py",
                 "--trials", "1", "--json", out, "--bench", cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "PASS" in proc.stdout
    header = proc.stdout.splitlines()[0].split()
    assert header[:5] == ["function", "compiled", "correct", "eager", "ms"]
    result = json.loads(out.read_text())
    assert result["schema"] == "py2triton.verify/1" and result["passed"]
    # The report tool reads what the verifier wrote.
    assert "ok_elementwise" not in report.markdown(report.load_results([out]))  # ref label
    assert "ref_elementwise:scale_shift" in report.markdown(report.load_results([out]))


def test_tool_rejects_with_reason_and_exit_1(tmp_path) -> None:
    proc = _tool(PLANTED / "ref_elementwise.py", PLANTED / "off_by_one.py",
                 "--function", "scale_shift", "--trials", "1", cwd=tmp_path)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "REJECTED: unwritten-output" in proc.stdout


def test_tool_usage_errors_exit_2(tmp_path) -> None:
    assert _tool(cwd=tmp_path).returncode == 2
    assert _tool(tmp_path / "missing.py", PLANTED / "ok_elementwise.py",
                 cwd=tmp_path).returncode == 2
    assert _tool(PLANTED / "ref_elementwise.py", PLANTED / "ok_elementwise.py",
                 "--trials", "0", cwd=tmp_path).returncode == 2
    proc = _tool("--help", cwd=tmp_path)
    assert proc.returncode == 0 and "--bench" in proc.stdout
