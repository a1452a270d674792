#!/usr/bin/env bash
# The main job, end to end: set up, build, translate an example into a Triton
# kernel module, run it against the original on random inputs, print the
# verification result.
#
#   scripts/demo.sh [EXAMPLE.py]
#
# Defaults to examples/softmax.py. The kernel module is written to
# build/demo/<name>_kernel.py. On a machine with a CUDA GPU the kernels run on
# it; otherwise under Triton's CPU interpreter (TRITON_INTERPRET=1).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$PY2TRITON_ROOT"

example="${1:-examples/softmax.py}"

bash scripts/bootstrap.sh

tool="$PY2TRITON_BUILD/bin/py2triton"
[[ -x "$tool" ]] || die "$tool was not built"
[[ -f "$example" ]] || die "no such example: $example"

name="$(basename "$example" .py)"
out="$PY2TRITON_BUILD/demo/${name}_kernel.py"
mkdir -p "$(dirname "$out")"

step "Source: $example"
cat "$example"

step "py2triton $example -o $out"
"$tool" "$example" -o "$out"
echo "wrote $out ($(wc -l < "$out") lines); its kernels and wrapper:"
# The generated module minus the shared helpers and the embedded source.
sed -n '/^@triton.jit$/,$p' "$out" | grep -v '^_SOURCE = '

step "Verify: $out against $example (random inputs, fp32/fp16/bf16, 3 seeds)"
python="$PY2TRITON_ROOT/.venv/bin/python"
if ! "$python" -c 'import torch, sys; sys.exit(0 if torch.cuda.is_available() else 1)' 2>/dev/null; then
  export TRITON_INTERPRET=1
  echo "(no CUDA device: running the kernels under Triton's CPU interpreter)"
fi
PYTHONPATH="$PY2TRITON_ROOT/python" "$python" -m py2triton.check "$example" "$out"
