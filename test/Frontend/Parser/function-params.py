# Parameters with annotations, defaults and a return annotation.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
def f(x, y: int, z=1, w: float = 2.0) -> torch.Tensor:
    pass
def g(): pass
def h(a, b,):
    pass
# CHECK:Module "{{.*}}function-params.py"
# CHECK-NEXT:  FunctionDef f 3:1
# CHECK-NEXT:    Param x 3:7
# CHECK-NEXT:    Param y 3:10
# CHECK-NEXT:      annotation: Name int 3:13
# CHECK-NEXT:    Param z 3:18
# CHECK-NEXT:      default: Int 1 3:20
# CHECK-NEXT:    Param w 3:23
# CHECK-NEXT:      annotation: Name float 3:26
# CHECK-NEXT:      default: Float 2.0 3:34
# CHECK-NEXT:    returns: Attribute Tensor 3:48
# CHECK-NEXT:      Name torch 3:42
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass 4:5
# CHECK-NEXT:  FunctionDef g 5:1
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass 5:10
# CHECK-NEXT:  FunctionDef h 6:1
# CHECK-NEXT:    Param a 6:7
# CHECK-NEXT:    Param b 6:10
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass 7:5
# CHECK-NOT:{{.}}
