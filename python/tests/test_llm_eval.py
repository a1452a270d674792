"""py2triton.llm_eval: pass@k of model samples, each executed."""
import gzip
import json
import math
from pathlib import Path

import pytest

from py2triton import llm_eval

REPO = Path(__file__).resolve().parents[2]


def test_pass_at_k_matches_the_definition():
    # 1 - C(n - c, k) / C(n, k): the chance that k of n samples drawn without
    # replacement include a correct one.
    assert llm_eval.pass_at_k(10, 0, 1) == 0.0
    assert llm_eval.pass_at_k(10, 3, 1) == pytest.approx(0.3)
    assert llm_eval.pass_at_k(10, 1, 10) == 1.0
    assert llm_eval.pass_at_k(10, 0, 10) == 0.0
    assert llm_eval.pass_at_k(5, 2, 2) == pytest.approx(1 - math.comb(3, 2) / math.comb(5, 2))
    with pytest.raises(ValueError):
        llm_eval.pass_at_k(3, 1, 10)


def test_samples_run_against_the_entry_test(tmp_path):
    # The corpus sample's first entry: its own kernel passes its test, a
    # broken copy (wrong constant) and a syntax error fail; identical
    # samples run once.
    entry = json.loads((REPO / "corpus" / "sample.jsonl").read_text().splitlines()[0])
    split = tmp_path / "split.jsonl"
    split.write_text(json.dumps(entry) + "\n")
    good = entry["triton_code"]
    broken = good.replace("tl.program_id(0)", "(tl.program_id(0) + 1)")
    assert broken != good
    rows = [{"id": entry["id"], "sample": i, "text": t}
            for i, t in enumerate([good, good, broken, "def (:\n"])]
    samples = tmp_path / "s.jsonl.gz"
    with gzip.open(samples, "wt") as f:
        f.writelines(json.dumps(r) + "\n" for r in rows)
    out = tmp_path / "r.json"
    assert llm_eval.main(["--samples", str(samples), "--split", str(split),
                          "--out", str(out), "--jobs", "2", "--k", "1,2"]) == 0
    report = json.loads(out.read_text())
    assert report["distinct_runs"] == 3
    assert report["per_problem"][entry["id"]] == {"n": 4, "correct": 2}
    assert report["pass@1"] == pytest.approx(0.5)
    assert report["pass@2"] == pytest.approx(1 - 1 / 6)
    assert report["solved"] == 1
