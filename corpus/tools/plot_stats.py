#!/usr/bin/env python3
"""Draws corpus/stats.png for `py2triton-corpus stats --chart`.

    plot_stats.py SUMMARY.json OUT.png

SUMMARY.json is written by the stats subcommand: {"splits": {name: n},
"operation_type"|"difficulty"|"dtype"|"rank": {key: n}, "python_lines":
[...], "triton_lines": [...], optional "failure_reasons": {"passed": n,
reason: n}}. Exits 3 when matplotlib is missing (the caller skips the chart).
"""
import json
import sys


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib is not installed", file=sys.stderr)
        return 3
    with open(sys.argv[1]) as f:
        summary = json.load(f)

    panels = [("Entries per split", summary.get("splits", {})),
              ("Operation type", summary.get("operation_type", {})),
              ("Difficulty", summary.get("difficulty", {})),
              ("Dtype (entries testing it)", summary.get("dtype", {})),
              ("Largest input rank", summary.get("rank", {}))]
    reasons = summary.get("failure_reasons")
    fig, axes = plt.subplots(2, 4 if reasons else 3, figsize=(18 if reasons else 14, 8))
    axes = axes.flatten()
    for ax, (title, counts) in zip(axes, panels):
        keys = list(counts)
        ax.bar(range(len(keys)), [counts[k] for k in keys], color="tab:blue")
        ax.set_xticks(range(len(keys)), keys, rotation=45, ha="right")
        ax.set_title(title)
    ax = axes[len(panels)]
    py, tt = summary.get("python_lines", []), summary.get("triton_lines", [])
    top = max(py + tt + [1])
    bins = range(0, top + 2, max(1, (top + 1) // 40))
    ax.hist(py, bins=bins, alpha=0.6, label="python_code")
    ax.hist(tt, bins=bins, alpha=0.6, label="triton_code")
    ax.set_title("Lines per entry")
    ax.legend()
    if reasons:
        ax = axes[len(panels) + 1]
        keys = sorted(reasons, key=lambda k: -reasons[k])[:12]
        ax.barh(range(len(keys)), [reasons[k] for k in keys],
                color=["tab:green" if k == "passed" else "tab:red" for k in keys])
        ax.set_yticks(range(len(keys)), keys)
        ax.invert_yaxis()
        ax.set_title("Validation outcome")
        for extra in axes[len(panels) + 2:]:
            extra.axis("off")
    fig.tight_layout()
    fig.savefig(sys.argv[2], dpi=80, format="png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
