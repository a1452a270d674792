"""Planted wrong candidates (python/tests/planted/) are rejected by
py2triton.harness.verify with the right named reason; correct ones pass.

Each candidate is deliberately wrong in one way. Kernels run under Triton's
interpreter on CPU tensors (conftest.py sets TRITON_INTERPRET=1).
"""

import json
import shutil
import subprocess
import time
from pathlib import Path

import pytest
import torch

from py2triton.harness.verify import format_result, verify

PLANTED = Path(__file__).resolve().parent / "planted"
REPO = Path(__file__).resolve().parents[2]
COMPILER = REPO / "build" / "bin" / "py2triton"
EW = PLANTED / "ref_elementwise.py"
RED = PLANTED / "ref_reduce.py"
MODEL = PLANTED / "ref_model_small.py"


def run(ref, cand, **kw):
    kw.setdefault("trials", 2)
    start = time.perf_counter()
    result = verify(ref, PLANTED / cand, **kw)
    elapsed = time.perf_counter() - start
    assert elapsed < 3.0, f"{cand} took {elapsed:.1f}s"
    json.dumps(result)  # JSON-able
    return result


def codes(result):
    return [r["code"] for r in result["reasons"]]


# (reference, candidate, function, expected primary reason, also expected, extra kwargs)
PLANTED_CASES = [
    (EW, "off_by_one.py", "scale_shift", "unwritten-output", [], {}),
    (EW, "half_output.py", "scale_shift", "unwritten-output", [], {}),
    (EW, "writes_nan.py", "scale_shift", "unwritten-output", [], {}),
    (RED, "wrong_axis.py", "row_sum", "output-mismatch", [], {}),
    (RED, "fp16_accum.py", "long_sum", "output-mismatch", [], {}),
    (EW, "mutates_input.py", "scale_shift", "input-mutated", [], {}),
    (EW, "returns_reference.py", "scale_shift", "calls-reference", [], {}),
    (MODEL, "model_super_forward.py", None, "calls-reference", [], {}),
    (EW, "torch_compute.py", "scale_shift", "torch-compute", ["no-triton-launch"], {}),
    (EW, "torch_fallback.py", "scale_shift", "try-except-fallback", [], {}),
    (EW, "timer_patch.py", "scale_shift", "timer-patching", [], {}),
    (EW, "side_stream.py", "scale_shift", "stream-tricks", [], {}),
    (EW, "returns_alias.py", "identity_add", "output-aliases-input", [], {}),
    (EW, "stash_reference.py", "scale_shift", "reference-access",
     ["output-aliases-reference"], {}),
]


@pytest.mark.parametrize("ref,cand,function,primary,also,kw", PLANTED_CASES,
                         ids=[c[1][:-3] for c in PLANTED_CASES])
def test_planted_candidate_is_rejected(ref, cand, function, primary, also, kw) -> None:
    result = run(ref, cand, function=function, **kw)
    assert not result["passed"], format_result(result)
    assert result["reason"] == primary, format_result(result)
    for code in also:
        assert code in codes(result), format_result(result)


def test_off_by_one_names_the_last_element() -> None:
    result = run(EW, "off_by_one.py", function="scale_shift")
    msg = result["reasons"][0]["message"]
    assert "1 of" in msg and "NaN" in msg
    assert result["compiled"] and not result["correct"]


def test_cheats_that_compute_the_right_values_are_still_rejected() -> None:
    # Numerically correct on every trial; only the anti-cheating checks see them.
    for ref, cand, fn in [(EW, "torch_fallback.py", "scale_shift"),
                          (EW, "timer_patch.py", "scale_shift"),
                          (EW, "side_stream.py", "scale_shift"),
                          (EW, "returns_alias.py", "identity_add"),
                          (EW, "stash_reference.py", "scale_shift"),
                          (EW, "returns_reference.py", "scale_shift"),
                          (MODEL, "model_super_forward.py", None)]:
        result = run(ref, cand, function=fn)
        assert result["correct"], (cand, format_result(result))
        assert not result["passed"], cand


def test_timer_patching_is_detected_both_ways_and_undone() -> None:
    event, perf = torch.cuda.Event, time.perf_counter
    result = run(EW, "timer_patch.py", function="scale_shift")
    sources = {r["source"] for r in result["reasons"] if r["code"] == "timer-patching"}
    assert sources == {"static", "dynamic"}
    # The harness restored the originals.
    assert torch.cuda.Event is event and time.perf_counter is perf


def test_returns_alias_is_caught_dynamically() -> None:
    result = run(EW, "returns_alias.py", function="identity_add")
    dyn = result["anti_cheat"]["dynamic"]["findings"]
    assert [f["code"] for f in dyn] == ["output-aliases-input"]
    # The helper hides it from the static check.
    assert not result["anti_cheat"]["static"]["findings"]


def test_stash_reference_returns_the_reference_object() -> None:
    result = run(EW, "stash_reference.py", function="scale_shift")
    dyn = {f["code"] for f in result["anti_cheat"]["dynamic"]["findings"]}
    assert "output-aliases-reference" in dyn


def test_correct_candidates_pass() -> None:
    for ref, cand, kw in [(EW, "ok_elementwise.py", {}), (RED, "ok_reduce.py", {})]:
        result = run(ref, cand, **kw)
        assert result["passed"], format_result(result)
        assert result["reason"] is None and result["reasons"] == []
        assert result["trials"]["passed"] == result["trials"]["total"] > 0
        assert not result["anti_cheat"]["static"]["findings"]
        assert not result["anti_cheat"]["dynamic"]["findings"]


def test_bench_without_cuda_is_skipped_with_a_note() -> None:
    if torch.cuda.is_available():
        pytest.skip("CUDA present: the GPU path is exercised instead")
    result = run(EW, "ok_elementwise.py", bench=True)
    assert result["passed"]
    perf = result["performance"]
    assert perf["status"] == "skipped"
    assert perf["note"] == "timing skipped: no CUDA device"
    assert "timing skipped: no CUDA device" in format_result(result)


@pytest.mark.skipif(not COMPILER.exists(), reason="build/bin/py2triton not built")
@pytest.mark.parametrize("ref", [EW, RED, MODEL], ids=["elementwise", "reduce", "model"])
def test_generated_kernels_pass(ref, tmp_path) -> None:
    out = tmp_path / f"{ref.stem}_kernel.py"
    proc = subprocess.run([str(COMPILER), str(ref), "-o", str(out)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    result = verify(ref, out, trials=1, sizes=[3])
    assert result["passed"], format_result(result)
    assert not result["anti_cheat"]["static"]["findings"]


@pytest.mark.skipif(not COMPILER.exists(), reason="build/bin/py2triton not built")
def test_generated_model_with_torch_forward_is_rejected(tmp_path) -> None:
    # Tamper with a real generated module: forward calls the nn.Linear.
    out = tmp_path / "model_kernel.py"
    subprocess.run([str(COMPILER), str(MODEL), "-o", str(out)], check=True,
                   capture_output=True, timeout=60)
    text = out.read_text()
    start = text.rindex("    def forward(self, x):")
    tampered = text[:start] + ("    def forward(self, x):\n"
                               "        return torch.relu(self.fc(x))\n")
    out.write_text(tampered)
    result = verify(MODEL, out, trials=1)
    assert result["correct"] and not result["passed"]
    assert result["reason"] == "torch-compute", format_result(result)
    msgs = " ".join(r["message"] for r in result["reasons"])
    assert "self.fc" in msgs and "torch.relu" in msgs
