#!/usr/bin/env bash
# Fuzz the front end (lexer + parser) with libFuzzer, ASan and UBSan.
#
#   scripts/fuzz.sh [SECONDS]        (default 60)
#
# Configures build-fuzz (PY2TRITON_FUZZ_BUILD_DIR overrides) with clang-19 and
# -DPY2TRITON_ENABLE_FUZZER=ON, builds py2triton-fuzz, seeds a corpus
# (fuzz-corpus/, kept between runs) from test/**/*.py and examples/*.py, and
# runs the fuzzer for SECONDS. Crash inputs are written to build-fuzz/crashes/.
# Exits non-zero when the fuzzer finds a crash, leak, timeout or sanitizer
# report.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$PY2TRITON_ROOT"

seconds="${1:-60}"
[[ "$seconds" =~ ^[0-9]+$ ]] || die "usage: scripts/fuzz.sh [SECONDS]"
FUZZ_BUILD="${PY2TRITON_FUZZ_BUILD_DIR:-$PY2TRITON_ROOT/build-fuzz}"
CORPUS="$PY2TRITON_ROOT/fuzz-corpus"
CRASHES="$FUZZ_BUILD/crashes"

bash scripts/bootstrap.sh --no-build

step "Configure ($FUZZ_BUILD)"
mapfile -t cmake_args < <(py2triton_cmake_args)
configure_build "$FUZZ_BUILD" "${cmake_args[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DPY2TRITON_ENABLE_FUZZER=ON

step "Build py2triton-fuzz"
ninja -C "$FUZZ_BUILD" py2triton-fuzz
FUZZER="$FUZZ_BUILD/bin/py2triton-fuzz"
[[ -x "$FUZZER" ]] || die "$FUZZER was not built"

step "Seed corpus ($CORPUS)"
mkdir -p "$CORPUS" "$CRASHES"
seeded=0
while IFS= read -r -d '' f; do
  # Name seeds by content, so reseeding never duplicates.
  cp -f "$f" "$CORPUS/seed-$(sha1sum "$f" | cut -c1-16).py"
  seeded=$((seeded + 1))
done < <(find test examples -type f -name '*.py' ! -name 'lit.cfg.py' \
  ! -name 'lit.site.cfg.py*' -print0 2>/dev/null)
if ((seeded == 0)); then
  # Nothing to seed from yet: one small valid program.
  printf 'import torch\n\ndef f(x: torch.Tensor):\n    return torch.relu(x) * 2.0\n' \
    >"$CORPUS/seed-minimal.py"
  seeded=1
fi
note "$seeded seed files; corpus holds $(find "$CORPUS" -type f | wc -l) inputs"

step "Fuzz for $seconds s"
export ASAN_OPTIONS="detect_leaks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export ASAN_SYMBOLIZER_PATH="$LLVM_PREFIX/bin/llvm-symbolizer"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
set +e
"$FUZZER" "$CORPUS" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
  -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$CRASHES/" \
  2>&1 | tee "$log" | grep -vE '^#[0-9]+[[:space:]]+(NEW|REDUCE|pulse)|# Uses: [0-9]+$|recommended dictionary'
rc="${PIPESTATUS[0]}"
set -e

step "Fuzz summary"
execs="$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}')"
rate="$(grep -E '^stat::average_exec_per_sec' "$log" | awk '{print $2}')"
cov="$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | awk '{print $2}')"
artifacts="$(grep -oE "Test unit written to [^ ]+" "$log" | awk '{print $5}' || true)"
ncrash=0
[[ -n "$artifacts" ]] && ncrash="$(wc -l <<<"$artifacts")"
note "executions:   ${execs:-?} (${rate:-?}/s)"
note "coverage:     ${cov:-?} edges"
note "corpus:       $(find "$CORPUS" -type f | wc -l) inputs"
note "crashes:      $ncrash"
if [[ -n "$artifacts" ]]; then
  while read -r a; do note "  reproduce: $FUZZER $a"; done <<<"$artifacts"
fi
if ((rc != 0 || ncrash != 0)); then
  echo "fuzz: FAILED (fuzzer exit $rc)"
  exit 1
fi
echo "fuzz: no crashes in $seconds s"
