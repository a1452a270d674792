"""py2triton.search: variant enumeration, translation with duplicate
detection (a fake compiler), verification / timing / selection with an
injected verifier and timer, the progress bar, the log schema, and an end to
end run with the real compiler on the CPU (Triton's interpreter)."""

import io
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from py2triton import search
from py2triton.search import BASELINE, Progress, Variant

REPO = Path(__file__).resolve().parents[2]
COMPILER = REPO / "build" / "bin" / "py2triton"

# A stand-in for py2triton: the module it writes depends on `block` and
# `num_warps` only (other knobs leave the code unchanged, as the real
# compiler's knobs do on functions they do not apply to); `bad=1` fails. The
# header comment names the schedule, so duplicates differ only in comments.
FAKE_COMPILER = textwrap.dedent('''\
    import sys
    args = sys.argv[1:]
    out = args[args.index("-o") + 1]
    knobs = {}
    for a in args:
        if a.startswith("--schedule="):
            knobs = dict(kv.split("=") for kv in a[len("--schedule="):].split(","))
    if knobs.get("bad") == "1":
        sys.stderr.write("error: unsupported schedule knob 'bad'\\n")
        sys.exit(1)
    with open(out, "w") as f:
        f.write(f"# schedule: {knobs}\\n")
        f.write(f"BLOCK = {knobs.get('block', 1024)}\\n")
        f.write(f"WARPS = {knobs.get('num_warps', 4)}\\n")
''')

SOURCE = "def f(x):\n    return x + 1\n"


@pytest.fixture
def fake_compiler(tmp_path):
    script = tmp_path / "fake_py2triton"
    script.write_text(f"#!{sys.executable}\n" + FAKE_COMPILER)
    script.chmod(0o755)
    return str(script)


def _variants():
    return [
        Variant(BASELINE, (), "default"),
        Variant("b512", (("block", "512"),), "small blocks"),
        Variant("w8", (("num_warps", "8"),), "more warps"),
        Variant("stages3", (("num_stages", "3"),), "does not apply: same code"),
        Variant("b512-again", (("block", "512"), ("num_stages", "2")), "same as b512"),
        Variant("broken", (("bad", "1"),), "the compiler rejects it"),
    ]


@pytest.fixture
def prepared(tmp_path, fake_compiler):
    src = tmp_path / "src.py"
    src.write_text(SOURCE)
    out = tmp_path / "cands"
    manifest = search.prepare(src, out, compiler=fake_compiler, variants=_variants())
    return out, manifest


# --- variants -----------------------------------------------------------------


def test_builtin_variants_are_well_formed() -> None:
    ids = [v.id for v in search.VARIANTS]
    assert ids[0] == BASELINE and search.VARIANTS[0].knobs == ()
    assert len(set(ids)) == len(ids)
    allowed = {"fuse", "reduction", "num_warps", "num_stages", "block", "row_block",
               "matmul_tile", "autotune", "split_k"}
    knob_sets = set()
    for v in search.VARIANTS:
        assert v.idea, v.id
        assert {k for k, _ in v.knobs} <= allowed, v.id
        assert v.knobs not in knob_sets, f"{v.id} repeats another variant's knobs"
        knob_sets.add(v.knobs)
    # The space covers every kind of knob the issue names.
    used = {k for v in search.VARIANTS for k, _ in v.knobs}
    assert used == allowed
    assert search.VARIANTS[1].schedule == "fuse=0"


def test_select_variants_keeps_baseline_and_rejects_unknown() -> None:
    vs = search.select_variants(search.VARIANTS, ["warps8", "nofuse"])
    assert [v.id for v in vs] == [BASELINE, "nofuse", "warps8"]
    with pytest.raises(ValueError, match="unknown variant ids: nope"):
        search.select_variants(search.VARIANTS, ["nope"])
    with pytest.raises(ValueError, match="duplicate variant ids"):
        search.select_variants([*search.VARIANTS, Variant("warps8")], None)


