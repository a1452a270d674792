import torch

def f(x: "f32[N, 4]"):
    return x * len(x)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: len-dynamic-dim.py:4:16: error: len() of a tensor whose first dim is dynamic
# CHECK-NEXT: {{^}}    return x * len(x){{$}}
# CHECK-NEXT: {{^}}               ^{{$}}
