#!/usr/bin/env bash
# Set up everything py2triton needs on Debian 12 and build it.
#
#   scripts/bootstrap.sh [--no-build]
#
# 1. Debian packages (LLVM/MLIR 19, clang-19, lld, ninja, ccache, GoogleTest,
#    python3-venv): apt-get runs only when one is missing; sudo only if not root.
# 2. A virtual environment in .venv with the pinned packages of
#    python/requirements.txt (torch CPU, triton, numpy<2.4, pytest, lit,
#    matplotlib); a stamp skips pip when nothing changed.
# 3. CMake (Ninja, Release, clang-19, lld) into build/ (PY2TRITON_BUILD_DIR
#    overrides) and a build with ninja. --no-build stops after step 2.
#
# Idempotent: a second run checks, prints and exits in a few seconds.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$PY2TRITON_ROOT"

do_build=1
for arg in "$@"; do
  case "$arg" in
    --no-build) do_build=0 ;;
    -h | --help)
      sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *) die "unknown argument: $arg" ;;
  esac
done

start_all="$(now)"

# ---------------------------------------------------------------------------
step "[1/4] System packages"
APT_PACKAGES=(
  llvm-19-dev libmlir-19-dev mlir-19-tools llvm-19-tools ninja-build lld-19
  ccache clang-19 libclang-rt-19-dev libgtest-dev cmake python3-venv
  libsentencepiece-dev pkg-config
)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if ((${#missing[@]} == 0)); then
  note "all ${#APT_PACKAGES[@]} packages installed"
else
  note "installing: ${missing[*]}"
  SUDO=()
  if [[ "$(id -u)" != 0 ]]; then
    command -v sudo >/dev/null || die "not root and no sudo: install ${missing[*]} by hand"
    SUDO=(sudo)
  fi
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
[[ -f "$LIT_PY" ]] || die "lit.py not found at $LIT_PY (package llvm-19-tools)"
[[ -x "$LLVM_PREFIX/bin/FileCheck" ]] || die "FileCheck not found in $LLVM_PREFIX/bin"

# ---------------------------------------------------------------------------
step "[2/4] Python environment (.venv)"
REQ="$PY2TRITON_ROOT/python/requirements.txt"
STAMP="$PY2TRITON_VENV/.py2triton-requirements"
PYTHON="${PYTHON:-python3}"
if [[ ! -x "$PY2TRITON_VENV/bin/python" ]]; then
  note "creating .venv with $("$PYTHON" --version 2>&1)"
  "$PYTHON" -m venv "$PY2TRITON_VENV"
fi
want_stamp="$(sha256sum "$REQ" | cut -d' ' -f1) $("$PY2TRITON_VENV/bin/python" --version 2>&1)"
if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$want_stamp" ]]; then
  note "requirements unchanged since last install (stamp $STAMP)"
else
  pip_extra=()
  # Where pip is configured with local wheels or a mirror, use them; otherwise
  # add PyTorch's CPU index so torch comes without the CUDA libraries.
  # (Capture first: `pip ... | grep -q` fails under pipefail when grep exits early.)
  pip_config="$("$PY2TRITON_VENV/bin/python" -m pip config list 2>/dev/null || true)"
  if ! grep -qE '(find-links|index-url)=' <<<"$pip_config"; then
    pip_extra=(--extra-index-url https://download.pytorch.org/whl/cpu)
  fi
  t="$(now)"
  "$PY2TRITON_VENV/bin/python" -m pip install -q --disable-pip-version-check \
    "${pip_extra[@]}" -r "$REQ"
  "$PY2TRITON_VENV/bin/python" - <<'EOF'
import numpy, torch, triton
assert torch.__version__.startswith("2.13.0"), torch.__version__
assert triton.__version__ == "3.6.0", triton.__version__
major, minor = (int(p) for p in numpy.__version__.split(".")[:2])
assert (major, minor) < (2, 4), numpy.__version__
if torch.version.cuda is not None:
    print(f"    note: torch {torch.__version__} is a CUDA build; the CPU build is expected")
EOF
  printf '%s\n' "$want_stamp" >"$STAMP"
  note "pip install took $(elapsed "$t") s"
fi
"$PY2TRITON_VENV/bin/python" - <<'EOF'
import importlib.metadata as md
print("    " + ", ".join(f"{p} {md.version(p)}" for p in ("torch", "triton", "numpy", "pytest", "lit")))
EOF

if ((do_build == 0)); then
  step "Done (no build) in $(elapsed "$start_all") s"
  exit 0
fi

# ---------------------------------------------------------------------------
step "[3/4] Configure ($PY2TRITON_BUILD)"
mapfile -t cmake_args < <(py2triton_cmake_args)
configure_build "$PY2TRITON_BUILD" "${cmake_args[@]}" -DCMAKE_BUILD_TYPE=Release

# ---------------------------------------------------------------------------
step "[4/4] Build (ninja -C $PY2TRITON_BUILD)"
t="$(now)"
ninja -C "$PY2TRITON_BUILD"
note "build took $(elapsed "$t") s"

step "Bootstrap done in $(elapsed "$start_all") s"