def test_variants_file(tmp_path) -> None:
    f = tmp_path / "v.json"
    f.write_text(json.dumps([{"id": "llm1", "idea": "hand tile", "code": "X = 1\n"},
                             {"id": "w2", "idea": "2 warps", "knobs": {"num_warps": 2}}]))
    vs = search.variants_from_json(f)
    assert vs[0].origin == "external" and vs[0].code == "X = 1\n"
    assert vs[1].schedule == "num_warps=2" and vs[1].origin == "schedule"
    f.write_text(json.dumps([{"id": "x", "knobs": {}, "code": "y"}]))
    with pytest.raises(ValueError, match="exactly one of"):
        search.variants_from_json(f)


def test_normalize_code_ignores_comments_only() -> None:
    a = "# schedule: a\nX = 1  \n\n"
    b = "# schedule: b\nX = 1\n"
    assert search.code_hash(a) == search.code_hash(b)
    assert search.code_hash("X = 1\n") != search.code_hash("X = 2\n")
    assert search.code_hash("s = '# not a comment'\n") != search.code_hash("s = ''\n")


# --- prepare --------------------------------------------------------------------


def test_prepare_dedupes_and_records_failures(prepared) -> None:
    out, m = prepared
    assert m["schema"] == search.MANIFEST_SCHEMA and m["source"] == "src.py"
    by = {c["id"]: c for c in m["candidates"]}
    assert [c["id"] for c in m["candidates"]][0] == BASELINE
    assert by[BASELINE]["status"] == "ok" and by[BASELINE]["schedule"] == ""
    assert "--schedule" not in by[BASELINE]["command"]
    assert "--schedule=block=512" in by["b512"]["command"]
    assert by["b512"]["status"] == "ok" and by["w8"]["status"] == "ok"
    assert by["stages3"]["status"] == "duplicate" and by["stages3"]["duplicate_of"] == BASELINE
    assert by["b512-again"]["duplicate_of"] == "b512"
    assert by["broken"]["status"] == "translate-failed"
    assert "unsupported schedule knob" in by["broken"]["error"]
    files = sorted(p.name for p in (out / "candidates").iterdir())
    assert files == ["b512.py", "baseline.py", "w8.py"]
    assert (out / "src.py").read_text() == SOURCE
    assert json.loads((out / "manifest.json").read_text()) == m


# --- selection ------------------------------------------------------------------


def _c(id_, passed=True, ms=None):
    return {"id": id_, "passed": passed, "ms": ms}


def test_select_fastest_beats_baseline_by_min_gain() -> None:
    cands = [_c(BASELINE, ms={"f": 1.0}), _c("a", ms={"f": 0.9}), _c("b", ms={"f": 0.5}),
             _c("c", passed=False, ms={"f": 0.1})]
    chosen, why = search.select(cands, timed=True, min_gain=0.02)
    assert chosen == "b" and "2.00x" in why


def test_select_tie_goes_to_baseline() -> None:
    cands = [_c(BASELINE, ms={"f": 1.0}), _c("a", ms={"f": 0.99})]
    assert search.select(cands, timed=True, min_gain=0.02)[0] == BASELINE
    assert search.select(cands, timed=True, min_gain=0.0)[0] == "a"
    slower = [_c(BASELINE, ms={"f": 1.0}), _c("a", ms={"f": 1.5})]
    assert search.select(slower, timed=True)[0] == BASELINE


def test_select_geomean_over_functions() -> None:
    # a: 2x on f, 0.8x on g -> geomean 1.26; b: 1.1x on both.
    cands = [_c(BASELINE, ms={"f": 1.0, "g": 1.0}), _c("a", ms={"f": 0.5, "g": 1.25}),
             _c("b", ms={"f": 1 / 1.1, "g": 1 / 1.1})]
    assert search.select(cands, timed=True)[0] == "a"
    # A candidate missing a function's time cannot win.
    cands = [_c(BASELINE, ms={"f": 1.0, "g": 1.0}), _c("a", ms={"f": 0.1, "g": None})]
    assert search.select(cands, timed=True)[0] == BASELINE


def test_select_without_timing_or_baseline() -> None:
    cands = [_c(BASELINE), _c("a")]
    assert search.select(cands, timed=False)[0] == BASELINE
    cands = [_c(BASELINE, passed=False), _c("a"), _c("b")]
    assert search.select(cands, timed=False)[0] == "a"
    cands = [_c(BASELINE, passed=False), _c("a", ms={"f": 2.0}), _c("b", ms={"f": 1.0})]
    assert search.select(cands, timed=True, eager_ms={"f": 1.5})[0] == "b"
    assert search.select([_c(BASELINE, passed=False)], timed=False)[0] is None


