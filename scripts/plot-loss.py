#!/usr/bin/env python3
"""Plots the training and validation loss of a py2triton-train run.

    scripts/plot-loss.py RUN/log.jsonl OUT.png [--title TEXT] [--log-y]

Train records are {"step", "loss", ...} and validation records
{"step", "val_loss", ...}; records with an "event" key (start, resume, end)
are skipped. A resumed run appends to the same log: a step logged twice
keeps its last value. Exits 1 with a message when the log cannot be read or
holds no loss.
"""
import argparse
import json
import os
import sys


def read_log(path):
    train, val = {}, {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{number}: not JSON ({e})") from e
            if not isinstance(record, dict) or "event" in record:
                continue
            step = record.get("step")
            if step is None:
                continue
            if record.get("loss") is not None:
                train[step] = record["loss"]
            if record.get("val_loss") is not None:
                val[step] = record["val_loss"]
    return sorted(train.items()), sorted(val.items())


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("log", help="log.jsonl written by py2triton-train")
    parser.add_argument("out", help="PNG to write")
    parser.add_argument("--title", default=None)
    parser.add_argument("--log-y", action="store_true",
                        help="logarithmic loss axis")
    args = parser.parse_args(argv)

    try:
        train, val = read_log(args.log)
    except (OSError, ValueError) as e:
        print(f"plot-loss: error: {e}", file=sys.stderr)
        return 1
    if not train and not val:
        print(f"plot-loss: error: {args.log} holds no loss record",
              file=sys.stderr)
        return 1

    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 4.5), dpi=120)
    if train:
        ax.plot([s for s, _ in train], [v for _, v in train],
                label="train loss", linewidth=1.2)
    if val:
        ax.plot([s for s, _ in val], [v for _, v in val], "o-",
                label="validation loss", linewidth=1.5, markersize=4)
    ax.set_xlabel("step")
    ax.set_ylabel("loss (nats per answer token)")
    if args.log_y:
        ax.set_yscale("log")
    ax.grid(True, alpha=0.3)
    ax.legend()
    ax.set_title(args.title or os.path.dirname(os.path.abspath(args.log)))
    fig.tight_layout()
    # Temporary name, then rename: no partial PNG on failure.
    tmp = args.out + ".tmp.png"
    try:
        fig.savefig(tmp)
        os.replace(tmp, args.out)
    except OSError as e:
        print(f"plot-loss: error: cannot write {args.out}: {e}",
              file=sys.stderr)
        if os.path.exists(tmp):
            os.remove(tmp)
        return 1
    print(f"plot-loss: {len(train)} train and {len(val)} validation points "
          f"-> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
