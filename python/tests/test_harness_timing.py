"""py2triton.gpus (spec database, name matching) and
py2triton.harness.timing (CUDA-event timing discipline with a fake CUDA on
the CPU, the no-CUDA skip, derived numbers), and the global-patching guard."""

import math
import time

import pytest
import torch

from py2triton import gpus
from py2triton.harness import guards, timing


# --- gpus -------------------------------------------------------------------


@pytest.mark.parametrize("device_name,expected", [
    ("NVIDIA H100 80GB HBM3", "H100 SXM"),
    ("NVIDIA H100 SXM5 80GB", "H100 SXM"),
    ("NVIDIA H100 PCIe", "H100 PCIe"),
    ("NVIDIA H200", "H200"),
    ("NVIDIA H200 141GB HBM3e", "H200"),
    ("NVIDIA A100-SXM4-80GB", "A100 SXM 80GB"),
    ("NVIDIA A100 80GB PCIe", "A100 SXM 80GB"),
    ("NVIDIA L40S", "L40S"),
    ("NVIDIA L4", "L4"),
    ("Tesla T4", "T4"),
    ("NVIDIA A10G", "A10G"),
    ("NVIDIA GeForce RTX 4070 Laptop GPU", "RTX 4070 Laptop"),
    ("nvidia h100 pcie", "H100 PCIe"),
])
def test_lookup_matches_driver_names(device_name, expected) -> None:
    spec = gpus.lookup(device_name)
    assert spec is not None and spec.name == expected


@pytest.mark.parametrize("device_name", ["NVIDIA A100-SXM4-40GB", "NVIDIA GeForce RTX 3090",
                                         "AMD Instinct MI300X", "", None])
def test_lookup_unknown_is_none(device_name) -> None:
    assert gpus.lookup(device_name) is None


def test_spec_numbers_are_dense_and_sane() -> None:
    for s in gpus.SPECS:
        assert s.sm_count > 0 and s.memory_gib > 0 and s.mem_bw_gbps > 0 and s.l2_mib > 0
        assert s.source, s.name
        for v in (s.tf32_tflops, s.bf16_tflops, s.fp16_tflops):
            assert v is None or s.fp32_tflops / 2 <= v <= 1000.0
    h100 = gpus.lookup("NVIDIA H100 80GB HBM3")
    assert h100.peak_tflops("bf16") == 989.5       # dense, not the 1979 sparse figure
    assert h100.peak_tflops("torch.float32") == 67.0
    assert h100.peak_tflops("fp32", tf32=True) == 494.5
    assert gpus.lookup("Tesla T4").peak_tflops("bf16") is None
    assert h100.l2_bytes == 50 * 1024 * 1024
    assert h100.to_dict()["name"] == "H100 SXM"


def test_current_without_cuda() -> None:
    if torch.cuda.is_available():
        pytest.skip("CUDA present")
    assert gpus.current() is None


# --- timing -------------------------------------------------------------------


def test_no_cuda_raises_and_try_returns_note(monkeypatch) -> None:
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    with pytest.raises(timing.TimingUnavailable, match="timing skipped: no CUDA device"):
        timing.time_callable(lambda: None)
    stats, note = timing.try_time_callable(lambda: None)
    assert stats is None and note == "timing skipped: no CUDA device"


class _Log(list):
    pass


def _fake_cuda(monkeypatch, log, l2_name="NVIDIA H100 80GB HBM3"):
    """A stand-in for the CUDA runtime that records the call order."""
    counter = iter(range(10**6))

    class Event:
        def __init__(self, enable_timing=False):
            assert enable_timing
            self.t = None

        def record(self):
            self.t = next(counter)
            log.append("record")

        def elapsed_time(self, end):
            return float(end.t - self.t)

    class Buf:
        def zero_(self):
            log.append("flush")

    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "current_device", lambda: 0)
    monkeypatch.setattr(torch.cuda, "get_device_name", lambda d=None: l2_name)
    monkeypatch.setattr(timing, "_Event", Event)
    monkeypatch.setattr(timing, "_synchronize", lambda d=None: log.append("sync"))
    monkeypatch.setattr(timing, "_flush_buffer", lambda dev: Buf())


