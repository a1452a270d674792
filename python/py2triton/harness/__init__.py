"""KernelBench-style verification and benchmark harness for py2triton.

* :mod:`py2triton.harness.verify` -- ``verify(REF, CANDIDATE)``: correctness
  (reusing :mod:`py2triton.check`), anti-cheating checks, GPU timing; CLI
  ``tools/py2triton-verify``.
* :mod:`py2triton.harness.static` -- static (``ast``) anti-cheating checks.
* :mod:`py2triton.harness.guards` -- detection of global monkeypatching.
* :mod:`py2triton.harness.timing` -- CUDA-event timing with L2 flushing,
  speedup / GB/s / TFLOP/s helpers.
* :mod:`py2triton.harness.report` -- Markdown table and bar chart from result
  JSON files.

See docs/harness.md. Submodules are imported on demand (torch is heavy).
"""

__all__ = ["verify", "static", "guards", "timing", "report"]


def __getattr__(name):
    import importlib

    if name in __all__:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
