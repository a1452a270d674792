"""GPU timing with CUDA events, L2 flushing and roofline numbers.

    stats = time_callable(lambda: f(x, y))          # CUDA only
    stats.median                                    # milliseconds

Discipline (KernelBench / triton.testing.do_bench style):

* ``warmup`` untimed calls (JIT compilation, autotuning, allocator warm-up),
  then ``torch.cuda.synchronize()``;
* per timed iteration: zero the L2-flush buffer (so every call starts with a
  cold L2, as a kernel inside a larger model would), record a start event,
  call ``fn``, record an end event; the flush is *outside* the event pair, so
  it is not counted;
* one ``synchronize()`` after the loop, then ``elapsed_time`` per pair.

The flush buffer is twice the L2 size of the GPU (the larger of
:mod:`py2triton.gpus`'s and the driver's figure; 256 MiB when neither is
known), allocated once per device.

Events bracket the Python call, so for tiny kernels the time includes the
host-side launch overhead when it exceeds the GPU work (as in KernelBench
and ``triton.testing.do_bench``).

``torch.cuda.Event`` / ``torch.cuda.synchronize`` / ``time.perf_counter`` are
bound when this module is imported, so a candidate that patches them later
does not change the harness's clock (the verifier also reports the patching).

Without CUDA, :func:`time_callable` raises :class:`TimingUnavailable`
("timing skipped: no CUDA device") and :func:`try_time_callable` returns
``(None, note)``.
"""

from __future__ import annotations

import math
import statistics
import time
from dataclasses import asdict, dataclass
from typing import Any, Callable, Iterable, Optional

import torch

from .. import gpus

__all__ = [
    "NO_CUDA_NOTE",
    "Stats",
    "TimingUnavailable",
    "achieved_gbps",
    "achieved_tflops",
    "count_flops",
    "matmul_flops",
    "pct_of_peak",
    "speedup",
    "tensor_bytes",
    "time_callable",
    "try_time_callable",
]

NO_CUDA_NOTE = "timing skipped: no CUDA device"
DEFAULT_FLUSH_BYTES = 256 * 1024 * 1024

# Bound at import time: immune to later monkeypatching by a candidate.
_Event = torch.cuda.Event
_synchronize = torch.cuda.synchronize
_perf_counter = time.perf_counter


class TimingUnavailable(RuntimeError):
    """No CUDA device: GPU timing is not possible."""


@dataclass(frozen=True)
class Stats:
    """Per-call times in milliseconds."""

    mean: float
    std: float
    min: float
    max: float
    median: float
    n: int

    @classmethod
    def from_samples(cls, samples: Iterable[float]) -> "Stats":
        xs = [float(x) for x in samples]
        if not xs:
            raise ValueError("no samples")
        return cls(mean=statistics.fmean(xs),
                   std=statistics.pstdev(xs) if len(xs) > 1 else 0.0,
                   min=min(xs), max=max(xs), median=statistics.median(xs), n=len(xs))

    def to_dict(self) -> dict[str, float]:
        return asdict(self)


_flush_buffers: dict[int, torch.Tensor] = {}


def flush_buffer_bytes(device: Any = None) -> int:
    """2x the L2 size of ``device``: the larger of the spec database's and
    the driver-reported size; 256 MiB when neither is known."""
    l2 = 0
    if torch.cuda.is_available():
        spec = gpus.lookup(torch.cuda.get_device_name(device))
        if spec is not None:
            l2 = spec.l2_bytes
        try:
            l2 = max(l2, int(getattr(torch.cuda.get_device_properties(device),
                                     "L2_cache_size", 0) or 0))
        except Exception:  # noqa: BLE001 - the database value is enough
            pass
    return 2 * l2 if l2 > 0 else DEFAULT_FLUSH_BYTES


def _flush_buffer(device: torch.device) -> torch.Tensor:
    index = device.index if device.index is not None else torch.cuda.current_device()
    buf = _flush_buffers.get(index)
    if buf is None:
        n = flush_buffer_bytes(index) // 4
        buf = torch.empty(n, dtype=torch.int32, device=torch.device("cuda", index))
        _flush_buffers[index] = buf
    return buf


