"""py2triton: translate Python/PyTorch functions into Triton kernels.

The compiler itself is the C++ tool ``build/bin/py2triton``; this package
holds the Python side: :mod:`py2triton.check` verifies generated kernel
modules against their reference source (``python -m py2triton.check REF.py
KERNEL.py``). Its names are re-exported here lazily, so ``import py2triton``
does not import torch.
"""

__version__ = "0.1.0"

# Re-exported from py2triton.check on first access (PEP 562).
_CHECK_EXPORTS = ("check_module", "poisoned_empty", "parse_annotation", "Report",
                  "FunctionReport", "TrialResult", "InterpreterNotEnabled")

__all__ = ["__version__", *_CHECK_EXPORTS]


def __getattr__(name):
    if name in _CHECK_EXPORTS:
        from . import check

        return getattr(check, name)
    raise AttributeError(f"module 'py2triton' has no attribute {name!r}")