def test_timing_discipline_with_fake_cuda(monkeypatch) -> None:
    log = _Log()
    _fake_cuda(monkeypatch, log)

    def fn():
        log.append("fn")

    stats = timing.time_callable(fn, warmup=3, iters=4)
    # warm-up between two syncs, then per iteration: flush outside the events,
    # start event, fn, end event; one sync before reading the events.
    assert log == (["sync"] + ["fn"] * 3 + ["sync"]
                   + ["flush", "record", "fn", "record"] * 4 + ["sync"])
    assert stats.n == 4 and stats.min == stats.max == stats.median == 1.0
    log.clear()
    timing.time_callable(fn, warmup=0, iters=2, flush_l2=False)
    assert "flush" not in log


def test_flush_buffer_size_from_spec(monkeypatch) -> None:
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "get_device_properties",
                        lambda d=None: type("P", (), {"L2_cache_size": 0})())
    monkeypatch.setattr(torch.cuda, "get_device_name", lambda d=None: "NVIDIA H100 80GB HBM3")
    assert timing.flush_buffer_bytes(0) == 2 * 50 * 1024 * 1024
    monkeypatch.setattr(torch.cuda, "get_device_name", lambda d=None: "Mystery GPU")
    assert timing.flush_buffer_bytes(0) == 256 * 1024 * 1024
    # The driver's figure wins when it is larger.
    monkeypatch.setattr(torch.cuda, "get_device_properties",
                        lambda d=None: type("P", (), {"L2_cache_size": 96 * 2**20})())
    assert timing.flush_buffer_bytes(0) == 2 * 96 * 2**20


def test_clocks_are_bound_at_import() -> None:
    # A candidate patching torch.cuda.Event later cannot change the harness's.
    assert timing._Event is torch.cuda.Event
    assert timing._synchronize is torch.cuda.synchronize


def test_stats_and_derived_numbers() -> None:
    s = timing.Stats.from_samples([1.0, 2.0, 3.0, 10.0])
    assert (s.mean, s.median, s.min, s.max, s.n) == (4.0, 2.5, 1.0, 10.0, 4)
    assert math.isclose(s.std, math.sqrt(12.5))
    assert s.to_dict()["n"] == 4
    with pytest.raises(ValueError):
        timing.Stats.from_samples([])
    assert timing.speedup(2.0, 0.5) == 4.0
    assert timing.speedup(None, 1.0) is None and timing.speedup(1.0, 0.0) is None
    assert math.isclose(timing.geomean([1.0, 4.0, None]), 2.0)
    x, w = torch.zeros(256, 128), torch.zeros(128, 64)
    assert timing.tensor_bytes(x, [x, w], {"y": w}) == (256 * 128 + 128 * 64) * 4
    lin = torch.nn.Linear(8, 4)
    assert timing.tensor_bytes(lin) == (8 * 4 + 4) * 4
    assert timing.achieved_gbps(10**9, 1.0) == 1000.0
    assert timing.matmul_flops(256, 64, 128) == 2 * 256 * 64 * 128
    assert timing.achieved_tflops(2 * 10**12, 1000.0) == 2.0
    assert timing.pct_of_peak(1675.0, 3350.0) == 50.0
    assert timing.pct_of_peak(1.0, None) is None


def test_count_flops_of_a_matmul() -> None:
    a, b = torch.randn(16, 32), torch.randn(32, 8)
    assert timing.count_flops(lambda: a @ b) == 2 * 16 * 32 * 8
    assert timing.count_flops(lambda: a + 1) == 0


# --- guards -------------------------------------------------------------------


def test_guard_detects_and_restores_patching() -> None:
    snap = guards.snapshot()
    original_event, original_perf, original_isclose = (torch.cuda.Event, time.perf_counter,
                                                       torch.isclose)
    try:
        torch.cuda.Event = object
        time.perf_counter = lambda: 0.0
        torch.isclose = lambda *a, **k: True
        changes = {(c.qualified, c.code) for c in snap.changes()}
        assert ("torch.cuda.Event", "timer-patching") in changes
        assert ("time.perf_counter", "timer-patching") in changes
        assert ("torch.isclose", "global-patching") in changes
    finally:
        snap.restore()
    assert torch.cuda.Event is original_event
    assert time.perf_counter is original_perf
    assert torch.isclose is original_isclose
    assert snap.changes() == []
