"""The curated Python-Triton pairs (corpus/curated/): format and behaviour.

* every entry directory is complete and its packed entry passes
  corpus/schema.json (built-in validator, and jsonschema when importable) and
  the format checks of corpus/tools/check_schema.py;
* the validator rejects malformed entries (so the schema test can fail);
* corpus/curated.jsonl is what `run_curated.py pack` writes (deterministic);
* every entry's own test passes (one pytest subprocess for all entries,
  TRITON_INTERPRET=1 when there is no GPU), reported per entry;
* deliberately broken kernels (mask off by one, wrong padding value, a
  causal mask that hides the diagonal) make their entry's test fail.
"""

import copy
import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
CURATED = CORPUS / "curated"


def _load(name):
    spec = importlib.util.spec_from_file_location(name, CORPUS / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


run_curated = _load("run_curated")
check_schema = _load("check_schema")

ENTRY_DIRS = sorted(p for p in CURATED.iterdir() if p.is_dir())
ENTRIES = run_curated.load_entries(CURATED)
IDS = [e["id"] for e in ENTRIES]
SCHEMA = check_schema.load_schema()


def test_entry_directories_are_complete():
    assert len(ENTRY_DIRS) >= 40
    for d in ENTRY_DIRS:
        names = {p.name for p in d.iterdir() if p.name != "__pycache__"}
        assert names == {"reference.py", "kernel.py", "test_entry.py", "meta.json"}, d.name
    assert len(set(IDS)) == len(IDS) == len(ENTRY_DIRS)


def test_coverage_of_kinds_and_difficulties():
    meta = [e["metadata"] for e in ENTRIES]
    kinds = {m["operation_type"] for m in meta}
    assert kinds >= {"elementwise", "reduction", "normalization", "matmul", "scan",
                     "attention", "pooling", "loss", "fused"}
    levels = [m["difficulty"] for m in meta]
    assert {"easy", "medium", "hard"} <= set(levels)
    assert levels.count("hard") >= 8
    assert all(m["source"] == "curated" for m in meta)


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_entry_matches_schema(entry):
    assert check_schema.validate_builtin(entry, SCHEMA) == []
    if check_schema.have_jsonschema():
        assert check_schema.validate_jsonschema(entry, SCHEMA) == []
    assert check_schema.format_errors(entry) == []


def _broken_entries():
    good = ENTRIES[0]

    def edit(fn):
        e = copy.deepcopy(good)
        fn(e)
        return e

    return {
        "missing field": edit(lambda e: e.pop("test_code")),
        "extra top-level field": edit(lambda e: e.update(extra=1)),
        "bad id": edit(lambda e: e.update(id="has space")),
        "operation type": edit(lambda e: e["metadata"].update(operation_type="conv")),
        "difficulty": edit(lambda e: e["metadata"].update(difficulty="trivial")),
        "dtype": edit(lambda e: e["metadata"].update(dtypes=["fp64"])),
        "duplicate dtype": edit(lambda e: e["metadata"].update(dtypes=["fp32", "fp32"])),
        "empty tags": edit(lambda e: e["metadata"].update(tags=[])),
        "tags not strings": edit(lambda e: e["metadata"].update(tags=["a", 3])),
        "source": edit(lambda e: e["metadata"].update(source="scraped")),
        "seed type": edit(lambda e: e["metadata"].update(seed="0")),
        "no test function": edit(lambda e: e.update(
            test_code=e["test_code"].replace("def test_", "def check_"))),
        "no sys.path line": edit(lambda e: e.update(
            test_code=e["test_code"].replace("sys.path.insert", "sys.path.append"))),
        "no jit kernel": edit(lambda e: e.update(
            triton_code=e["triton_code"].replace("@triton.jit", "@triton.autotune"))),
        "metadata not object": edit(lambda e: e.update(metadata=[])),
    }


@pytest.mark.parametrize("case", sorted(_broken_entries()))
def test_schema_rejects_malformed_entries(case):
    entry = _broken_entries()[case]
    assert check_schema.validate_builtin(entry, SCHEMA), case
    if check_schema.have_jsonschema():
        assert check_schema.validate_jsonschema(entry, SCHEMA), case


def test_format_checks_reject_mismatches():
    by_id = {e["id"]: e for e in ENTRIES}
    func = copy.deepcopy(by_id["curated-vector_add"])
    func["triton_code"] = func["triton_code"].replace("def vector_add(", "def vec_add(")
    assert any("vector_add" in err for err in check_schema.format_errors(func))
    model = copy.deepcopy(by_id["curated-conv2d_model"])
    model["triton_code"] = model["triton_code"].replace("class ModelNew", "class Model2")
    assert any("ModelNew" in err for err in check_schema.format_errors(model))
    dtypes = copy.deepcopy(by_id["curated-transpose_copy"])
    dtypes["test_code"] = dtypes["test_code"].replace("torch.bfloat16", "torch.float64")
    assert any("bf16" in err for err in check_schema.format_errors(dtypes))
    syntax = copy.deepcopy(by_id["curated-softmax"])
    syntax["python_code"] += "\ndef broken(:\n"
    assert any("compile" in err for err in check_schema.format_errors(syntax))


def test_builtin_validator_refuses_unknown_keywords():
    schema = copy.deepcopy(SCHEMA)
    schema["properties"]["id"]["format"] = "uuid"
    with pytest.raises(check_schema.SchemaError):
        check_schema.validate_builtin(ENTRIES[0], schema)


def test_packed_jsonl_is_current_and_deterministic(tmp_path):
    text = run_curated.pack_text(run_curated.load_entries(CURATED))
    assert text == run_curated.pack_text(run_curated.load_entries(CURATED))
    assert (CORPUS / "curated.jsonl").read_text() == text, \
        "corpus/curated.jsonl is stale: run corpus/tools/run_curated.py pack"
    lines = text.splitlines()
    assert [json.loads(line)["id"] for line in lines] == sorted(IDS)
    # Round trip: the packed file loads back to the same entries.
    out = tmp_path / "c.jsonl"
    out.write_text(text)
    assert run_curated.load_entries(jsonl=out) == ENTRIES
    assert check_schema.main([str(out), "--builtin"]) == 0


@pytest.fixture(scope="module")
def curated_results():
    """Runs every entry's test once (a single pytest subprocess)."""
    return run_curated.run_entries(ENTRIES, timeout=600)


@pytest.mark.parametrize("entry_id", IDS)
def test_curated_entry_passes(curated_results, entry_id):
    rec = curated_results[entry_id]
    assert rec["ok"], rec["errors"]
    assert rec["passed"] >= 1


# (entry, text in kernel.py, replacement): each breaks the kernel on inputs
# that the entry's test uses. Every replaced text must occur exactly once.
MUTATIONS = [
    ("curated-vector_add", "mask = offsets < n_elements", "mask = offsets < n_elements - 1"),
    ("curated-sum_2d_dim1", "(cols[None, :] < N)", "(cols[None, :] < N - 1)"),
    ("curated-softmax", 'mask=mask, other=float("-inf")', "mask=mask, other=0.0"),
    ("curated-matmul", "k_left = K - k * BLOCK_K", "k_left = K - 1 - k * BLOCK_K"),
    ("curated-flash_attention_causal_fwd", "(cols[None, :] <= offs_m[:, None])",
     "(cols[None, :] < offs_m[:, None])"),
    ("curated-maxpool2d", 'mask=inside, other=float("-inf")', "mask=inside, other=0.0"),
]


def test_broken_kernels_fail_their_tests():
    by_id = {e["id"]: e for e in ENTRIES}
    broken = []
    for n, (entry_id, old, new) in enumerate(MUTATIONS):
        entry = copy.deepcopy(by_id[entry_id])
        assert entry["triton_code"].count(old) == 1, (entry_id, old)
        entry["triton_code"] = entry["triton_code"].replace(old, new)
        entry["id"] = f"{entry_id}-broken{n}"
        broken.append(entry)
    results = run_curated.run_entries(broken, timeout=600)
    assert len(results) == len(MUTATIONS)
    survivors = [i for i, rec in results.items() if rec["ok"]]
    assert not survivors, f"broken kernels passed their tests: {survivors}"
    for rec in results.values():
        assert rec["failed"] >= 1
