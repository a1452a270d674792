# Triton's CPU interpreter truncates fp32 -> bf16; kernels round to nearest
# even first so CPU checks see the GPU's rounding. Compiled away on the GPU.
_INTERPRET = tl.constexpr(os.environ.get("TRITON_INTERPRET", "0") == "1")


@triton.jit
def _round(v, dtype: tl.constexpr):
    if _INTERPRET:
        if dtype == tl.bfloat16:
            b = v.to(tl.float32).to(tl.uint32, bitcast=True)
            b = (b + 0x7FFF + ((b >> 16) & 1)) & 0xFFFF0000
            v = b.to(tl.float32, bitcast=True)
    return v.to(dtype)


