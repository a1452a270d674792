@triton.jit
def _pow(a, b):
    # torch.pow for floats: |a|**b with the sign of odd integer powers,
    # NaN for negative bases with fractional exponents, pow(a, 0) == 1.
    b = a * 0 + b
    r = tl.exp2(b * tl.log2(tl.abs(a)))
    bi = tl.floor(b)
    is_int = bi == b
    odd = is_int & (bi - 2.0 * tl.floor(bi * 0.5) != 0.0)
    r = tl.where((a < 0) & odd, -r, r)
    r = tl.where((a < 0) & (is_int == 0), float("nan"), r)
    return tl.where(b == 0, 1.0, r)


