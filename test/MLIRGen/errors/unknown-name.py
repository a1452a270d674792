import torch

def f(x: "f32[4]"):
    return foo(x)

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: unknown-name.py:4:12: error: name 'foo' is not defined
# CHECK-NEXT: {{^}}    return foo(x){{$}}
# CHECK-NEXT: {{^}}           ^{{$}}
