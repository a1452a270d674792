# Triton's dtype for a torch float dtype (kernels that compute in the
# caller's dtype take it as a constexpr).
_TL_DTYPES = {torch.float32: tl.float32, torch.float16: tl.float16, torch.bfloat16: tl.bfloat16}


