"""A small database of NVIDIA GPU specifications for roofline numbers.

Used by the benchmark harness to turn achieved GB/s and TFLOP/s into a
percentage of peak, and to size the L2-flush buffer. All throughput numbers
are **dense** (no 2:4 structured sparsity) vendor datasheet peaks at boost
clock; memory bandwidth is in GB/s (10^9 bytes/s), L2 in MiB, memory in GiB
as marketed (the vendor's "80 GB"). ``None`` means the GPU has no such
tensor-core mode (e.g. no TF32 / BF16 on Turing).

    >>> from py2triton import gpus
    >>> spec = gpus.lookup("NVIDIA H100 80GB HBM3")
    >>> spec.name, spec.mem_bw_gbps
    ('H100 SXM', 3350.0)
    >>> spec.peak_tflops("bf16")
    989.5

``lookup(torch.cuda.get_device_name())`` matches the names the CUDA driver
reports ("NVIDIA H100 80GB HBM3", "NVIDIA H100 PCIe", "NVIDIA H200",
"NVIDIA A100-SXM4-80GB", "NVIDIA L40S", "NVIDIA L4", "Tesla T4",
"NVIDIA A10G", "NVIDIA GeForce RTX 4070 Laptop GPU") and is forgiving about
case, punctuation and extra words; it returns ``None`` for unknown GPUs.
This module does not import torch.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from dataclasses import dataclass
from typing import Optional

__all__ = ["GPUSpec", "SPECS", "lookup", "current", "peak_tflops"]


@dataclass(frozen=True)
class GPUSpec:
    name: str
    architecture: str
    sm_count: int
    memory_gib: float
    mem_bw_gbps: float           # GB/s
    l2_mib: float                # MiB
    fp32_tflops: float           # non-tensor FP32 (FMA = 2 FLOPs)
    tf32_tflops: Optional[float]  # dense tensor core
    bf16_tflops: Optional[float]  # dense tensor core, FP32 accumulate
    fp16_tflops: Optional[float]  # dense tensor core
    source: str = ""
    aliases: tuple[str, ...] = ()

    @property
    def l2_bytes(self) -> int:
        return int(self.l2_mib * 1024 * 1024)

    def peak_tflops(self, dtype: str = "fp32", *, tf32: bool = False) -> Optional[float]:
        """Peak dense TFLOP/s for a matmul in ``dtype`` ("fp32", "tf32",
        "fp16", "bf16", or a torch dtype's str). ``tf32=True`` uses the TF32
        tensor-core peak for fp32 (when ``torch.backends.cuda.matmul.allow_tf32``)."""
        key = str(dtype).replace("torch.", "").lower()
        key = {"float32": "fp32", "float": "fp32", "f32": "fp32",
               "float16": "fp16", "half": "fp16", "f16": "fp16",
               "bfloat16": "bf16"}.get(key, key)
        if key == "fp32":
            return self.tf32_tflops if (tf32 and self.tf32_tflops) else self.fp32_tflops
        if key == "tf32":
            return self.tf32_tflops
        if key == "fp16":
            return self.fp16_tflops
        if key == "bf16":
            return self.bf16_tflops
        return None

    def to_dict(self) -> dict:
        d = dataclasses.asdict(self)
        d.pop("aliases")
        return d


SPECS: tuple[GPUSpec, ...] = (
    # NVIDIA H100 Tensor Core GPU datasheet (H100 SXM column; tensor numbers
    # there are "with sparsity": TF32 989, BF16/FP16 1979 -> dense half),
    # https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet
    # SMs and L2: NVIDIA H100 architecture whitepaper (132 SMs, 50 MB L2).
    GPUSpec("H100 SXM", "Hopper (sm_90)", 132, 80, 3350.0, 50, 67.0, 494.5, 989.5, 989.5,
            source="NVIDIA H100 datasheet (SXM5), H100 whitepaper",
            aliases=("h100 sxm", "h100 80gb hbm3", "h100 sxm5", "h100")),
    # Same datasheet, H100 PCIe column (FP32 51, TF32 756*, BF16/FP16 1513*
    # with sparsity; 2 TB/s HBM2e); 114 SMs, 50 MB L2 (H100 whitepaper).
    GPUSpec("H100 PCIe", "Hopper (sm_90)", 114, 80, 2000.0, 50, 51.0, 378.0, 756.0, 756.0,
            source="NVIDIA H100 datasheet (PCIe), H100 whitepaper",
            aliases=("h100 pcie", "h100 80gb pcie")),
    # NVIDIA H200 Tensor Core GPU datasheet (H200 SXM: 141 GB HBM3e, 4.8 TB/s,
    # FP32 67, TF32 989*, BF16/FP16 1979* with sparsity); 132 SMs. The
    # datasheet gives no L2 size: 60 MB is what the CUDA driver reports
    # (cudaDevAttrL2CacheSize via torch) on an H200 SXM.
    # https://www.nvidia.com/en-us/data-center/h200/
    GPUSpec("H200", "Hopper (sm_90)", 132, 141, 4800.0, 60, 67.0, 494.5, 989.5, 989.5,
            source="NVIDIA H200 datasheet (SXM)",
            aliases=("h200", "h200 sxm", "h200 141gb hbm3e")),
    # NVIDIA A100 Tensor Core GPU datasheet (A100 80GB SXM: 2,039 GB/s,
    # FP32 19.5, TF32 156, BF16/FP16 312 dense); 108 SMs, 40 MB L2 (A100
    # whitepaper). https://www.nvidia.com/en-us/data-center/a100/
    GPUSpec("A100 SXM 80GB", "Ampere (sm_80)", 108, 80, 2039.0, 40, 19.5, 156.0, 312.0, 312.0,
            source="NVIDIA A100 datasheet (80GB SXM), A100 whitepaper",
            aliases=("a100 sxm4 80gb", "a100 80gb", "a100 sxm", "a100")),
    # NVIDIA L40S datasheet (864 GB/s GDDR6, FP32 91.6, TF32 183 / 366*,
    # BF16/FP16 362.05 / 733*); 142 SMs (RT core count = SM count); L2 from
    # the Ada architecture whitepaper (AD102: 96 MB; not in the datasheet).
    # https://www.nvidia.com/en-us/data-center/l40s/
    GPUSpec("L40S", "Ada Lovelace (sm_89)", 142, 48, 864.0, 96, 91.6, 183.0, 362.05, 362.05,
            source="NVIDIA L40S datasheet, Ada whitepaper (L2)",
            aliases=("l40s",)),
    # NVIDIA L4 datasheet (300 GB/s, FP32 30.3, TF32 120*, BF16/FP16 242*
    # with sparsity); 58 SMs, 48 MB L2 (AD104, Ada whitepaper).
    # https://www.nvidia.com/en-us/data-center/l4/
    GPUSpec("L4", "Ada Lovelace (sm_89)", 58, 24, 300.0, 48, 30.3, 60.0, 121.0, 121.0,
            source="NVIDIA L4 datasheet, Ada whitepaper (L2)",
            aliases=("l4",)),
    # NVIDIA T4 datasheet (320 GB/s, FP32 8.1, mixed-precision FP16/FP32
    # 65 TFLOPS; Turing has no TF32 or BF16 tensor cores); 40 SMs, 4 MB L2
    # (Turing whitepaper). https://www.nvidia.com/en-us/data-center/tesla-t4/
    GPUSpec("T4", "Turing (sm_75)", 40, 16, 320.0, 4, 8.1, None, None, 65.0,
            source="NVIDIA T4 datasheet, Turing whitepaper (L2)",
            aliases=("tesla t4", "t4")),
    # A10G (AWS G5; NVIDIA publishes no separate datasheet): 24 GB GDDR6 at
    # 600 GB/s like the A10, 80 SMs, 6 MB L2 (GA102), FP32 35, TF32 35,
    # BF16/FP16 70 dense, per AWS G5 documentation as summarised in
    # https://www.baseten.co/blog/nvidia-a10-vs-a10g-for-ml-model-inference/
    GPUSpec("A10G", "Ampere (sm_86)", 80, 24, 600.0, 6, 35.0, 35.0, 70.0, 70.0,
            source="AWS G5 / A10G (via Baseten A10 vs A10G comparison)",
            aliases=("a10g",)),
    # GeForce RTX 4070 Laptop GPU (AD106): NVIDIA product page lists 4608
    # CUDA cores, boost 1230-2175 MHz (TGP-dependent), 8 GB GDDR6 128-bit
    # (256 GB/s at 16 Gbps), 321 AI TOPS (FP8/INT8 with sparsity). FP32 =
    # 4608 * 2 * 2.175 GHz = 20.0 TFLOPS at the highest boost; FP16/BF16
    # tensor (FP32 accumulate, GeForce half rate) = 321 / 8 ~= 40, TF32 half
    # of that. 36 SMs, 32 MB L2 (AD106, Ada whitepaper). Laptop clocks vary
    # with the OEM's power limit: treat the peaks as optimistic.
    # https://www.nvidia.com/en-us/geforce/laptops/40-series/
    GPUSpec("RTX 4070 Laptop", "Ada Lovelace (sm_89)", 36, 8, 256.0, 32, 20.0, 20.0, 40.0, 40.0,
            source="NVIDIA GeForce RTX 40 laptop specs, derived from clocks",
            aliases=("rtx 4070 laptop", "geforce rtx 4070 laptop gpu", "4070 laptop")),
)


def _norm(name: str) -> str:
    text = name.lower().replace("nvidia", " ").replace("geforce", " ")
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


def _words(text: str) -> set[str]:
    return set(text.split())


def lookup(device_name: str | None) -> Optional[GPUSpec]:
    """The spec of ``device_name`` (as ``torch.cuda.get_device_name()``
    reports it), or ``None`` when it is not in the database."""
    if not device_name:
        return None
    n = _norm(device_name)
    words = _words(n)
    by_name = {s.name: s for s in SPECS}
    # Explicit rules first: the families whose variants differ.
    if "h200" in words or "h200" in n.replace(" ", ""):
        return by_name["H200"]
    if "h100" in words or "h100" in n.replace(" ", ""):
        if "pcie" in words:
            return by_name["H100 PCIe"]
        return by_name["H100 SXM"]  # "H100 80GB HBM3", "H100 SXM5 80GB"
    if "a100" in words:
        # Only the 80 GB part is in the database (the 40 GB one has 1.5 TB/s).
        return None if "40gb" in words else by_name["A100 SXM 80GB"]
    if "l40s" in words:
        return by_name["L40S"]
    if "l4" in words:
        return by_name["L4"]
    if "t4" in words:
        return by_name["T4"]
    if "a10g" in words:
        return by_name["A10G"]
    if "4070" in words and ("laptop" in words or "mobile" in words):
        return by_name["RTX 4070 Laptop"]
    # Fuzzy fallback on the aliases (typos, unusual spellings).
    candidates = {a: s for s in SPECS for a in (_norm(s.name), *s.aliases)}
    best = difflib.get_close_matches(n, list(candidates), n=1, cutoff=0.85)
    return candidates[best[0]] if best else None


def current(device: int | None = None) -> Optional[GPUSpec]:
    """The spec of the current CUDA device, or ``None`` (no CUDA / unknown)."""
    try:
        import torch
    except ImportError:
        return None
    if not torch.cuda.is_available():
        return None
    return lookup(torch.cuda.get_device_name(device))


def peak_tflops(spec: Optional[GPUSpec], dtype: str) -> Optional[float]:
    return spec.peak_tflops(dtype) if spec is not None else None
