import torch

def f(x):
    return torch.exp(x)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: rank-unknown.py:3:7: error: cannot determine the rank of argument 'x' of 'f': annotate it (e.g. x: "f32[N, 128]"), define get_inputs(), or pass --arg x=SHAPE:DTYPE
# CHECK-NEXT: {{^}}def f(x):{{$}}
# CHECK-NEXT: {{^}}      ^{{$}}
