#!/usr/bin/env bash
# Schedule search on a GPU, in two halves (the GPU machine has no LLVM/MLIR,
# so every schedule variant is translated here and carried there):
#
#   scripts/gpu-search.sh prepare [SRC...]   # here: python -m py2triton.search
#                                            # prepare, one directory per source,
#                                            # into gpu-search/ (untracked)
#   scripts/gpu-search.sh run                # there: python -m py2triton.search run
#                                            # on each directory: verify every
#                                            # candidate, time the correct ones,
#                                            # keep the fastest
#
# Default sources: the examples and the bench/suite functions the H200 run
# found furthest from the roofline or from torch.compile (col_sum,
# cross_entropy, softmax_32k, bmm_fp16, linear_bias_relu, kb_linear_swish).
# `run` uses the machine's python3 (torch + triton); with $OUT set it writes
# $OUT/search-NAME.json (the log) and $OUT/search-NAME.py (the chosen kernel),
# else gpu-search/NAME/search.json and chosen.py. Options after `run` go to
# every `py2triton.search run` (e.g. --no-compile, --iters 50).
# gpu-search/ is git-ignored: name it in the device tool's `carry` list.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
DIR=gpu-search

case "${1:-}" in
prepare)
  shift
  tool=${PY2TRITON:-build/bin/py2triton}
  py=${PYTHON:-.venv/bin/python}
  srcs=("$@")
  if [[ ${#srcs[@]} -eq 0 ]]; then
    srcs=(examples/*.py)
    for n in col_sum cross_entropy softmax_32k bmm_fp16 linear_bias_relu kb_linear_swish; do
      srcs+=("bench/suite/$n.py")
    done
  fi
  rm -rf "$DIR" && mkdir -p "$DIR"
  for src in "${srcs[@]}"; do
    name=$(basename "$src" .py)
    [[ "$src" == examples/* ]] && name="example-$name"
    PYTHONPATH=python "$py" -m py2triton.search prepare "$src" --out "$DIR/$name" \
      --compiler "$tool" --no-progress | sed "s/^/[$name] /" || echo "[$name] prepare failed"
  done
  ;;
run)
  shift
  py=${PYTHON:-python3}
  export PYTHONPATH="$PWD/python"
  unset TRITON_INTERPRET
  status=0
  for d in "$DIR"/*/; do
    name=$(basename "$d")
    [[ -f "$d/manifest.json" ]] || continue
    echo "=== $name"
    if [[ -n "${OUT:-}" ]]; then
      log="$OUT/search-$name.json" out="$OUT/search-$name.py"
    else
      log="$d/search.json" out="$d/chosen.py"
    fi
    "$py" -m py2triton.search run "$d" --log "$log" -o "$out" "$@" || status=1
  done
  exit $status
  ;;
*)
  echo "usage: scripts/gpu-search.sh prepare [SRC...] | run [OPTIONS]" >&2
  exit 2
  ;;
esac
