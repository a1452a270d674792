"""Command-line parsing of py2triton-verify, free of torch imports so that
usage errors and ``--help`` answer at once (tools/py2triton-verify parses
before it imports torch or re-executes itself in the venv)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Sequence

__all__ = ["build_parser", "parse", "UsageError"]

DEFAULT_DTYPES = "fp32,fp16,bf16"


class UsageError(Exception):
    """Bad arguments: exit status 2."""


def _int_list(text: str) -> list[int]:
    try:
        return [int(p) for p in text.split(",") if p.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected comma-separated integers, got {text!r}")


def build_parser(prog: str = "py2triton-verify") -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=prog, description="Verify a generated Triton kernel module against its "
        "reference (KernelBench style): correctness trials, anti-cheating checks, and "
        "optionally GPU timing. Exit status: 0 correct, 1 rejected, 2 usage error.")
    p.add_argument("reference", help="the reference source (REF.py)")
    p.add_argument("candidate", help="the generated kernel module")
    p.add_argument("--trials", type=int, default=5, help="seeds 0..N-1 (default 5)")
    p.add_argument("--seeds", type=_int_list, help="explicit seeds, e.g. 0,5,7")
    p.add_argument("--dtypes", default=DEFAULT_DTYPES,
                   help=f"trial dtypes (default {DEFAULT_DTYPES})")
    p.add_argument("--sizes", type=_int_list, help="sizes of dynamic dims (default 37,1,131)")
    p.add_argument("--function", help="verify only this function (or Model)")
    p.add_argument("--device", help="cpu or cuda (default: cuda when available)")
    p.add_argument("--rtol", type=float, help="rtol for every float dtype")
    p.add_argument("--atol", type=float, help="atol for every float dtype")
    p.add_argument("--json", metavar="OUT", help="write the result JSON here")
    p.add_argument("--bench", action="store_true", help="time on CUDA (eager, "
                   "torch.compile, candidate); skipped with a note without CUDA")
    p.add_argument("--bench-dtype", default="fp32", help="dtype of benchmark inputs "
                   "(default fp32, as KernelBench)")
    p.add_argument("--warmup", type=int, default=25)
    p.add_argument("--iters", type=int, default=100)
    p.add_argument("--no-flush", dest="flush_l2", action="store_false",
                   help="do not flush L2 between timed calls")
    p.add_argument("--no-compile", dest="compile_reference", action="store_false",
                   help="do not time torch.compile(reference)")
    p.add_argument("--no-static", dest="static_checks", action="store_false",
                   help="skip the static anti-cheating checks")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="also print every trial of py2triton.check")
    return p


def parse(argv: Sequence[str], prog: str = "py2triton-verify") -> argparse.Namespace:
    """Parses and validates; raises SystemExit (argparse: 2 on errors, 0 on
    --help) or UsageError."""
    opts = build_parser(prog).parse_args(list(argv))
    for p in (opts.reference, opts.candidate):
        if not Path(p).is_file():
            raise UsageError(f"no such file: {p}")
    if opts.trials < 1:
        raise UsageError("--trials must be >= 1")
    if opts.iters < 1 or opts.warmup < 0:
        raise UsageError("--iters must be >= 1 and --warmup >= 0")
    return opts
