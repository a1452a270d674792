import torch

def f(x):
    return x * 2

# RUN: not py2triton %s --emit=mlir --arg x=4x4:f8 2>&1 | FileCheck --strict-whitespace %s
# CHECK: arg-unknown-dtype.py:3:7: error: unknown dtype 'f8' in --arg for 'x'
# CHECK-NEXT: {{^}}def f(x):{{$}}
# CHECK-NEXT: {{^}}      ^{{$}}
