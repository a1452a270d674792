"""Helpers for the corpus lit tests.

  corpus_tool.py check FILE.jsonl N   every line is one entry in the corpus
                                      format (docs/corpus.md); exactly N lines
  corpus_tool.py materialize FILE.jsonl DIR K
                                      writes reference.py / kernel.py /
                                      test_entry.py of K entries (spread over
                                      the file) into DIR/<id>/, prints the dirs
  corpus_tool.py sabotage DIR...      makes each DIR/kernel.py wrong: every
                                      output x becomes 1.01 x + 0.01 (+1 for
                                      integer outputs)
  corpus_tool.py pytest DIR...        runs pytest on each DIR/test_entry.py
                                      (TRITON_INTERPRET=1 without CUDA);
                                      exits 1 if any fails
"""
import ast
import json
import os
import re
import sys

OPERATION_TYPES = {"elementwise", "reduction", "normalization", "matmul", "scan",
                   "attention", "pooling", "loss", "fused"}
DIFFICULTY = {"easy", "medium", "hard"}
DTYPES = {"fp32", "fp16", "bf16"}


def fail(lineno, message):
    sys.exit(f"line {lineno}: {message}")


def check(path, count):
    ids = set()
    lines = open(path, encoding="utf-8").read().splitlines()
    if len(lines) != count:
        sys.exit(f"{len(lines)} lines, expected {count}")
    for n, line in enumerate(lines, 1):
        e = json.loads(line)
        if set(e) != {"id", "python_code", "triton_code", "test_code", "metadata"}:
            fail(n, f"fields {sorted(e)}")
        if e["id"] in ids:
            fail(n, f"duplicate id {e['id']}")
        ids.add(e["id"])
        for key in ("python_code", "triton_code", "test_code"):
            try:
                ast.parse(e[key])
            except SyntaxError as err:
                fail(n, f"{key} does not parse: {err}")
        m = e["metadata"]
        if m["operation_type"] not in OPERATION_TYPES:
            fail(n, f"operation_type {m['operation_type']}")
        if m["difficulty"] not in DIFFICULTY:
            fail(n, f"difficulty {m['difficulty']}")
        if not m["dtypes"] or not set(m["dtypes"]) <= DTYPES:
            fail(n, f"dtypes {m['dtypes']}")
        if m["source"] != "generated":
            fail(n, "source")
        if not all(isinstance(t, str) for t in m["tags"]) or not m["tags"]:
            fail(n, "tags")
        for key in ("structure", "ast_hash"):
            if not re.fullmatch(r"[0-9a-f]{16}", m[key]):
                fail(n, f"{key} {m[key]!r}")
        if not 1 <= m["n_ops"] <= 12 or not 1 <= m["rank"] <= 4 or m["kernels"] < 1:
            fail(n, "n_ops / rank / kernels")
        if m["n_ops"] != len(m["ops"]) or not set(m["ops"]) <= set(m["tags"]):
            fail(n, "ops")
        test = e["test_code"]
        for needle in ("sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))",
                       "import reference", "import kernel", "def test_", "torch.isclose"):
            if needle not in test:
                fail(n, f"test_code lacks {needle!r}")
        if "{{" in test:
            fail(n, "unfilled placeholder in test_code")
        is_model = "class Model(" in e["python_code"]
        if is_model != ("class ModelNew(" in e["triton_code"]):
            fail(n, "Model without ModelNew or the reverse")
    print(f"{len(lines)} entries OK")


def materialize(path, outdir, k):
    lines = open(path, encoding="utf-8").read().splitlines()
    step = max(1, len(lines) // k)
    for line in lines[::step][:k]:
        e = json.loads(line)
        d = os.path.join(outdir, e["id"])
        os.makedirs(d, exist_ok=True)
        for name, key in (("reference.py", "python_code"), ("kernel.py", "triton_code"),
                          ("test_entry.py", "test_code")):
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(e[key])
        print(d)


SABOTAGE = """

def _sabotage(f):
    def g(*args, **kwargs):
        out = f(*args, **kwargs)
        outs = out if isinstance(out, tuple) else (out,)
        outs = tuple(o * 1.1 + 0.1 if o.is_floating_point() else o + 1 for o in outs)
        return outs if isinstance(out, tuple) else outs[0]
    return g


if "ModelNew" in globals():
    ModelNew.forward = _sabotage(ModelNew.forward)
for _name, _value in list(globals().items()):
    if (not _name.startswith("_") and not isinstance(_value, type) and callable(_value)
            and getattr(_value, "__module__", None) == __name__):
        globals()[_name] = _sabotage(_value)
"""


def sabotage(dirs):
    for d in dirs:
        with open(os.path.join(d, "kernel.py"), "a", encoding="utf-8") as f:
            f.write(SABOTAGE)


def run_pytest(dirs):
    import subprocess
    env = dict(os.environ)
    failed = 0
    for d in dirs:
        probe = "import torch; print(int(torch.cuda.is_available()))"
        if subprocess.run([sys.executable, "-c", probe], capture_output=True,
                          text=True).stdout.strip() != "1":
            env["TRITON_INTERPRET"] = "1"
        p = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                            "test_entry.py"], cwd=d, env=env, capture_output=True, text=True)
        last = (p.stdout.strip().splitlines() or [""])[-1]
        print(f"{os.path.basename(d)}: {'PASS' if p.returncode == 0 else 'FAIL'} {last}")
        if p.returncode != 0:
            failed += 1
            print(p.stdout[-4000:])
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    if sys.argv[1] == "sabotage":
        sabotage(sys.argv[2:])
    elif sys.argv[1] == "pytest":
        run_pytest(sys.argv[2:])
    elif sys.argv[1] == "check":
        check(sys.argv[2], int(sys.argv[3]))
    else:
        materialize(sys.argv[2], sys.argv[3], int(sys.argv[4]))
