#!/usr/bin/env bash
# Translates every benchmark source bench/suite/NAME.py with py2triton into
# bench/generated/NAME.py (the GPU machine cannot run py2triton, so the
# kernels are generated here and carried there with the working tree).
#
#   bench/prepare_gpu_bench.sh            # uses build/bin/py2triton
#   PY2TRITON=path/to/py2triton bench/prepare_gpu_bench.sh
#
# Stale generated files are removed first. bench/generated/MANIFEST.txt
# records the compiler commit and, per source, "ok" or "FAILED" with the
# compiler's first error line; bench/kernels_bench.py reads it to report
# untranslated functions. Exit status: 0 even when some sources fail to
# translate (that is a result, not an error); 1 if the tool is missing.
set -u
cd "$(dirname "$0")/.."

TOOL=${PY2TRITON:-build/bin/py2triton}
SUITE=bench/suite
GEN=bench/generated

if [ ! -x "$TOOL" ]; then
    echo "error: $TOOL not found or not executable (build py2triton first)" >&2
    exit 1
fi

mkdir -p "$GEN"
rm -f "$GEN"/*.py "$GEN"/MANIFEST.txt

commit=$(git rev-parse HEAD 2>/dev/null || echo unknown)
dirty=$(git status --porcelain -- lib include tools 2>/dev/null | head -1)
manifest="$GEN/MANIFEST.txt"
{
    echo "# py2triton translations of bench/suite, made by bench/prepare_gpu_bench.sh"
    echo "# compiler commit: $commit${dirty:+ (compiler sources modified)}"
    echo "# date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "# NAME<TAB>ok|FAILED<TAB>first error line"
} > "$manifest"

ok=0
failed=()
errfile=$(mktemp)
trap 'rm -f "$errfile"' EXIT
for src in "$SUITE"/*.py; do
    name=$(basename "$src" .py)
    if "$TOOL" "$src" -o "$GEN/$name.py" 2>"$errfile"; then
        printf '%s\tok\t\n' "$name" >> "$manifest"
        ok=$((ok + 1))
    else
        # The first line mentioning "error:" (or the first line at all).
        msg=$(grep -m1 'error:' "$errfile" || head -n1 "$errfile")
        msg=$(printf '%s' "$msg" | tr '\t' ' ' | cut -c1-300)
        printf '%s\tFAILED\t%s\n' "$name" "$msg" >> "$manifest"
        failed+=("$name: $msg")
        rm -f "$GEN/$name.py"
    fi
done

total=$((ok + ${#failed[@]}))
echo "translated $ok of $total suite sources into $GEN/"
if [ ${#failed[@]} -gt 0 ]; then
    echo "failed to translate (${#failed[@]}):"
    for f in "${failed[@]}"; do
        echo "  $f"
    done
fi
cat <<EOF

On the GPU machine (its python3 has torch + triton), from the repository root:

  PYTHONUNBUFFERED=1 python3 bench/kernels_bench.py

(results: \$OUT/kernels.json when \$OUT is set, else bench/results/kernels.json;
 options: --only NAME,... --no-compile --iters N)
EOF
