#!/usr/bin/env python3
"""Checks a generated Triton kernel module against its reference source.

    scripts/check-kernel.py REF.py KERNEL.py [--function NAME] [--trials N]
        [--dtypes fp32,fp16,bf16] [--json OUT] ...

The same as `python -m py2triton.check` (see python/py2triton/check.py), without
having to set PYTHONPATH: it runs under <root>/.venv/bin/python when the
current Python has no torch, and turns on TRITON_INTERPRET=1 when there is no
CUDA GPU.
"""
import importlib.util
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"

# (The venv's python is a symlink: compare prefixes, not resolved paths.)
if importlib.util.find_spec("torch") is None and VENV_PYTHON.exists() \
        and Path(sys.prefix).resolve() != (ROOT / ".venv").resolve():
    os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), __file__, *sys.argv[1:]])

sys.path.insert(0, str(ROOT / "python"))
from py2triton.check import main  # noqa: E402

sys.exit(main())
