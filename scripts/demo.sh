#!/usr/bin/env bash
# The main job, end to end: set up, build, translate an example.
#
#   scripts/demo.sh [EXAMPLE.py] [py2triton options...]
#
# Defaults to `py2triton examples/softmax.py --emit=mlir`: for now the product
# stops at the py dialect (torch-level IR); later stages will emit Triton and
# verify it against PyTorch.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$PY2TRITON_ROOT"

example="${1:-examples/softmax.py}"
shift || true
opts=("$@")
((${#opts[@]})) || opts=(--emit=mlir)

bash scripts/bootstrap.sh

tool="$PY2TRITON_BUILD/bin/py2triton"
[[ -x "$tool" ]] || die "$tool was not built"
[[ -f "$example" ]] || die "no such example: $example"

step "Source: $example"
cat "$example"

step "py2triton $example ${opts[*]}"
"$tool" "$example" "${opts[@]}"
