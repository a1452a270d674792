"""Markdown table and bar chart from verification / benchmark result JSON.

    python -m py2triton.harness.report RESULTS.json... [--md OUT.md] [--png OUT.png]
        [--title TEXT]

Each input file holds either one ``py2triton.verify/1`` result (what
``tools/py2triton-verify --json`` writes) or a suite,
``{"schema": "py2triton.results/1", "results": [result, ...]}`` (what the
benchmark suite writes); see docs/harness.md. One row per function: status,
trials, reference / torch.compile / candidate ms, speedups, GB/s, TFLOP/s.
The chart (matplotlib, Agg backend) has two bars per timed function:
speedup vs eager and vs torch.compile, on a log axis with a line at 1x.
Without ``--md`` the table is printed.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional, Sequence

__all__ = ["SUITE_SCHEMA", "load_results", "rows", "markdown", "bar_chart", "main"]

SUITE_SCHEMA = "py2triton.results/1"
VERIFY_SCHEMA = "py2triton.verify/1"


def load_results(paths: Iterable[str | Path]) -> list[dict[str, Any]]:
    """All verify results in ``paths`` (single results or suites)."""
    out: list[dict[str, Any]] = []
    for p in paths:
        data = json.loads(Path(p).read_text())
        items = data.get("results") if isinstance(data, dict) and "results" in data else data
        if isinstance(items, dict):
            items = [items]
        if not isinstance(items, list):
            raise ValueError(f"{p}: expected a result object or a suite with 'results'")
        for r in items:
            if not isinstance(r, dict) or "functions" not in r:
                raise ValueError(f"{p}: not a {VERIFY_SCHEMA} result (no 'functions')")
            r = dict(r)
            r.setdefault("_file", str(p))
            out.append(r)
    return out


def _num(x: Any) -> Optional[float]:
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return None
    return float(x) if math.isfinite(x) else None


def _label(result: Mapping[str, Any], fn: str, many: bool) -> str:
    if result.get("label"):
        base = str(result["label"])
    else:
        base = Path(str(result.get("reference") or result.get("_file", "?"))).stem
    return f"{base}:{fn}" if many or fn not in (base, "Model") else base


def rows(results: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One flat row per (result, function)."""
    out = []
    for r in results:
        perf = {p["name"]: p for p in ((r.get("performance") or {}).get("functions") or [])}
        fns = r.get("functions") or []
        for f in fns:
            p = perf.get(f["name"], {})
            if r.get("passed"):
                status = "PASS"
            elif not f.get("compiled", r.get("compiled")):
                status = "NOT COMPILED"
            else:
                status = "REJECTED"
            out.append({
                "label": _label(r, f["name"], len(fns) > 1),
                "function": f["name"],
                "status": status,
                "reason": r.get("reason") or "",
                "trials": f"{f.get('trials_passed', 0)}/{f.get('trials_total', 0)}",
                "reference_ms": _num(p.get("reference_ms")),
                "compile_ms": _num(p.get("compile_ms")),
                "candidate_ms": _num(p.get("candidate_ms")),
                "speedup_vs_eager": _num(p.get("speedup_vs_eager")),
                "speedup_vs_compile": _num(p.get("speedup_vs_compile")),
                "gbps": _num(p.get("gbps")),
                "tflops": _num(p.get("tflops")),
                "pct_peak_bandwidth": _num(p.get("pct_peak_bandwidth")),
                "pct_peak_flops": _num(p.get("pct_peak_flops")),
            })
    return out


def _geomean(xs: Iterable[Optional[float]]) -> Optional[float]:
    vals = [x for x in xs if x is not None and x > 0]
    if not vals:
        return None
    return math.exp(sum(math.log(v) for v in vals) / len(vals))


def _f(x: Optional[float], fmt: str = "{:.4g}", suffix: str = "") -> str:
    return "-" if x is None else fmt.format(x) + suffix


