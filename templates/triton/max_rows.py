@triton.jit
def _max_nan_combine(a, b):
    return tl.maximum(a, b, propagate_nan=tl.PropagateNan.ALL)


@triton.jit
def _max_rows(x):
    # The max of each row of a 2-D tile, as a column: NaN where the row holds
    # a NaN, like torch (tl.max drops NaN lanes). One reduction on the GPU;
    # the interpreter, whose tl.reduce calls a custom combine element by
    # element in Python, takes tl.max and a NaN test instead (same values).
    if _INTERPRET:
        m = tl.where(tl.max((x != x).to(tl.int32), axis=1) > 0, float("nan"), tl.max(x, axis=1))
    else:
        m = tl.reduce(x, 1, _max_nan_combine)
    return m[:, None]