# --- run with injected verifier and timer ---------------------------------------


class FakeTimer:
    """ms per candidate file stem; counts calls."""

    def __init__(self, ms):
        self.ms = ms
        self.calls = []

    def reference(self, ref, cand):
        return {"f": {"eager_ms": 2.0, "compile_ms": 1.0, "notes": []}}

    def candidate(self, ref, cand):
        stem = Path(cand).stem
        self.calls.append(stem)
        return {"f": {"ms": self.ms[stem], "stats": {"median": self.ms[stem]}, "note": ""}}


def _verifier(reject=()):
    seen = []

    def verify(ref, cand):
        stem = Path(cand).stem
        seen.append(stem)
        ok = stem not in reject
        return {"compiled": True, "correct": ok, "passed": ok, "device": "cpu",
                "reason": None if ok else "output-mismatch",
                "reasons": [] if ok else [{"code": "output-mismatch", "function": "f",
                                           "message": "values differ"}],
                "trials": {"passed": 9 if ok else 3, "failed": 0 if ok else 6,
                           "skipped": 0, "total": 9}}
    verify.seen = seen
    return verify


def test_run_picks_fastest_correct_and_writes_log(prepared, tmp_path) -> None:
    d, _ = prepared
    ver = _verifier(reject={"w8"})
    timer = FakeTimer({BASELINE: 1.0, "b512": 0.6, "w8": 0.1})
    out, log_path = tmp_path / "k.py", tmp_path / "log.json"
    err = io.StringIO()
    log = search.run(d, out=str(out), log=str(log_path), verifier=ver, timer=timer,
                     progress_stream=err)
    # Duplicates and failed translations are never verified or timed.
    assert sorted(ver.seen) == ["b512", BASELINE, "w8"]
    assert "w8" not in timer.calls                       # rejected: not timed
    assert timer.calls.count("b512") == 3 and timer.calls.count(BASELINE) == 3  # re-timed
    assert log["chosen"] == "b512" and out.read_text() == (d / "candidates/b512.py").read_text()
    assert json.loads(log_path.read_text()) == log
    assert log["schema"] == search.SCHEMA and log["timing"] == "measured"
    by = {c["id"]: c for c in log["candidates"]}
    assert len(by) == 6
    for c in log["candidates"]:
        for key in ("id", "knobs", "schedule", "idea", "code", "compiled", "correct",
                    "passed", "trials", "ms", "speedup_vs_baseline", "speedup_vs_eager",
                    "speedup_vs_compile", "reason", "chosen", "status"):
            assert key in c, key
    assert by["b512"]["chosen"] and by["b512"]["knobs"] == {"block": "512"}
    assert by["b512"]["speedup_vs_baseline"] == pytest.approx(1 / 0.6)
    assert by["b512"]["speedup_vs_eager"] == pytest.approx(2.0 / 0.6)
    assert by["b512"]["speedup_vs_compile"] == pytest.approx(1.0 / 0.6)
    assert by[BASELINE]["reason"] == "slower"
    assert by["w8"]["reason"] == "output-mismatch" and by["w8"]["ms"] is None
    assert by["stages3"]["reason"] == f"duplicate of {BASELINE}" and by["stages3"]["code"] is None
    assert by["broken"]["reason"] == "translate-failed" and "bad" in by["broken"]["error"]
    assert log["reference"]["f"] == {"eager_ms": 2.0, "compile_ms": 1.0, "notes": []}
    # Progress went to the given stream, one bar per phase, ending full.
    text = err.getvalue()
    assert "verify [########################] 3/3" in text
    assert "time [########################] 3/3" in text
    assert "re-time [########################] 4/4" in text
    table = search.format_log(log)
    assert "chosen: b512 block=512" in table and "CHOSEN" in table
    assert f"same code as {BASELINE}: stages3" in table


