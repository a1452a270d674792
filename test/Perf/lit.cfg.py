# -*- Python -*-
# GPU performance floors (a lit suite of its own, so that it also runs on a
# GPU machine without the compiler's build tree):
#
#   # REQUIRES: cuda
#   # RUN: %perf %s
#
# %perf is `python -m py2triton.harness.perf SRC --floors floors.json ...`:
# translate SRC (or take its pre-translated kernel), verify it, time eager
# PyTorch and the kernel on the GPU, fail below the recorded floor
# (docs/harness.md, "Performance floors"). The kernel comes from
#   $PY2TRITON, else <src>/build/bin/py2triton (fresh translation), else
#   $PY2TRITON_PERF_KERNELS, else <src>/gpu-check/perf-kernels
#   (`scripts/gpu-check.sh prepare`; the GPU machine has no py2triton).
# Without CUDA every test is UNSUPPORTED. Output goes to $PY2TRITON_PERF_OUT,
# else <src>/build/test/Perf, else <src>/gpu-check/perf-out.
import os
import shlex
import sys

import lit.formats

here = os.path.dirname(os.path.abspath(__file__))
src_root = os.path.dirname(os.path.dirname(here))
sys.path.insert(0, os.path.join(src_root, "test"))
import python_env  # noqa: E402

config.name = "PY2TRITON-PERF"
config.test_format = lit.formats.ShTest(True)
config.suffixes = [".py"]
config.excludes = ["lit.cfg.py"]
config.test_source_root = here
out = os.environ.get("PY2TRITON_PERF_OUT")
if not out:
    build = os.path.join(src_root, "build")
    out = os.path.join(build, "test", "Perf") if os.path.isdir(build) else \
        os.path.join(src_root, "gpu-check", "perf-out")
os.makedirs(out, exist_ok=True)
config.test_exec_root = out
# Timings must not overlap: one perf test at a time.
lit_config.parallelism_groups["py2triton-perf"] = 1
config.parallelism_group = "py2triton-perf"

python, has_cuda = python_env.probe(lit_config, src_root, sys.executable)
if not has_cuda:
    config.unsupported = True
else:
    config.available_features.add("cuda")
    args = [python, "-m", "py2triton.harness.perf",
            "--floors", os.path.join(here, "floors.json")]
    compiler = os.environ.get("PY2TRITON") or os.path.join(src_root, "build", "bin",
                                                           "py2triton")
    if os.path.isfile(compiler):
        args += ["--compiler", compiler]
    else:
        args += ["--kernels", os.environ.get("PY2TRITON_PERF_KERNELS") or
                 os.path.join(src_root, "gpu-check", "perf-kernels")]
    config.environment["PYTHONPATH"] = os.path.join(src_root, "python")
    config.environment.pop("TRITON_INTERPRET", None)
    for var in ("HOME", "PATH", "CUDA_VISIBLE_DEVICES", "TRITON_CACHE_DIR"):
        if var in os.environ:
            config.environment[var] = os.environ[var]
    config.substitutions.append(("%perf", " ".join(shlex.quote(a) for a in args)))
