#!/usr/bin/env bash
# Build with AddressSanitizer + UBSan and run the lit suite and ctest under them.
#
#   scripts/sanitize.sh
#
# Uses its own build directory, build-asan (PY2TRITON_ASAN_BUILD_DIR
# overrides), configured with clang-19 and -DPY2TRITON_ENABLE_SANITIZERS=ON.
# Only py2triton's own code is instrumented; Debian's MLIR/LLVM libraries are
# not (ASan still sees every allocation). Leaks are reported
# (ASAN_OPTIONS=detect_leaks=1) and any UBSan report stops the process.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$PY2TRITON_ROOT"

start_all="$(now)"
ASAN_BUILD="${PY2TRITON_ASAN_BUILD_DIR:-$PY2TRITON_ROOT/build-asan}"

bash scripts/bootstrap.sh --no-build

step "Configure ($ASAN_BUILD)"
mapfile -t cmake_args < <(py2triton_cmake_args)
configure_build "$ASAN_BUILD" "${cmake_args[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DPY2TRITON_ENABLE_SANITIZERS=ON

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-}"
# Symbolized stacks.
export ASAN_SYMBOLIZER_PATH="$LLVM_PREFIX/bin/llvm-symbolizer"
note "ASAN_OPTIONS=$ASAN_OPTIONS"
note "UBSAN_OPTIONS=$UBSAN_OPTIONS"

# The build itself runs instrumented code (gtest_discover_tests runs the unit
# test binary), so the options above are already in force here.
step "Build (ninja -C $ASAN_BUILD)"
t="$(now)"
ninja -C "$ASAN_BUILD"
note "build took $(elapsed "$t") s"

# Every suite runs; the exit status says whether any failed.
status=0
results=()

step "lit under ASan/UBSan"
lit_log="$(mktemp)"
set +e
"$PY2TRITON_VENV/bin/python" "$LIT_PY" -sv "$ASAN_BUILD/test" 2>&1 | tee "$lit_log"
lit_rc="${PIPESTATUS[0]}"
set -e
if grep -q 'did not discover any tests' "$lit_log"; then
  results+=("lit:   no tests")
else
  results+=("lit:   $(grep -E '^ *(Passed|Failed|Unresolved|Unsupported|Expectedly Failed|Unexpectedly Passed|Timed Out) *:' "$lit_log" |
    sed -E 's/^ *//; s/ *: */ /; s/ \(.*//' | paste -sd, - | sed 's/,/, /g') (exit $lit_rc)")
  ((lit_rc == 0)) || status=1
fi
if grep -qE 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$lit_log"; then
  results+=("       sanitizer reports in lit: $(grep -cE 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$lit_log")")
  # Name the tests whose output holds a report (first 10).
  while IFS= read -r l; do results+=("         $l"); done < <(awk '
    /^\*+ TEST .* FAILED \*+$/ { t = $0; sub(/^\*+ TEST \047/, "", t); sub(/\047 FAILED.*/, "", t) }
    /ERROR: (Address|Leak)Sanitizer|runtime error:/ { if (t != "" && !seen[t]++) print t }
    ' "$lit_log" | head -10)
  status=1
fi
rm -f "$lit_log"

step "ctest under ASan/UBSan"
ctest_dir="$ASAN_BUILD"
[[ -f "$ctest_dir/CTestTestfile.cmake" ]] || ctest_dir="$ASAN_BUILD/unittests"
# Wall-clock assertions mean nothing at ASan speed: leave out timing tests
# (override with PY2TRITON_SANITIZE_CTEST_EXCLUDE; empty runs everything).
exclude="${PY2TRITON_SANITIZE_CTEST_EXCLUDE-Quickly|Speed|Perf|Benchmark}"
exclude_args=()
[[ -n "$exclude" ]] && exclude_args=(-E "$exclude") && note "excluding timing tests: -E '$exclude'"
set +e
ctest_out="$(ctest --test-dir "$ctest_dir" --output-on-failure -j "$(nproc)" "${exclude_args[@]}" 2>&1)"
ctest_rc=$?
set -e
printf '%s\n' "$ctest_out"
results+=("ctest: $(grep -E 'tests passed|No tests were found' <<<"$ctest_out" || echo "no summary") (exit $ctest_rc)")
((ctest_rc == 0)) || status=1

step "Sanitizer summary ($(elapsed "$start_all") s)"
printf '    %s\n' "${results[@]}"
if ((status == 0)); then
  echo "sanitizers: clean"
else
  echo "sanitizers: FAILED"
fi
exit "$status"
