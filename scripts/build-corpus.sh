#!/usr/bin/env bash
# Build the whole training corpus from scratch with one command.
#
#   scripts/build-corpus.sh
#
# Environment: N (entries to generate, 22000), SEED (0), JOBS (cores),
# SHARD (entries per pytest process, 16), TIMEOUT (seconds per pytest
# process, 600), CURATED (curated entries, corpus/curated.jsonl if present),
# GPU=1 (run the kernels on the GPU instead of TRITON_INTERPRET=1),
# FRESH=1 (delete corpus/data first), BUILD=0 (skip scripts/bootstrap.sh and
# use the existing build).
#
# Steps: bootstrap/build, generate, validate, split, stats, sample, manifest.
# Full data goes to corpus/data/ (gitignored); corpus/STATS.md,
# corpus/stats.png, corpus/sample.jsonl (<= 500 entries) and
# corpus/manifest.json are small and tracked. Rerunning resumes: generation
# is skipped when corpus/data/generated.jsonl was made with the same N and
# SEED, and validate skips the entries already in corpus/data/results.jsonl.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$PY2TRITON_ROOT"

case "${1:-}" in
  -h | --help)
    sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
  "") ;;
  *) die "unknown argument: $1 (see --help)" ;;
esac

N="${N:-22000}"
SEED="${SEED:-0}"
JOBS="${JOBS:-$(nproc)}"
SHARD="${SHARD:-16}"
TIMEOUT="${TIMEOUT:-600}"
CURATED="${CURATED:-corpus/curated.jsonl}"
DATA=corpus/data
TOOL="$PY2TRITON_BUILD/bin/py2triton-corpus"
PY="$PY2TRITON_VENV/bin/python"
start_all="$(now)"

step "[1/7] Bootstrap and build"
if [[ "${BUILD:-1}" == 0 ]]; then
  note "BUILD=0: using $TOOL as it is"
else
  scripts/bootstrap.sh
fi
[[ -x "$TOOL" ]] || die "$TOOL was not built"

if [[ "${FRESH:-0}" == 1 ]]; then
  note "FRESH=1: removing $DATA"
  rm -rf "$DATA"
fi
mkdir -p "$DATA"

step "[2/7] Generate $N entries (seed $SEED)"
stamp="$DATA/generated.stamp"
want="count=$N seed=$SEED"
if [[ -f "$DATA/generated.jsonl" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
  note "$DATA/generated.jsonl already made with $want"
else
  rm -f "$stamp" "$DATA/results.jsonl"
  t="$(now)"
  "$TOOL" generate --count "$N" --seed "$SEED" --out "$DATA/generated.jsonl" \
    --jobs "$JOBS" --rejects "$DATA/rejects.json"
  printf '%s\n' "$want" >"$stamp"
  note "generate took $(elapsed "$t") s"
fi

step "[3/7] Validate (pytest, shards of $SHARD, $JOBS jobs)"
cat "$DATA/generated.jsonl" >"$DATA/all.jsonl"
if [[ -f "$CURATED" ]]; then
  note "with the curated entries of $CURATED"
  cat "$CURATED" >>"$DATA/all.jsonl"
else
  note "no curated set at $CURATED"
fi
gpu=()
[[ "${GPU:-0}" == 1 ]] && gpu=(--gpu)
t="$(now)"
"$TOOL" validate "$DATA/all.jsonl" --out "$DATA/valid.jsonl" \
  --results "$DATA/results.jsonl" --jobs "$JOBS" --shard-size "$SHARD" \
  --timeout "$TIMEOUT" --python "$PY" "${gpu[@]}"
note "validate took $(elapsed "$t") s"

step "[4/7] Deduplicate and split"
# Curated entries (metadata.source == "curated") form their own split.
"$TOOL" split "$DATA/valid.jsonl" --out-dir "$DATA/splits" --seed "$SEED"

step "[5/7] Statistics"
"$TOOL" stats "$DATA/splits" --out corpus/STATS.md --chart corpus/stats.png \
  --results "$DATA/results.jsonl" --python "$PY"

step "[6/7] Sample (<= 500 entries, evenly spaced over every split)"
cat "$DATA"/splits/{train,validation,test,curated}.jsonl >"$DATA/sample-pool.jsonl"
total="$(wc -l <"$DATA/sample-pool.jsonl")"
stride=$(((total + 499) / 500))
((stride >= 1)) || stride=1
awk -v s="$stride" '(NR - 1) % s == 0' "$DATA/sample-pool.jsonl" | head -n 500 \
  >corpus/sample.jsonl.tmp
mv corpus/sample.jsonl.tmp corpus/sample.jsonl
rm -f "$DATA/sample-pool.jsonl"
note "corpus/sample.jsonl: $(wc -l <corpus/sample.jsonl) of $total entries"

step "[7/7] Manifest"
# split's manifest (counts, per-file sha256, seed, dedup counts), plus the
# sample's hash, in the tracked corpus/manifest.json.
"$PY" - "$DATA/splits/manifest.json" corpus/sample.jsonl corpus/manifest.json <<'PYEOF'
import hashlib, json, sys
manifest = json.load(open(sys.argv[1]))
data = open(sys.argv[2], "rb").read()
manifest["sample"] = {"file": "sample.jsonl", "entries": data.count(b"\n"),
                      "sha256": hashlib.sha256(data).hexdigest()}
with open(sys.argv[3] + ".tmp", "w") as f:
    json.dump(manifest, f, indent=2)
    f.write("\n")
import os
os.replace(sys.argv[3] + ".tmp", sys.argv[3])
PYEOF
note "corpus/manifest.json"

step "Corpus built in $(elapsed "$start_all") s"
note "data:  $DATA/splits/{train,validation,test,curated}.jsonl"
note "stats: corpus/STATS.md, corpus/stats.png"
