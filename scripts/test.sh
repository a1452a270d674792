#!/usr/bin/env bash
# THE test command (README and CI): set up, build everything, run all suites.
#
#   scripts/test.sh
#
# Runs scripts/bootstrap.sh, `ninja -C build`, then
#   lit     on build/test          (test/**: FileCheck tests of every stage)
#   ctest   on build               (GoogleTest unit tests)
#   pytest  on python/tests        (Python package, Triton CPU interpreter)
# prints each suite's summary and ends with one line `N passed, N failed`
# summed over the three. Exits non-zero if anything failed, including a suite
# that could not run. Every suite runs even when an earlier one fails.
#
# Environment: PY2TRITON_BUILD_DIR (default build), LIT_OPTS (extra lit args);
# pytest gets PY2TRITON_BIN=<build>/bin/py2triton unless it is already set.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$PY2TRITON_ROOT"

start_all="$(now)"
LOG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/py2triton-test.XXXXXX")"
trap 'rm -rf "$LOG_DIR"' EXIT

total_pass=0
total_fail=0
summary=()

# record NAME PASS FAIL NOTE: add one suite's counts to the totals.
record() {
  total_pass=$((total_pass + $2))
  total_fail=$((total_fail + $3))
  summary+=("$(printf '%-7s %5d passed, %5d failed  %s' "$1" "$2" "$3" "$4")")
}

# run_logged LOG CMD...: run CMD with output both shown and saved in LOG;
# returns CMD's exit status.
run_logged() {
  local log="$1"
  shift
  set +e
  "$@" 2>&1 | tee "$log"
  local rc="${PIPESTATUS[0]}"
  set -e
  return "$rc"
}

# ---------------------------------------------------------------------------
bash "$PY2TRITON_ROOT/scripts/bootstrap.sh" --no-build

step "Build (ninja -C $PY2TRITON_BUILD)"
mapfile -t cmake_args < <(py2triton_cmake_args)
build_ok=1
t="$(now)"
if ! configure_build "$PY2TRITON_BUILD" "${cmake_args[@]}" -DCMAKE_BUILD_TYPE=Release; then
  build_ok=0
  # Leave no stamp behind, so that the next run configures again.
  rm -f "$PY2TRITON_BUILD/.py2triton-configure-args"
  record build 0 1 "CMake configure failed (see above)"
elif ! run_logged "$LOG_DIR/build.log" ninja -C "$PY2TRITON_BUILD" -k 0; then
  build_ok=0
  record build 0 1 "ninja failed (see above); suites run on what was built"
fi
note "build took $(elapsed "$t") s"

PY="$PY2TRITON_VENV/bin/python"

# ---------------------------------------------------------------------------
step "lit ($PY2TRITON_BUILD/test)"
# Count test sources, so that "no tests" is only accepted when there are none.
lit_sources="$(find test -type f \( -name '*.mlir' -o -name '*.py' \) \
  ! -name 'lit.cfg.py' ! -name 'lit.site.cfg.py*' ! -path '*/Inputs/*' | wc -l)"
if [[ ! -f "$PY2TRITON_BUILD/test/lit.site.cfg.py" ]]; then
  record lit 0 1 "no lit.site.cfg.py: configure failed"
else
  lit_rc=0
  # shellcheck disable=SC2086
  run_logged "$LOG_DIR/lit.log" "$PY" "$LIT_PY" -sv ${LIT_OPTS:-} \
    "$PY2TRITON_BUILD/test" || lit_rc=$?
  # lit's summary: "  Passed           : 12" (lit 19 pads the names).
  lit_count() {
    local n
    n="$(grep -E "^ *$1 *: *[0-9]+" "$LOG_DIR/lit.log" | tail -1 | sed -E 's/.*: *([0-9]+).*/\1/')"
    echo "${n:-0}"
  }
  lp=$(($(lit_count Passed) + $(lit_count 'Expectedly Failed')))
  lf=$(($(lit_count Failed) + $(lit_count Unresolved) + $(lit_count 'Timed Out') + \
    $(lit_count 'Unexpectedly Passed')))
  lu=$(($(lit_count Unsupported) + $(lit_count Skipped)))
  if grep -q 'did not discover any tests' "$LOG_DIR/lit.log"; then
    if ((lit_sources == 0)); then
      record lit 0 0 "no tests under test/ yet"
    else
      record lit 0 1 "lit found none of the $lit_sources test files"
    fi
  elif ((lit_rc != 0 && lf == 0)); then
    record lit "$lp" 1 "lit exited $lit_rc without a failure count"
  else
    record lit "$lp" "$lf" "($lu unsupported/skipped)"
  fi
