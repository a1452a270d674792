# Shared helpers for scripts/*.sh. Source it; don't run it.
# shellcheck shell=bash
# shellcheck disable=SC2034  # the variables are used by the scripts that source this

# Repository root, whatever the caller's cwd.
PY2TRITON_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# The main build directory. Override with PY2TRITON_BUILD_DIR (relative to the
# repository root or absolute), e.g. to keep a second build beside `build`.
PY2TRITON_BUILD="${PY2TRITON_BUILD_DIR:-build}"
case "$PY2TRITON_BUILD" in
  /*) ;;
  *) PY2TRITON_BUILD="$PY2TRITON_ROOT/$PY2TRITON_BUILD" ;;
esac
PY2TRITON_VENV="$PY2TRITON_ROOT/.venv"
LLVM_PREFIX=/usr/lib/llvm-19
LIT_PY="$LLVM_PREFIX/build/utils/lit/lit.py"

# step "message": a visible header for each stage.
step() {
  printf '\n==> %s\n' "$*"
}

note() {
  printf '    %s\n' "$*"
}

die() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}

# Seconds since the epoch with fractions (for timings in messages).
now() {
  date +%s.%N
}

# elapsed START: seconds since START, one decimal.
elapsed() {
  awk -v s="$1" -v e="$(now)" 'BEGIN { printf "%.1f", e - s }'
}

# Common CMake arguments for every build directory (clang-19 + lld + Ninja).
py2triton_cmake_args() {
  printf '%s\n' \
    -G Ninja \
    -DMLIR_DIR="$LLVM_PREFIX/lib/cmake/mlir" \
    -DLLVM_USE_LINKER=lld \
    -DCMAKE_C_COMPILER=clang-19 \
    -DCMAKE_CXX_COMPILER=clang++-19 \
    -DPython3_EXECUTABLE="$PY2TRITON_VENV/bin/python"
}

# configure_build DIR ARGS...: run CMake into DIR unless it was already
# configured with exactly these arguments (a stamp in DIR records them).
# Ninja re-runs CMake by itself when a CMakeLists.txt changes.
configure_build() {
  local dir="$1"
  shift
  local stamp="$dir/.py2triton-configure-args"
  local want
  want="$(printf '%s\n' "$@")"
  if [[ -f "$dir/build.ninja" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    note "$dir already configured with these options"
    return 0
  fi
  # Explicit: callers use this in `if`, where set -e does not apply.
  cmake -S "$PY2TRITON_ROOT" -B "$dir" "$@" || return 1
  printf '%s\n' "$want" >"$stamp"
}
