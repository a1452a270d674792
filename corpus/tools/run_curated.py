#!/usr/bin/env python3
"""Pack and run the curated Python-Triton pairs (corpus/curated/<name>/).

Each entry directory holds ``reference.py``, ``kernel.py``, ``test_entry.py``
and ``meta.json`` (the entry's metadata object). The entry's id is
``curated-<name>``. See corpus/README.md for the format.

    run_curated.py pack  [--curated DIR] [--out FILE] [--check]
    run_curated.py test  [--curated DIR | --jsonl FILE] [-k SUBSTR]...
                         [--isolated] [--json-report FILE] [--timeout S]

``pack`` writes every entry as one JSON object per line, sorted by id, with
sorted keys (deterministic: packing twice gives the same bytes); ``--check``
writes nothing and exits 1 if FILE differs from what it would write.

``test`` materialises every entry (from the directories, or from a packed
JSONL file) as reference.py / kernel.py / test_entry.py in a fresh temporary
directory and runs the tests under pytest: on CPU (no CUDA device visible to
torch) with TRITON_INTERPRET=1 in the environment. It prints PASS/FAIL per
entry and a final ``N passed, N failed`` line; it exits 1 on any failure
(an entry fails if any of its tests fails or errors, if its test module
cannot be imported, or if it has no tests). By default all entries run in one
pytest process (importing torch and triton once); a root conftest.py drops
the previous entry's ``reference`` / ``kernel`` modules from ``sys.modules``
before each test module is collected. ``--isolated`` runs one pytest process
per entry instead.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parents[1]
DEFAULT_CURATED = CORPUS_DIR / "curated"
DEFAULT_JSONL = CORPUS_DIR / "curated.jsonl"
ID_PREFIX = "curated-"

# Entry field -> file name in an entry directory (and when materialised).
FILES = {
    "python_code": "reference.py",
    "triton_code": "kernel.py",
    "test_code": "test_entry.py",
}
META_FILE = "meta.json"

# Root conftest.py of a single-process run: entries all use the module names
# `reference` and `kernel`, so forget the previous entry's before each test
# module is imported, and record one outcome per entry directory.
CONFTEST = '''
import json
import os
import sys

_REPORT = os.environ["CURATED_REPORT"]
_outcomes = {}


def _entry(nodeid):
    return nodeid.replace("\\\\", "/").split("/", 1)[0]


def pytest_collectstart(collector):
    if collector.nodeid.endswith("test_entry.py"):
        for name in ("reference", "kernel"):
            sys.modules.pop(name, None)


def _record(nodeid, outcome, longrepr):
    entry = _entry(nodeid)
    rec = _outcomes.setdefault(entry, {"passed": 0, "failed": 0, "skipped": 0,
                                       "errors": []})
    rec[outcome] += 1
    if outcome == "failed" and longrepr is not None:
        lines = str(longrepr).strip().splitlines() or [""]
        # The first "E   ..." line holds the exception; else the last line.
        msg = next((l[1:].strip() for l in lines if l.startswith("E ")), lines[-1])
        rec["errors"].append(nodeid + ": " + msg[:300])


def pytest_collectreport(report):
    if report.failed:
        _record(report.nodeid, "failed", report.longrepr)


def pytest_runtest_logreport(report):
    if report.failed:
        _record(report.nodeid, "failed", report.longrepr)
    elif report.when == "call" or report.skipped:
        _record(report.nodeid, report.outcome, None)


def pytest_sessionfinish(session):
    with open(_REPORT, "w") as f:
        json.dump(_outcomes, f, indent=1, sort_keys=True)
'''


def load_dir_entry(path: Path) -> dict:
    """Reads one entry directory into an entry object."""
    entry = {"id": ID_PREFIX + path.name}
    for field, name in FILES.items():
        entry[field] = (path / name).read_text()
    entry["metadata"] = json.loads((path / META_FILE).read_text())
    return entry


def load_entries(curated: Path | None = None, jsonl: Path | None = None) -> list[dict]:
    """Entries sorted by id, from a JSONL file or from the entry directories."""
    if jsonl is not None:
        with open(jsonl) as f:
            entries = [json.loads(line) for line in f if line.strip()]
    else:
        curated = curated or DEFAULT_CURATED
        entries = [load_dir_entry(p) for p in sorted(curated.iterdir())
                   if p.is_dir() and (p / META_FILE).exists()]
    return sorted(entries, key=lambda e: e["id"])


def pack_text(entries: list[dict]) -> str:
    """The JSONL text for `entries` (deterministic)."""
    return "".join(json.dumps(e, sort_keys=True, ensure_ascii=False) + "\n" for e in entries)


def entry_dir_name(entry: dict) -> str:
    name = entry["id"]
    return name[len(ID_PREFIX):] if name.startswith(ID_PREFIX) else name


def materialise(entry: dict, directory: Path) -> Path:
    """Writes reference.py / kernel.py / test_entry.py of `entry` under `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    for field, name in FILES.items():
        (directory / name).write_text(entry[field])
    return directory


def test_env(interpret: bool | None) -> dict:
    env = dict(os.environ)
    if interpret is None:
        try:
            import torch
            interpret = not torch.cuda.is_available()
        except ImportError:
            interpret = True
    if interpret:
        env["TRITON_INTERPRET"] = "1"
    else:
        env.pop("TRITON_INTERPRET", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _pytest(args: list[str], cwd: Path, env: dict, timeout: float | None):
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
           "--rootdir", str(cwd), "-o", "addopts=", "--import-mode=importlib",
           "--continue-on-collection-errors", "-W", "ignore::DeprecationWarning"] + args
    try:
        proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True,
                              timeout=timeout)
        return proc.returncode, proc.stdout + proc.stderr
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode() if isinstance(e.stdout, bytes) else (e.stdout or "")
        return 124, out + f"\ntimed out after {timeout}s"


def run_entries(entries: list[dict], isolated: bool = False, interpret: bool | None = None,
                timeout: float | None = None, verbose: bool = False) -> dict:
    """Runs the tests of `entries`; returns {id: {"passed": bool, ...}}."""
    env = test_env(interpret)
    results = {}
    with tempfile.TemporaryDirectory(prefix="curated-") as tmp:
        root = Path(tmp)
        names = {}
        for entry in entries:
            name = entry_dir_name(entry)
            names[name] = entry["id"]
            materialise(entry, root / name)
        report = root / "report.json"
        env["CURATED_REPORT"] = str(report)
        (root / "conftest.py").write_text(CONFTEST)
        outcomes = {}
        logs = {}
        if isolated:
            for name in names:
                start = time.time()
                rc, log = _pytest([name], root, env, timeout)
                logs[name] = log
                if report.exists():
                    outcomes.update(json.loads(report.read_text()))
                    report.unlink()
                outcomes.setdefault(name, {"passed": 0, "failed": 0, "skipped": 0,
                                           "errors": []})
                outcomes[name]["seconds"] = round(time.time() - start, 2)
                if rc not in (0, 1) and not outcomes[name]["failed"]:
                    outcomes[name]["failed"] += 1
                    outcomes[name]["errors"].append(f"pytest exit status {rc}")
        else:
            rc, log = _pytest(sorted(names), root, env, timeout)
            logs[None] = log
            if report.exists():
                outcomes = json.loads(report.read_text())
            elif rc != 0:
                print(log, file=sys.stderr)
        for name, entry_id in names.items():
            rec = outcomes.get(name, {"passed": 0, "failed": 0, "skipped": 0, "errors": []})
            ok = rec["failed"] == 0 and rec["passed"] > 0
            if rec["passed"] == 0 and rec["failed"] == 0:
                rec["errors"].append("no test ran")
            rec["ok"] = ok
            results[entry_id] = rec
            if verbose and not ok:
                print(logs.get(name, logs.get(None, "")), file=sys.stderr)
    return results


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    p_pack = sub.add_parser("pack", help="write corpus/curated.jsonl")
    p_pack.add_argument("--curated", type=Path, default=DEFAULT_CURATED)
    p_pack.add_argument("--out", type=Path, default=DEFAULT_JSONL)
    p_pack.add_argument("--check", action="store_true",
                        help="exit 1 if OUT is not what pack would write")
    p_test = sub.add_parser("test", help="run every entry's test")
    p_test.add_argument("--curated", type=Path, default=None)
    p_test.add_argument("--jsonl", type=Path, default=None)
    p_test.add_argument("-k", dest="filters", action="append", default=[],
                        help="only entries whose id contains this (repeatable)")
    p_test.add_argument("--isolated", action="store_true",
                        help="one pytest process per entry")
    p_test.add_argument("--interpret", choices=["auto", "on", "off"], default="auto",
                        help="TRITON_INTERPRET=1 (default: iff torch sees no CUDA device)")
    p_test.add_argument("--timeout", type=float, default=None, help="seconds per pytest run")
    p_test.add_argument("--json-report", type=Path, default=None)
    p_test.add_argument("-v", "--verbose", action="store_true", help="print failing logs")
    args = parser.parse_args(argv)

    if args.cmd == "pack":
        text = pack_text(load_entries(args.curated))
        if args.check:
            current = args.out.read_text() if args.out.exists() else None
            if current != text:
                print(f"{args.out} is out of date: run {Path(__file__).name} pack",
                      file=sys.stderr)
                return 1
            print(f"{args.out} is up to date ({text.count(chr(10))} entries)")
            return 0
        args.out.write_text(text)
        print(f"wrote {text.count(chr(10))} entries to {args.out}")
        return 0

    entries = load_entries(args.curated, args.jsonl)
    if args.filters:
        entries = [e for e in entries if any(f in e["id"] for f in args.filters)]
    if not entries:
        print("no entries", file=sys.stderr)
        return 1
    interpret = {"auto": None, "on": True, "off": False}[args.interpret]
    start = time.time()
    results = run_entries(entries, isolated=args.isolated, interpret=interpret,
                          timeout=args.timeout, verbose=args.verbose)
    passed = sum(r["ok"] for r in results.values())
    for entry_id, rec in results.items():
        status = "PASS" if rec["ok"] else "FAIL"
        print(f"{status} {entry_id} ({rec['passed']} passed, {rec['failed']} failed)")
        for err in rec["errors"][:3]:
            print(f"    {err}")
    print(f"{passed} passed, {len(results) - passed} failed ({time.time() - start:.1f}s)")
    if args.json_report:
        args.json_report.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n")
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