def test_run_keeps_baseline_on_tie_and_without_timer(prepared, tmp_path) -> None:
    d, _ = prepared
    log = search.run(d, out=str(tmp_path / "k.py"), verifier=_verifier(),
                     timer=FakeTimer({BASELINE: 1.0, "b512": 0.99, "w8": 1.2}),
                     show_progress=False)
    assert log["chosen"] == BASELINE and "within 2%" in log["chosen_reason"]
    out = tmp_path / "k2.py"
    log = search.run(d, out=str(out), verifier=_verifier(), timer=None,
                     progress_stream=io.StringIO())
    assert log["chosen"] == BASELINE and log["timing"] == "skipped"
    assert "timing skipped" in log["note"]
    assert out.read_text() == (d / "candidates/baseline.py").read_text()
    assert all(c["ms"] is None for c in log["candidates"])


def test_run_rejected_baseline_without_timing(prepared, tmp_path) -> None:
    d, _ = prepared
    log = search.run(d, verifier=_verifier(reject={BASELINE}), timer=None,
                     show_progress=False)
    assert log["chosen"] == "b512"
    log = search.run(d, out=str(tmp_path / "k.py"), timer=None, show_progress=False,
                     verifier=_verifier(reject={BASELINE, "b512", "w8"}))
    assert log["chosen"] is None
    # Nothing passed: the baseline is written anyway (as py2triton -o would).
    assert (tmp_path / "k.py").read_text() == (d / "candidates/baseline.py").read_text()


def test_verifier_exception_is_a_rejection(prepared) -> None:
    d, _ = prepared

    def boom(ref, cand):
        if Path(cand).stem == "w8":
            raise RuntimeError("kaputt")
        return _verifier()(ref, cand)
    log = search.run(d, verifier=boom, timer=None, show_progress=False)
    w8 = next(c for c in log["candidates"] if c["id"] == "w8")
    assert w8["reason"] == "verify-error" and "kaputt" in w8["reasons"][0]["message"]


# --- progress bar ---------------------------------------------------------------


def test_progress_plain_text_prints_tenths() -> None:
    s = io.StringIO()
    bar = Progress(20, s, width=10, label="verify", tty=False)
    bar.show("start")
    for i in range(20):
        bar.advance(f"c{i}")
    bar.close()
    lines = s.getvalue().splitlines()
    assert lines[0] == "verify [..........] 0/20  start"
    assert lines[-1] == "verify [##########] 20/20  c19"
    assert len(lines) == 11 and "\r" not in s.getvalue()
    assert "verify [#####.....] 10/20  c9" in lines


def test_progress_tty_redraws_one_line() -> None:
    s = io.StringIO()
    bar = Progress(3, s, width=6, label="time", tty=True)
    bar.advance("a long label")
    bar.advance("b")
    bar.close()
    text = s.getvalue()
    assert text.startswith("\rtime [##....] 1/3  a long label")
    assert "\rtime [####..] 2/3  b" in text and text.endswith("\n")
    assert text.count("\n") == 1
    quiet = io.StringIO()
    Progress(3, quiet, enabled=False).advance("x")
    assert quiet.getvalue() == ""


# --- command line ---------------------------------------------------------------


def _env():
    env = dict(os.environ, PYTHONPATH=str(REPO / "python"), TRITON_INTERPRET="1")
    return env


def test_cli_prepare_then_run(tmp_path, fake_compiler) -> None:
    src = tmp_path / "src.py"
    src.write_text(SOURCE)
    d = tmp_path / "d"
    proc = subprocess.run([sys.executable, "-m", "py2triton.search", "prepare", str(src),
                           "--out", str(d), "--compiler", fake_compiler,
                           "--only", "block512,warps8,stages2", "--no-progress"],
                          capture_output=True, text=True, env=_env())
    assert proc.returncode == 0, proc.stderr
    assert "prepared 3 distinct candidates" in proc.stdout
    assert "(1 duplicates, 0 not translated)" in proc.stdout
    m = json.loads((d / "manifest.json").read_text())
    # In the order of the variant table, whatever the order of --only.
    assert [c["id"] for c in m["candidates"]] == [BASELINE, "warps8", "stages2", "block512"]
    proc = subprocess.run([sys.executable, "-m", "py2triton.search", "prepare", str(src),
                           "--out", str(d), "--compiler", fake_compiler, "--only", "nope"],
                          capture_output=True, text=True, env=_env())
    assert proc.returncode == 2 and "unknown variant ids: nope" in proc.stderr