def time_callable(fn: Callable[[], Any], *, warmup: int = 25, iters: int = 100,
                  flush_l2: bool = True, device: Any = None) -> Stats:
    """Times ``fn()`` on the current CUDA stream; returns per-call
    :class:`Stats` in milliseconds. Raises :class:`TimingUnavailable`
    without CUDA."""
    if not torch.cuda.is_available():
        raise TimingUnavailable(NO_CUDA_NOTE)
    if iters < 1 or warmup < 0:
        raise ValueError("iters must be >= 1 and warmup >= 0")
    dev = torch.device("cuda", torch.cuda.current_device()) if device is None \
        else torch.device(device)
    buf = _flush_buffer(dev) if flush_l2 else None
    with torch.no_grad():
        _synchronize(dev)
        for _ in range(warmup):
            fn()
        _synchronize(dev)
        starts = [_Event(enable_timing=True) for _ in range(iters)]
        ends = [_Event(enable_timing=True) for _ in range(iters)]
        for i in range(iters):
            if buf is not None:
                buf.zero_()          # outside the timed region
            starts[i].record()
            fn()
            ends[i].record()
        _synchronize(dev)
    return Stats.from_samples(s.elapsed_time(e) for s, e in zip(starts, ends))


def try_time_callable(fn: Callable[[], Any], **kwargs: Any
                      ) -> tuple[Optional[Stats], str]:
    """``(stats, "")``, or ``(None, note)`` when there is no CUDA device or
    ``fn`` raised (the note says why)."""
    try:
        return time_callable(fn, **kwargs), ""
    except TimingUnavailable as exc:
        return None, str(exc)
    except Exception as exc:  # noqa: BLE001 - reported, not fatal
        return None, f"timing failed: {type(exc).__name__}: {' '.join(str(exc).split())}"


# ---------------------------------------------------------------------------
# derived numbers
# ---------------------------------------------------------------------------


def speedup(baseline_ms: Optional[float], ours_ms: Optional[float]) -> Optional[float]:
    """``baseline / ours`` (> 1: ours is faster); None when either is missing
    or not positive."""
    if baseline_ms is None or ours_ms is None:
        return None
    if not (baseline_ms > 0 and ours_ms > 0) or math.isinf(baseline_ms) or math.isinf(ours_ms):
        return None
    return baseline_ms / ours_ms


def geomean(values: Iterable[Optional[float]]) -> Optional[float]:
    xs = [v for v in values if v is not None and v > 0]
    if not xs:
        return None
    return math.exp(sum(math.log(v) for v in xs) / len(xs))


def _walk_tensors(obj: Any, seen: set[int], out: list[torch.Tensor]) -> None:
    if isinstance(obj, torch.Tensor):
        if id(obj) not in seen:
            seen.add(id(obj))
            out.append(obj)
    elif isinstance(obj, (list, tuple)):
        for o in obj:
            _walk_tensors(o, seen, out)
    elif isinstance(obj, dict):
        for o in obj.values():
            _walk_tensors(o, seen, out)
    elif isinstance(obj, torch.nn.Module):
        for t in list(obj.parameters()) + list(obj.buffers()):
            _walk_tensors(t, seen, out)


def tensor_bytes(*objs: Any) -> int:
    """Total ``numel * element_size`` of the tensors in ``objs`` (nested
    lists / tuples / dicts; a Module counts its parameters and buffers),
    each tensor object once: the minimal bytes a kernel must move."""
    seen: set[int] = set()
    ts: list[torch.Tensor] = []
    for o in objs:
        _walk_tensors(o, seen, ts)
    return sum(t.numel() * t.element_size() for t in ts)


def achieved_gbps(nbytes: Optional[int], ms: Optional[float]) -> Optional[float]:
    """Bytes moved per second in GB/s (10^9)."""
    if not nbytes or not ms or ms <= 0:
        return None
    return nbytes / (ms * 1e-3) / 1e9


def matmul_flops(m: int, n: int, k: int, batch: int = 1) -> int:
    """2 * M * N * K (one multiply and one add per MAC)."""
    return 2 * m * n * k * batch


def achieved_tflops(flops: Optional[int], ms: Optional[float]) -> Optional[float]:
    if not flops or not ms or ms <= 0:
        return None
    return flops / (ms * 1e-3) / 1e12


def pct_of_peak(achieved: Optional[float], peak: Optional[float]) -> Optional[float]:
    if achieved is None or not peak:
        return None
    return 100.0 * achieved / peak


def count_flops(fn: Callable[[], Any]) -> int:
    """FLOPs of matmuls / convolutions / attention in one ``fn()`` call, as
    counted by ``torch.utils.flop_counter.FlopCounterMode`` (2*M*N*K per
    matmul); 0 for purely elementwise / reduction code or when counting fails.
    Runs ``fn`` once (on any device)."""
    try:
        from torch.utils.flop_counter import FlopCounterMode
        counter = FlopCounterMode(display=False)
        with torch.no_grad(), counter:
            fn()
        return int(counter.get_total_flops())
    except Exception:  # noqa: BLE001 - an estimate only
        return 0
