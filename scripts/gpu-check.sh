#!/usr/bin/env bash
# GPU correctness of generated kernels, in two halves (the GPU machine has no
# LLVM/MLIR, so kernels are translated here and carried there):
#
#   scripts/gpu-check.sh prepare   # here: translate test/Execution/*.py and
#                                  # examples/*.py into gpu-check/ (untracked)
#                                  # and test/Perf/*.py into gpu-check/perf-kernels/,
#                                  # and copies lit (pure Python) into gpu-check/lit/
#   scripts/gpu-check.sh run       # there: py2triton.check every pair on the
#                                  # GPU, in parallel; prints `N passed, N failed`
#   scripts/gpu-check.sh perf      # there: the lit performance suite test/Perf
#                                  # (REQUIRES: cuda) on the pre-translated kernels;
#                                  # fails when a kernel is below its floor
#
# `run` and `perf` use the machine's python3 (torch + triton); `run` writes
# $OUT/gpu-check.json and `perf` $OUT/perf.xml (JUnit) when $OUT is set.
# gpu-check/ is git-ignored: name it in the device tool's `carry` list so that
# it travels with the working tree.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
DIR=gpu-check

case "${1:-}" in
prepare)
  tool=${PY2TRITON:-build/bin/py2triton}
  rm -rf "$DIR" && mkdir -p "$DIR"
  n=0
  for src in test/Execution/*.py examples/*.py; do
    name=$(basename "$src" .py)
    [[ "$src" == examples/* ]] && name="example-$name"
    cp "$src" "$DIR/$name.ref.py"
    if "$tool" "$src" -o "$DIR/$name.kernel.py" 2>"$DIR/$name.err"; then
      rm -f "$DIR/$name.err"
      n=$((n + 1))
    else
      echo "translate failed: $src: $(head -1 "$DIR/$name.err")"
    fi
  done
  echo "prepared $n kernel modules in $DIR/"
  # The perf suite's kernels, with the SHA-256 of each source (a stale kernel
  # is refused), and lit itself: the GPU machine has neither py2triton nor LLVM.
  mkdir -p "$DIR/perf-kernels"
  p=0
  for src in test/Perf/*.py; do
    [[ "$(basename "$src")" == lit.cfg.py ]] && continue
    if "$tool" "$src" -o "$DIR/perf-kernels/$(basename "$src")" 2>"$DIR/perf.err"; then
      p=$((p + 1))
    else
      echo "translate failed: $src: $(head -1 "$DIR/perf.err")"
    fi
  done
  rm -f "$DIR/perf.err"
  python3 - "$DIR/perf-kernels/MANIFEST.json" test/Perf/*.py <<'PY'
import hashlib, json, os, sys
out, srcs = sys.argv[1], sys.argv[2:]
json.dump({"sources": {os.path.basename(s): hashlib.sha256(open(s, "rb").read()).hexdigest()
                       for s in srcs if not s.endswith("lit.cfg.py")}}, open(out, "w"), indent=1)
PY
  lit_src=${LIT_DIR:-/usr/lib/llvm-19/build/utils/lit}
  mkdir -p "$DIR/lit"
  cp "$lit_src/lit.py" "$DIR/lit/" && cp -r "$lit_src/lit" "$DIR/lit/"
  find "$DIR/lit" -name __pycache__ -prune -exec rm -rf {} +
  echo "prepared $p perf kernels in $DIR/perf-kernels/ and lit in $DIR/lit/"
  ;;
perf)
  py=${PYTHON:-python3}
  junit=()
  [[ -n "${OUT:-}" ]] && junit=(--xunit-xml-output "$OUT/perf.xml")
  unset TRITON_INTERPRET
  PY2TRITON_PYTHON="$py" PY2TRITON_PERF_KERNELS="$PWD/$DIR/perf-kernels" \
    PY2TRITON_PERF_OUT="$PWD/$DIR/perf-out" \
    "$py" "$DIR/lit/lit.py" -v -j1 "${junit[@]}" test/Perf
  ;;
run)
  py=${PYTHON:-python3}
  jobs=${JOBS:-8}
  export PYTHONPATH="$PWD/python" TRITON_INTERPRET=0
  log=$(mktemp -d)
  ls "$DIR"/*.kernel.py | xargs -P "$jobs" -I{} bash -c '
    k={}; name=$(basename "$k" .kernel.py); ref="'"$DIR"'/$name.ref.py"
    # A test whose %check lines all name the same --dtypes is checked in those.
    dt=$(grep -o -- "--dtypes [a-z0-9,]*" "$ref" | sort -u)
    [[ $(printf "%s\n" "$dt" | grep -c .) == 1 ]] || dt=
    '"$py"' -m py2triton.check "$ref" "$k" --device cuda $dt \
      --json "'"$log"'/$name.json" > "'"$log"'/$name.txt" 2>&1 || true'
  "$py" - "$log" "${OUT:-}" <<'PY'
import json, os, sys, glob
log, out = sys.argv[1], sys.argv[2]
passed = failed = 0
rows = {}
for f in sorted(glob.glob(os.path.join(log, "*.txt"))):
    name = os.path.basename(f)[:-4]
    last = open(f).read().strip().splitlines()[-1:] or [""]
    text = open(f).read()
    p = f_ = 0
    if last[0].endswith("failed") and "passed" in last[0]:
        parts = last[0].split()
        p, f_ = int(parts[0]), int(parts[2])
    else:
        f_ = 1
    passed += p; failed += f_
    rows[name] = {"passed": p, "failed": f_}
    if f_:
        print(f"--- {name}:")
        print("\n".join(l for l in text.splitlines() if "FAIL" in l or "Error" in l)[:2000])
import torch
summary = {"gpu": torch.cuda.get_device_name(), "torch": torch.__version__,
           "files": rows, "passed": passed, "failed": failed}
if out:
    json.dump(summary, open(os.path.join(out, "gpu-check.json"), "w"), indent=1)
print(f"GPU: {summary['gpu']}  files: {len(rows)}")
print(f"{passed} passed, {failed} failed")
PY
  ;;
*)
  echo "usage: scripts/gpu-check.sh prepare|run|perf" >&2
  exit 2
  ;;
esac
