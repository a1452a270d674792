#!/usr/bin/env python3
"""Helpers for the test/Corpus lit tests.

  corpus_check.py ids FILE.jsonl        the ids, one per line
  corpus_check.py results FILE.jsonl    "id passed reason" per record, sorted
  corpus_check.py split DIR             split invariants (see below)
"""
import json
import os
import sys


def records(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def split(root):
    names = ["train", "validation", "test", "curated"]
    where = {}  # metadata.structure -> set of splits
    group = set()  # splits holding the derived-structure group-* entries
    ids = []
    for name in names:
        entries = records(os.path.join(root, name + ".jsonl"))
        print(f"{name}: {len(entries)}")
        for e in entries:
            ids.append(e["id"])
            structure = e["metadata"].get("structure")
            if structure is not None:
                where.setdefault(structure, set()).add(name)
            if e["id"].startswith("group-"):
                group.add(name)
    shared = sorted(s for s, splits in where.items() if len(splits) > 1)
    print(f"structures: {len(where)}, in more than one split: {len(shared)} {shared}")
    print(f"group-* entries: {sum(i.startswith('group-') for i in ids)} in {len(group)} split(s)")
    print(f"ids unique: {len(ids) == len(set(ids))}")


def main():
    cmd, path = sys.argv[1], sys.argv[2]
    if cmd == "ids":
        for e in records(path):
            print(e["id"])
    elif cmd == "results":
        for r in sorted(records(path), key=lambda r: r["id"]):
            print(r["id"], r["passed"], r.get("reason", "-"))
    elif cmd == "split":
        split(path)
    else:
        sys.exit(f"unknown command {cmd}")


if __name__ == "__main__":
    main()