fi

# ---------------------------------------------------------------------------
step "ctest (GoogleTest)"
# ctest only finds tests below the directory that called enable_testing();
# fall back to the unit-test directory if the top level did not.
ctest_dir="$PY2TRITON_BUILD"
if [[ ! -f "$ctest_dir/CTestTestfile.cmake" && -f "$PY2TRITON_BUILD/unittests/CTestTestfile.cmake" ]]; then
  note "no CTestTestfile.cmake at the top of the build: using $PY2TRITON_BUILD/unittests"
  ctest_dir="$PY2TRITON_BUILD/unittests"
fi
ctest_rc=0
run_logged "$LOG_DIR/ctest.log" ctest --test-dir "$ctest_dir" --output-on-failure \
  -j "$(nproc)" || ctest_rc=$?
# "100% tests passed, 0 tests failed out of 12"
if line="$(grep -E '[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$LOG_DIR/ctest.log")"; then
  cf="$(sed -E 's/.* ([0-9]+) tests? failed out of.*/\1/' <<<"$line")"
  ct="$(sed -E 's/.*out of ([0-9]+).*/\1/' <<<"$line")"
  record ctest $((ct - cf)) "$cf" ""
elif grep -q 'No tests were found' "$LOG_DIR/ctest.log"; then
  if ls unittests/*.cpp >/dev/null 2>&1; then
    record ctest 0 1 "no tests found, but unittests/ has sources"
  else
    record ctest 0 0 "no unit tests yet"
  fi
else
  record ctest 0 1 "ctest exited $ctest_rc without a summary"
fi

# ---------------------------------------------------------------------------
step "pytest (python/tests)"
py_rc=0
# Python tests that run the compiler use the binary just built.
export PY2TRITON_BIN="${PY2TRITON_BIN:-$PY2TRITON_BUILD/bin/py2triton}"
TRITON_INTERPRET=1 run_logged "$LOG_DIR/pytest.log" "$PY" -m pytest python/tests \
  -q -p no:cacheprovider || py_rc=$?
# Last line: "3 passed, 1 failed, 2 skipped in 1.23s" (any subset, any order).
py_line="$(grep -E '^=*\s*[0-9]+ (passed|failed|error|errors|skipped|deselected|xfailed|xpassed|warnings?)' \
  "$LOG_DIR/pytest.log" | tail -1 || true)"
py_num() {
  local n
  n="$(grep -oE "[0-9]+ $1" <<<"$py_line" | head -1 | cut -d' ' -f1)"
  echo "${n:-0}"
}
pp=$(($(py_num passed) + $(py_num xfailed)))
pf=$(($(py_num failed) + $(py_num 'errors?') + $(py_num xpassed)))
if ((py_rc == 5)); then
  if find python/tests -name 'test_*.py' -o -name '*_test.py' | grep -q .; then
    record pytest 0 1 "no tests collected, but python/tests has test files"
  else
    record pytest 0 0 "no tests yet"
  fi
elif ((py_rc != 0 && pf == 0)); then
  record pytest "$pp" 1 "pytest exited $py_rc"
else
  record pytest "$pp" "$pf" "($(py_num skipped) skipped)"
fi

# ---------------------------------------------------------------------------
step "Summary ($(elapsed "$start_all") s)"
printf '    %s\n' "${summary[@]}"
echo "$total_pass passed, $total_fail failed"
((total_fail == 0 && build_ok == 1))
