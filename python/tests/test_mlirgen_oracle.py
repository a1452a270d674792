"""Cross-checks py2triton's shape/dtype inference against torch.

For every test/MLIRGen/*.py lit test (errors/ excluded) and examples/*.py,
each py2triton RUN line is translated with `--emit=mlir` and the result
types of every func.func are compared with what torch returns when the
original Python runs on CPU with random inputs of the IR's argument types
(see py2triton/oracle.py).

The binary is $PY2TRITON_BIN (relative paths are taken from the repository
root) or build/bin/py2triton:

    PY2TRITON_BIN=build-mlirgen/bin/py2triton .venv/bin/python -m pytest -q \
        python/tests/test_mlirgen_oracle.py
"""

from pathlib import Path

import pytest

torch = pytest.importorskip("torch")

from py2triton import oracle  # noqa: E402

REPO = oracle.REPO_ROOT
BINARY = oracle.default_binary()
CASES = oracle.collect_cases([REPO / "test" / "MLIRGen", REPO / "examples"])


def test_cases_found():
    assert len(CASES) >= 4, "no oracle cases collected"


#===----------------------------------------------------------------------===#
# The oracle's own parsing
#===----------------------------------------------------------------------===#


def test_parse_signature():
    ir = '''
  func.func @Model(%arg0: tensor<17x33xf32> {py.name = "fc.weight", py.param}, %arg1: tensor<?x4xbf16> {py.name = "x"}, %arg2: tensor<f32> {py.name = "a, b", py.scalar}) -> (tensor<?x17xf32>, tensor<i1>) attributes {py.class = "Model", py.doc = "x -> (y)"} {
    return
  }
  func.func @g(%arg0: tensor<3xi64> {py.name = "x"}) -> tensor<3xi64> {
  }'''
    model, g = oracle.parse_signatures(ir)
    assert model.name == "Model" and model.py_class == "Model"
    assert [a.name for a in model.args] == ["fc.weight", "x", "a, b"]
    assert [a.is_param for a in model.args] == [True, False, False]
    assert model.args[2].is_scalar
    assert model.args[1].type == oracle.TensorType((None, 4), "bf16")
    assert [str(t) for t in model.results] == ["tensor<?x17xf32>", "tensor<i1>"]
    assert g.py_class is None and g.results == [oracle.TensorType((3,), "i64")]


@pytest.mark.parametrize("line,options", [
    ("py2triton %s --emit=mlir | FileCheck %s", []),
    ("py2triton %s --emit=mlir --arg x=4x?:f16 --function f | FileCheck %s",
     ["--arg", "x=4x?:f16", "--function", "f"]),
    ("py2triton %s --emit mlir --function=g | FileCheck %s", ["--function=g"]),
    ("py2triton %s --emit=ast | FileCheck %s", None),
    ("not py2triton %s --emit=mlir 2>&1 | FileCheck %s", None),
])
def test_run_line_options(line, options):
    assert oracle.options_from_run_line(line) == options


#===----------------------------------------------------------------------===#
# The oracle over the lit tests and examples
#===----------------------------------------------------------------------===#


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_torch_agrees(case):
    if not BINARY.exists():
        pytest.skip(f"py2triton binary not found at {BINARY} "
                    f"(set PY2TRITON_BIN)")
    try:
        oracle.check_case(case, BINARY)
    except oracle.TranslationError as e:
        pytest.skip(f"py2triton rejects it: {str(e).splitlines()[:1]}")


def test_mismatch_is_reported(tmp_path):
    # A wrong result dtype and a wrong static dim are both reported; a
    # dynamic dim accepts any size.
    src = tmp_path / "m.py"
    src.write_text("def f(x, y):\n    return x.sum(-1), y * 2\n")
    module = oracle.load_module(src, "mismatch_selftest")
    sig = oracle.Signature(
        "f",
        [oracle.Argument(oracle.TensorType((3, None), "f32"), "x"),
         oracle.Argument(oracle.TensorType((4,), "i32"), "y")],
        [oracle.TensorType((3,), "f16"), oracle.TensorType((5,), "i32")])
    problems = oracle.check_signature(module, None, sig)
    assert len(problems) == 2
    assert "result #0 is tensor<3xf16> in the IR but tensor<3xf32>" in problems[0]
    assert "result #1 is tensor<5xi32> in the IR but tensor<4xi32>" in problems[1]
    sig.results = [oracle.TensorType((None,), "f32"), oracle.TensorType((4,), "i32")]
    assert oracle.check_signature(module, None, sig) == []