@pytest.mark.skipif(not COMPILER.exists(), reason="build/bin/py2triton not built")
def test_search_end_to_end_cpu_keeps_baseline(tmp_path) -> None:
    """The real compiler and harness under Triton's interpreter: every
    candidate is verified, timing is skipped, the baseline is written."""
    src = REPO / "examples" / "elementwise.py"
    out, log_path = tmp_path / "k.py", tmp_path / "log.json"
    proc = subprocess.run(
        [sys.executable, "-m", "py2triton.search", str(src), "-o", str(out),
         "--log", str(log_path), "--compiler", str(COMPILER), "--trials", "1",
         "--only", "block256,warps8", "--device", "cpu"],
        capture_output=True, text=True, env=_env(), timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    log = json.loads(log_path.read_text())
    assert log["chosen"] == BASELINE and log["timing"] == "skipped"
    assert "timing skipped" in proc.stdout and "chosen: baseline" in proc.stdout
    assert "verify [" in proc.stderr
    base = subprocess.run([str(COMPILER), str(src), "-o", str(tmp_path / "b.py")])
    assert base.returncode == 0
    assert out.read_text() == (tmp_path / "b.py").read_text()
    by = {c["id"]: c for c in log["candidates"]}
    assert by[BASELINE]["passed"] and by[BASELINE]["trials"]["total"] == 3
    for c in log["candidates"]:   # verified, a duplicate, or not translated
        assert c["passed"] or c["duplicate_of"] or c["status"] == "translate-failed"


@pytest.mark.skipif(not COMPILER.exists(), reason="build/bin/py2triton not built")
def test_external_candidate_that_kills_the_verifier_fails_alone(tmp_path) -> None:
    """A proposal written elsewhere (an LLM's) is verified in a child process:
    one that aborts the interpreter (as an out-of-bounds store under Triton's
    CPU interpreter does) is a failed candidate, the search goes on, and a
    correct proposal still passes."""
    src = REPO / "examples" / "elementwise.py"
    good = subprocess.run([str(COMPILER), str(src), "--emit=triton"],
                          capture_output=True, text=True, check=True).stdout
    variants = tmp_path / "v.json"
    variants.write_text(json.dumps([
        {"id": "aborts", "idea": "kills its process", "code": "import os\nos.abort()\n"},
        {"id": "copy", "idea": "the baseline's code, edited", "code": good + "\nX = 1\n"},
    ]))
    out, log_path = tmp_path / "k.py", tmp_path / "log.json"
    proc = subprocess.run(
        [sys.executable, "-m", "py2triton.search", str(src), "-o", str(out),
         "--log", str(log_path), "--compiler", str(COMPILER), "--trials", "1",
         "--only", "aborts,copy", "--variants-file", str(variants), "--device", "cpu"],
        capture_output=True, text=True, env=_env(), timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    by = {c["id"]: c for c in json.loads(log_path.read_text())["candidates"]}
    assert by["aborts"]["origin"] == "external"
    assert not by["aborts"]["passed"] and by["aborts"]["reason"] == "verify-crashed"
    assert "signal 6" in by["aborts"]["reasons"][0]["message"]
    assert by["copy"]["passed"] and by[BASELINE]["passed"]


# --- the CUDA timer's wiring, on the CPU -------------------------------------------


def test_cuda_timer_wiring_with_fake_clock(monkeypatch, tmp_path) -> None:
    """CudaTimer builds the harness's cases and times the reference's and the
    candidate's callables (the clock is replaced: no CUDA here)."""
    from py2triton.harness import timing
    from py2triton.harness.timing import Stats

    calls = []

    def fake_time(fn, **kw):
        out = fn()
        calls.append(type(out).__name__)
        return Stats.from_samples([0.5 if len(calls) == 1 else 0.25]), ""
    monkeypatch.setattr(timing, "try_time_callable", fake_time)
    ref = REPO / "python" / "tests" / "planted" / "ref_elementwise.py"
    cand = REPO / "python" / "tests" / "planted" / "ok_elementwise.py"
    t = search.CudaTimer(function="scale_shift", device="cpu", compile_reference=False)
    r = t.reference(str(ref), str(cand))
    c = t.candidate(str(ref), str(cand))
    assert r == {"scale_shift": {"eager_ms": 0.5, "compile_ms": None, "notes": []}}
    assert c["scale_shift"]["ms"] == 0.25 and c["scale_shift"]["stats"]["n"] == 1
    assert calls == ["Tensor", "Tensor"]
