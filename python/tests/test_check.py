"""Tests of py2triton.check, the checker of generated Triton kernel modules.

The candidates are hand-written kernel modules under data/: a correct one and
deliberately wrong ones (wrong result, half-written output, off-by-one store
mask, wrong output dtype, in-place mutation of an input, a kernel that does
not compile). Kernels run under Triton's interpreter (conftest.py sets
TRITON_INTERPRET=1) on CPU tensors.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch

import py2triton
from py2triton import check
from py2triton.check import (ScalarSpec, TensorSpec, check_module, parse_annotation,
                             poison_value, poisoned_empty)

DATA = Path(__file__).resolve().parent / "data"
PYTHON_DIR = Path(__file__).resolve().parents[1]
REF = DATA / "ref_funcs.py"


def run(candidate, reference=REF, **kw):
    kw.setdefault("trials", 2)
    return check_module(reference, DATA / candidate, **kw)


def reasons(fn_report):
    return [t.reason for t in fn_report.trials if t.status == "fail"]


# --- annotations -----------------------------------------------------------


def test_parse_annotation_static_and_dynamic() -> None:
    spec = parse_annotation("f32[N, 1000]")
    assert spec == TensorSpec(torch.float32, ("N", 1000))
    assert spec.dynamic == ("N",)
    assert spec.shape({"N": 37}) == (37, 1000)


def test_parse_annotation_constants_are_static() -> None:
    spec = parse_annotation(" bf16[ B , COLS, ?] ", {"COLS": 64, "B": True})
    # A bool is not an int constant; `?` is a dynamic dim named by position.
    assert spec == TensorSpec(torch.bfloat16, ("B", 64, "?2"))


@pytest.mark.parametrize("text,dtype", [
    ("f16", torch.float16), ("float16[]", torch.float16), ("half[3]", torch.float16),
    ("bfloat16[2]", torch.bfloat16), ("f64[1]", torch.float64), ("double[1]", torch.float64),
    ("i64[4]", torch.int64), ("int32[4]", torch.int32), ("i8[4]", torch.int8),
    ("uint8[4]", torch.uint8), ("i1[4]", torch.bool), ("bool[4]", torch.bool),
    ("float[4]", torch.float32),
])
def test_parse_annotation_dtypes(text: str, dtype: torch.dtype) -> None:
    assert parse_annotation(text).dtype == dtype


def test_parse_annotation_zero_d() -> None:
    assert parse_annotation("f32[]").dims == ()
    assert parse_annotation("f32").dims == ()


@pytest.mark.parametrize("text,message", [
    ("q32[4]", "unknown dtype 'q32'"),
    ("f32[4", "missing ']'"),
    ("f32[4, 2x]", "malformed dimension '2x'"),
    ("f32[-1]", "malformed dimension '-1'"),
])
def test_parse_annotation_errors(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("[", r"\[")):
        parse_annotation(text)


def test_entry_points_and_scalar_annotations(tmp_path: Path) -> None:
    import ast

    src = tmp_path / "ref.py"
    src.write_text(
        "def helper(x):\n    return x\n"
        "def _private(x):\n    return x\n"
        "def main(x: 'f32[N]', a: float, k=3):\n    return helper(x) * a * k\n"
        "def other(x: 'f32[4]'):\n    return x\n"
        "def get_inputs():\n    return []\n")
    tree = ast.parse(src.read_text())
    assert check._entry_points(tree, None) == [("main", "function"), ("other", "function")]
    assert check._entry_points(tree, "helper") == [("helper", "function")]
    with pytest.raises(ValueError, match="no function or class named 'nope'"):
        check._entry_points(tree, "nope")
    main = tree.body[2]
    assert check._annotation_spec(main.args.args[1].annotation, {}) == ScalarSpec("float")


# --- poisoning -------------------------------------------------------------


def test_poison_values() -> None:
    assert torch.isnan(torch.tensor(poison_value(torch.bfloat16)))
    assert poison_value(torch.int32) == torch.iinfo(torch.int32).min
    assert poison_value(torch.uint8) == 255
    assert poison_value(torch.bool) is True


def test_poisoned_empty_scopes_to_the_module() -> None:
    import types

    mod = types.ModuleType("cand")
    mod.torch = torch
    mod.th = torch
    mod.empty_like = torch.empty_like
    with poisoned_empty(mod) as proxy:
        a = mod.torch.empty(3, 4)
        b = mod.th.empty_like(torch.zeros(2, dtype=torch.int64))
        c = mod.empty_like(torch.zeros(5, dtype=torch.float16))
        d = mod.torch.empty_strided((2, 2), (1, 2))
        assert mod.torch.zeros(2).eq(0).all()  # everything else is torch's
        assert mod.torch.float32 is torch.float32
        assert torch.empty is not mod.torch.empty  # torch itself is untouched
    assert torch.isnan(a).all() and torch.isnan(c).all() and torch.isnan(d).all()
    assert (b == torch.iinfo(torch.int64).min).all()
    assert proxy.allocations == 4
    assert mod.torch is torch and mod.th is torch and mod.empty_like is torch.empty_like


def test_poisoned_empty_restores_after_an_exception() -> None:
    import types

    mod = types.ModuleType("cand")
    mod.torch = torch
    with pytest.raises(RuntimeError):
        with poisoned_empty(mod):
            raise RuntimeError("boom")
    assert mod.torch is torch


# --- plain functions ---------------------------------------------------------


def test_accepts_correct_kernels() -> None:
    report = run("kernels_ok.py", trials=3)
    assert report.passed, report.format_table()
    assert [f.name for f in report.functions] == ["add_relu", "row_sum", "floor_div"]
    add = report.function("add_relu")
    assert add.compiled
    # 3 seeds x (fp32, fp16, bf16); the dynamic N takes 37, 1, 131.
    assert [(t.seed, t.dtype) for t in add.trials][:3] == [(0, "fp32"), (0, "fp16"), (0, "bf16")]
    assert len(add.trials) == 9
    assert [t.sizes for t in add.trials[::3]] == [{"N": 37}, {"N": 1}, {"N": 131}]
    assert all(t.poisoned_allocations == 1 for t in add.trials)
    # Integer-only functions run once per seed, in their declared dtype.
    assert [t.dtype for t in report.function("floor_div").trials] == ["native"] * 3


def test_rejects_wrong_result() -> None:
    report = run("kernels_wrong_result.py")
    assert not report.passed
    add = report.function("add_relu")
    assert add.compiled and not add.passed
    assert all("elements differ beyond rtol" in r for r in reasons(add))
    assert len(reasons(add)) == len(add.trials)
    assert report.function("row_sum").passed
    # Triton's // truncates; the reference floors: negative inputs catch it.
    fd = report.function("floor_div")
    assert not fd.passed and any("elements differ" in r for r in reasons(fd))


def test_rejects_half_written_output() -> None:
    report = run("kernels_half_written.py", function="add_relu")
    add = report.function("add_relu")
    assert not add.passed and len(reasons(add)) == len(add.trials)
    assert all(r.startswith("unwritten or NaN output") for r in reasons(add))
    n37 = [t for t in add.trials if t.sizes == {"N": 37}][0]
    assert "1900 of 3700 elements" in n37.reason  # rows 18..36 never stored


def test_rejects_off_by_one_mask() -> None:
    # Also checks that `import torch as th` / `from torch import empty_like`
    # are poisoned.
    report = run("kernels_off_by_one.py", function="add_relu")
    add = report.function("add_relu")
    assert not add.passed
    assert all("unwritten or NaN output" in r and "(0, 99)" in r for r in reasons(add))


def test_poisoning_marks_unwritten_rows() -> None:
    # What the checker sees of the half-written kernel: without poisoning,
    # torch.empty's leftovers (often zeros) would match relu() outputs.
    mod = check._load_module(DATA / "kernels_half_written.py", "probe")
    x, b = torch.randn(8, 100), torch.randn(100)
    with poisoned_empty(mod):
        out = mod.add_relu(x, b, 1.0)
    assert torch.isnan(out[4:]).all() and not torch.isnan(out[:4]).any()
    torch.testing.assert_close(out[:4], torch.relu(x[:4] + b))


def test_rejects_wrong_dtype() -> None:
    report = run("kernels_wrong_dtype.py", function="add_relu")
    add = report.function("add_relu")
    assert not add.passed
    by_dtype = {t.dtype: t for t in add.trials if t.seed == 0}
    assert by_dtype["fp32"].passed
    assert by_dtype["fp16"].reason == "dtype mismatch: expected torch.float16, got torch.float32"
    assert by_dtype["bf16"].reason == "dtype mismatch: expected torch.bfloat16, got torch.float32"


def test_rejects_input_mutation() -> None:
    report = run("kernels_mutates_input.py", function="add_relu", dtypes=["fp32"])
    add = report.function("add_relu")
    assert not add.passed
    assert all(r == "input 'x' was modified in place" for r in reasons(add))


def test_kernel_that_does_not_compile() -> None:
    report = run("kernels_broken.py", function="row_sum")
    fn = report.function("row_sum")
    assert not fn.compiled and not fn.passed
    assert len(fn.trials) == 1  # stops after the failed first call
    assert fn.trials[0].reason.startswith("the candidate raised")
    assert "no_such_reduction" in fn.error


def test_missing_function_and_import_error(tmp_path: Path) -> None:
    report = run("kernels_broken.py")  # defines only row_sum
    assert report.function("add_relu").error == \
        "the candidate module defines no function 'add_relu'"
    assert not report.passed
    bad = tmp_path / "bad.py"
    bad.write_text("import torch\nraise ImportError('no kernels here')\n")
    report = check_module(REF, bad, trials=1)
    assert not report.passed
    assert all(not f.compiled and "no kernels here" in f.error for f in report.functions)
    assert report.counts() == (0, 3, 0)


def test_get_inputs_shapes() -> None:
    report = check_module(DATA / "ref_softmax.py", DATA / "kernels_softmax.py",
                          trials=1, dtypes=["fp32", "bf16"])
    assert report.passed, report.format_table()
    assert [t.dtype for t in report.function("softmax").trials] == ["fp32", "bf16"]


def test_tolerances_are_configurable() -> None:
    # bf16 through a fused fp32 kernel is not bit-exact: zero tolerance and no
    # float64 fallback must reject it.
    report = run("kernels_ok.py", function="row_sum", trials=1, dtypes=["bf16"],
                 rtol={"bf16": 0.0}, atol={"bf16": 0.0}, f64_reference=False)
    assert not report.passed
    assert "rtol=0, atol=0" in report.functions[0].trials[0].reason


def test_report_json_roundtrip(tmp_path: Path) -> None:
    report = run("kernels_wrong_dtype.py", function="add_relu", trials=1)
    data = json.loads(report.to_json(tmp_path / "r.json"))
    assert json.loads((tmp_path / "r.json").read_text()) == data
    assert data["summary"] == {"passed": 1, "failed": 2, "skipped": 0}
    fn = data["functions"][0]
    assert fn["name"] == "add_relu" and fn["compiled"] is True and fn["passed"] is False
    assert {"seed", "dtype", "sizes", "status", "reason", "max_abs_err",
            "max_rel_err"} <= set(fn["trials"][0])


# --- KernelBench models -------------------------------------------------------


def test_kernelbench_model() -> None:
    report = check_module(DATA / "ref_model.py", DATA / "model_ok.py", trials=2)
    assert report.passed, report.format_table()
    fn = report.function("Model")
    assert fn.kind == "model" and len(fn.trials) == 6
    # ModelNew starts from ones/zeros: it only passes because Model's
    # state_dict was copied into it.


def test_kernelbench_model_parameter_names_must_match() -> None:
    report = check_module(DATA / "ref_model.py", DATA / "model_bad_names.py", trials=1)
    fn = report.function("Model")
    assert not fn.compiled and not report.passed
    assert "missing in ModelNew: ['scale'], unexpected: ['weight']" in fn.trials[0].reason


def test_kernelbench_model_wrong_kernel(tmp_path: Path) -> None:
    # A ModelNew that forgets the shift buffer.
    src = (DATA / "model_ok.py").read_text().replace(
        "x, self.scale, self.shift, out", "x, self.scale, self.scale, out")
    cand = tmp_path / "model_no_shift.py"
    cand.write_text(src)
    report = check_module(DATA / "ref_model.py", cand, trials=1, dtypes=["fp32"])
    assert not report.passed
    assert "elements differ" in report.functions[0].trials[0].reason


# --- device / CLI ---------------------------------------------------------------


def test_device_requires_interpreter(monkeypatch: pytest.MonkeyPatch) -> None:
    import triton  # noqa: F401  (imported: the library cannot fix the env)

    monkeypatch.setenv("TRITON_INTERPRET", "0")
    with pytest.raises(py2triton.InterpreterNotEnabled, match="TRITON_INTERPRET=1"):
        check_module(REF, DATA / "kernels_ok.py", device="cpu")


def _cli(*args: str, env_interpret: str | None = "1") -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(PYTHON_DIR)
    if env_interpret is None:
        env.pop("TRITON_INTERPRET", None)
    else:
        env["TRITON_INTERPRET"] = env_interpret
    return subprocess.run([sys.executable, "-m", "py2triton.check", *args],
                          capture_output=True, text=True, env=env, timeout=120)


def test_cli_pass_and_fail(tmp_path: Path) -> None:
    # Without TRITON_INTERPRET in the environment the CLI turns it on itself.
    ok = _cli(str(REF), str(DATA / "kernels_ok.py"), "--function", "row_sum",
              "--trials", "2", "--dtypes", "fp32,fp16", env_interpret=None)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    lines = ok.stdout.strip().splitlines()
    assert lines[0].split()[:4] == ["function", "dtype", "seed", "sizes"]
    assert lines[-1] == "4 passed, 0 failed"
    out = tmp_path / "r.json"
    bad = _cli(str(REF), str(DATA / "kernels_half_written.py"), "--function", "add_relu",
               "--seeds", "1", "--dtypes", "fp32", "--json", str(out))
    assert bad.returncode == 1
    assert "FAIL  unwritten or NaN output" in bad.stdout
    assert bad.stdout.strip().splitlines()[-1] == "0 passed, 1 failed"
    assert json.loads(out.read_text())["passed"] is False


def test_cli_usage_errors() -> None:
    res = _cli(str(REF), str(DATA / "kernels_ok.py"), "--function", "nope")
    assert res.returncode == 2 and "no function or class named 'nope'" in res.stderr
