# -*- Python -*-
"""Shared by the lit.local.cfg / lit.cfg.py files that run Python: finds a
Python with torch and triton and asks it whether CUDA is available (once per
lit run; the answer is cached on lit_config).

  $PY2TRITON_PYTHON, else <src>/.venv/bin/python (scripts/bootstrap.sh),
  else `fallback` (the Python CMake found, or the one running lit).

Returns (python, has_cuda), or (python, None) when torch/triton cannot be
imported. Not a test: test/lit.cfg.py excludes this file."""
import os
import subprocess


def probe(lit_config, src_root, fallback):
    cached = getattr(lit_config, "_py2triton_python_env", None)
    if cached is not None:
        return cached
    python = os.environ.get("PY2TRITON_PYTHON")
    if not python:
        venv_python = os.path.join(src_root, ".venv", "bin", "python")
        python = venv_python if os.path.exists(venv_python) else fallback
    has_cuda = None
    try:
        out = subprocess.run(
            [python, "-c",
             "import torch, triton; print(int(torch.cuda.is_available()))"],
            capture_output=True, text=True, timeout=300)
        if out.returncode == 0:
            has_cuda = out.stdout.strip().splitlines()[-1] == "1"
    except (OSError, subprocess.SubprocessError, IndexError):
        pass
    lit_config._py2triton_python_env = (python, has_cuda)
    return python, has_cuda
