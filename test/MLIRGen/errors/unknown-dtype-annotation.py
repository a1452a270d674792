import torch

def f(x: "q8[4]"):
    return x

# RUN: not py2triton %s --emit=mlir 2>&1 | FileCheck --strict-whitespace %s
# CHECK: unknown-dtype-annotation.py:3:10: error: unknown dtype 'q8' in shape annotation (expected e.g. "f32[N, 128]")
# CHECK-NEXT: {{^}}def f(x: "q8[4]"):{{$}}
# CHECK-NEXT: {{^}}         ^{{$}}
