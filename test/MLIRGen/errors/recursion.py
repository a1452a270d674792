import torch

def g(x):
    return g(x)

def f(x: "f32[4]"):
    return g(x)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: recursion.py:4:12: error: call depth exceeds 64 (recursion is not supported by py2triton)
# CHECK-NEXT: {{^}}    return g(x){{$}}
# CHECK-NEXT: {{^}}           ^{{$}}