def markdown(results: Sequence[Mapping[str, Any]], title: str = "py2triton results") -> str:
    rs = rows(results)
    gpu = next((r.get("gpu") for r in results if r.get("gpu")), None)
    lines = [f"# {title}", ""]
    if gpu:
        lines += [f"GPU: {gpu}", ""]
    lines += [
        "| function | status | correct | ref ms | compile ms | ours ms | vs eager "
        "| vs compile | GB/s | TFLOP/s |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rs:
        status = r["status"] + (f" ({r['reason']})" if r["reason"] and r["status"] != "PASS"
                                else "")
        gbps = _f(r["gbps"], "{:.1f}")
        if r["pct_peak_bandwidth"] is not None:
            gbps += f" ({r['pct_peak_bandwidth']:.0f}%)"
        tfl = _f(r["tflops"], "{:.2f}")
        if r["pct_peak_flops"] is not None:
            tfl += f" ({r['pct_peak_flops']:.0f}%)"
        lines.append(
            f"| {r['label']} | {status} | {r['trials']} | {_f(r['reference_ms'])} | "
            f"{_f(r['compile_ms'])} | {_f(r['candidate_ms'])} | "
            f"{_f(r['speedup_vs_eager'], '{:.2f}', 'x')} | "
            f"{_f(r['speedup_vs_compile'], '{:.2f}', 'x')} | {gbps} | {tfl} |")
    n = len(rs)
    passed = sum(r["status"] == "PASS" for r in rs)
    ge, gc = _geomean(r["speedup_vs_eager"] for r in rs), _geomean(
        r["speedup_vs_compile"] for r in rs)
    lines += ["", f"{passed}/{n} functions correct; geometric-mean speedup "
              f"{_f(ge, '{:.2f}', 'x')} vs eager, {_f(gc, '{:.2f}', 'x')} vs torch.compile "
              "(over timed functions)."]
    fast = [r for r in rs if r["speedup_vs_eager"] is not None]
    if fast:
        beat = sum(r["speedup_vs_eager"] > 1.0 for r in fast)
        lines.append(f"Faster than eager: {beat}/{len(fast)} (KernelBench fast_1).")
    return "\n".join(lines) + "\n"


def bar_chart(results: Sequence[Mapping[str, Any]], out_png: str | Path,
              title: str = "py2triton speedup") -> Path:
    """Grouped bars of speedup vs eager and vs torch.compile per function."""
    import matplotlib
    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    rs = [r for r in rows(results)
          if r["speedup_vs_eager"] is not None or r["speedup_vs_compile"] is not None]
    fig_w = max(6.0, 0.6 * len(rs) + 2.0)
    fig, ax = plt.subplots(figsize=(fig_w, 4.5))
    if rs:
        xs = list(range(len(rs)))
        width = 0.4
        eager = [r["speedup_vs_eager"] or 0.0 for r in rs]
        comp = [r["speedup_vs_compile"] or 0.0 for r in rs]
        ax.bar([x - width / 2 for x in xs], eager, width, label="vs eager",
               color="#4C72B0")
        ax.bar([x + width / 2 for x in xs], comp, width, label="vs torch.compile",
               color="#DD8452")
        ax.set_xticks(xs)
        ax.set_xticklabels([r["label"] for r in rs], rotation=45, ha="right", fontsize=8)
        positive = [v for v in eager + comp if v > 0]
        if positive and max(positive) / min(positive) > 20:
            ax.set_yscale("log")
        ax.axhline(1.0, color="black", linewidth=0.8, linestyle="--")
        ax.legend()
    else:
        ax.text(0.5, 0.5, "no timed functions", ha="center", va="center",
                transform=ax.transAxes)
        ax.set_xticks([])
    ax.set_ylabel("speedup (x, higher is better)")
    ax.set_title(title)
    fig.tight_layout()
    out = Path(out_png)
    fig.savefig(out, dpi=120)
    plt.close(fig)
    return out


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m py2triton.harness.report",
        description="Markdown table and speedup bar chart from py2triton result JSON.")
    parser.add_argument("results", nargs="+", help="result JSON files")
    parser.add_argument("--md", metavar="OUT.md", help="write the Markdown table here")
    parser.add_argument("--png", metavar="OUT.png", help="write the bar chart here")
    parser.add_argument("--title", default="py2triton results")
    opts = parser.parse_args(argv)
    try:
        results = load_results(opts.results)
    except (OSError, ValueError) as exc:
        print(f"report: error: {exc}", file=sys.stderr)
        return 2
    text = markdown(results, opts.title)
    if opts.md:
        Path(opts.md).write_text(text)
    else:
        print(text, end="")
    if opts.png:
        bar_chart(results, opts.png, opts.title)
    return 0


if __name__ == "__main__":
    sys.exit(main())
