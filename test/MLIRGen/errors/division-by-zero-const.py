import torch

N = 4 // 0

def f(x: "f32[4]"):
    return x * N

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: division-by-zero-const.py:6:16: error: module-level value 'N' could not be evaluated
# CHECK-NEXT: {{^}}    return x * N{{$}}
# CHECK-NEXT: {{^}}               ^{{$}}
