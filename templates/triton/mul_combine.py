@triton.jit
def _mul_combine(a, b):
    return a * b


