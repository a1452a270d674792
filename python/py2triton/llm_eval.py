"""Functional pass@k of model samples: every sample is executed.

    python -m py2triton.llm_eval --samples S.jsonl[.gz] \\
        --split corpus/data/splits/test.jsonl --out R.json [--jobs 2]
    python -m py2triton.llm_eval --samples S.jsonl --sources bench/llm/rejected \\
        --out R.json

`--samples` holds one JSON object per sample ({"id", "sample", "text"}), as
`py2triton-lm sample` writes them. With `--split`, a sample passes when the
corpus entry's own pytest test (test_code) passes with the sample as
kernel.py next to the entry's reference.py; with `--sources DIR`, a sample
for id "rejected-NAME" passes when `py2triton.check DIR/NAME.py` accepts it
(random inputs, fp32/fp16/bf16, NaN-poisoned outputs). Identical samples of
one id run once. Each run is a fork of a process that has already imported
torch, triton and pytest (no interpreter start-up per sample), under
TRITON_INTERPRET=1 when there is no GPU, killed after --timeout seconds.

pass@k is the unbiased estimator of Chen et al. (2021):
1 - C(n - c, k) / C(n, k) per problem (n samples, c correct), averaged.
"""
import argparse
import gzip
import hashlib
import json
import math
import multiprocessing as mp
import os
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor


def pass_at_k(n, c, k):
    """Unbiased pass@k of one problem with n samples of which c pass."""
    if k > n:
        raise ValueError(f"pass@{k} needs at least {k} samples, got {n}")
    if n - c < k:
        return 1.0
    return 1.0 - math.comb(n - c, k) / math.comb(n, k)


def read_jsonl(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _run_pytest(workdir):
    import pytest
    os.chdir(workdir)
    sys.path.insert(0, workdir)
    for name in ("reference", "kernel"):
        sys.modules.pop(name, None)
    code = pytest.main(["-q", "-x", "-p", "no:cacheprovider",
                        "-p", "no:randomly", "test_entry.py"])
    os._exit(0 if code == 0 else 1)


def _run_check(workdir):
    from py2triton import check
    os.chdir(workdir)
    code = check.main(["reference.py", "kernel.py"])
    os._exit(0 if code == 0 else 1)


def _child(kind, workdir):
    # Quiet children: the verdict is the exit code.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    try:
        (_run_pytest if kind == "pytest" else _run_check)(workdir)
    except BaseException:  # noqa: BLE001 - any failure is a failed sample
        os._exit(1)


def run_one(job):
    """job: (kind, files {name: text}, timeout) -> (passed, seconds)."""
    kind, files, timeout = job
    start = time.time()
    with tempfile.TemporaryDirectory(prefix="llm-eval-") as workdir:
        for name, text in files.items():
            with open(os.path.join(workdir, name), "w", encoding="utf-8") as f:
                f.write(text)
        ctx = mp.get_context("fork")
        proc = ctx.Process(target=_child, args=(kind, workdir))
        proc.start()
        proc.join(timeout)
        if proc.is_alive():
            proc.kill()
            proc.join()
            return False, time.time() - start
        return proc.exitcode == 0, time.time() - start


def _warm_imports():
    import torch  # noqa: F401
    import triton  # noqa: F401
    import triton.language  # noqa: F401
    import pytest  # noqa: F401
    from py2triton import check  # noqa: F401


def main(argv=None):
    ap = argparse.ArgumentParser(
        prog="python -m py2triton.llm_eval",
        description="Executes model samples and reports pass@k.")
    ap.add_argument("--samples", required=True, action="append",
                    help="samples JSONL (.gz allowed); repeatable")
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--split", help="corpus split JSONL (test_code)")
    src.add_argument("--sources", help="directory of NAME.py sources")
    ap.add_argument("--out", required=True, help="report JSON")
    ap.add_argument("--jobs", type=int, default=max(1, os.cpu_count() or 1))
    ap.add_argument("--timeout", type=float, default=300.0)
    ap.add_argument("--k", default="1,10", help="k values (default 1,10)")
    args = ap.parse_args(argv)
    if os.environ.get("TRITON_INTERPRET") is None:
        import torch
        if not torch.cuda.is_available():
            os.environ["TRITON_INTERPRET"] = "1"

    samples = []
    for path in args.samples:
        samples += read_jsonl(path)
    entries = {}
    if args.split:
        for e in read_jsonl(args.split):
            entries[e["id"]] = e
    by_id = {}
    for s in samples:
        by_id.setdefault(s["id"], []).append(s)

    # One run per distinct (id, text).
    def key_of(sid, s):
        return sid, hashlib.sha256(s["text"].encode()).hexdigest()

    jobs, keys = [], []
    seen = set()
    for sid, group in by_id.items():
        for s in group:
            key = key_of(sid, s)
            if key in seen:
                continue
            seen.add(key)
            if args.split:
                e = entries.get(sid)
                if e is None:
                    ap.error(f"sample id {sid!r} is not in {args.split}")
                files = {"reference.py": e["python_code"],
                         "kernel.py": s["text"],
                         "test_entry.py": e["test_code"]}
                jobs.append(("pytest", files, args.timeout))
            else:
                name = sid[len("rejected-"):] if sid.startswith("rejected-") \
                    else sid
                path = os.path.join(args.sources, name + ".py")
                with open(path, encoding="utf-8") as f:
                    files = {"reference.py": f.read(), "kernel.py": s["text"]}
                jobs.append(("check", files, args.timeout))
            keys.append(key)

    _warm_imports()
    start = time.time()
    verdict = {}
    # Threads only wait for their forked children.
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for i, (ok, _) in enumerate(pool.map(run_one, jobs)):
            verdict[keys[i]] = ok
            if (i + 1) % 50 == 0 or i + 1 == len(jobs):
                done = sum(verdict.values())
                print(f"[{i + 1}/{len(jobs)}] {done} passed, "
                      f"{time.time() - start:.0f} s", file=sys.stderr,
                      flush=True)

    ks = [int(k) for k in args.k.split(",")]
    problems = {}
    for sid, group in sorted(by_id.items()):
        n = len(group)
        c = sum(verdict[key_of(sid, s)] for s in group)
        problems[sid] = {"n": n, "correct": c}
    report = {
        "samples": args.samples,
        "against": args.split or args.sources,
        "problems": len(problems),
        "samples_total": len(samples),
        "distinct_runs": len(jobs),
        "device": "cuda" if os.environ.get("TRITON_INTERPRET") != "1"
        else "cpu (TRITON_INTERPRET=1)",
        "seconds": round(time.time() - start, 1),
        "solved": sum(1 for p in problems.values() if p["correct"] > 0),
        "per_problem": problems,
    }
    for k in ks:
        eligible = [p for p in problems.values() if p["n"] >= k]
        if eligible:
            report[f"pass@{k}"] = sum(pass_at_k(p["n"], p["correct"], k)
                                      for p in eligible) / len(eligible)
    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(report, f, indent=1)
        f.write("\n")
    os.replace(tmp, args.out)
    summary = ", ".join(f"pass@{k} {100 * report[f'pass@{k}']:.1f}%"
                        for k in ks if f"pass@{k}" in report)
    print(f"{report['problems']} problems, {len(samples)} samples "
          f"({len(jobs)} distinct): {summary}; {report['solved']} solved "
          f"at least once ({report['seconds']} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
