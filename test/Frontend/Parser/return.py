# return with and without a value, and returning a tuple.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
def f():
    return
def g(x):
    return x
def h(x):
    return x, x + 1
# CHECK:Module "{{.*}}return.py"
# CHECK-NEXT:  FunctionDef f 3:1
# CHECK-NEXT:    body:
# CHECK-NEXT:      Return 4:5
# CHECK-NEXT:  FunctionDef g 5:1
# CHECK-NEXT:    Param x 5:7
# CHECK-NEXT:    body:
# CHECK-NEXT:      Return 6:5
# CHECK-NEXT:        Name x 6:12
# CHECK-NEXT:  FunctionDef h 7:1
# CHECK-NEXT:    Param x 7:7
# CHECK-NEXT:    body:
# CHECK-NEXT:      Return 8:5
# CHECK-NEXT:        Tuple 8:12
# CHECK-NEXT:          Name x 8:12
# CHECK-NEXT:          BinOp + 8:17
# CHECK-NEXT:            Name x 8:15
# CHECK-NEXT:            Int 1 8:19
# CHECK-NOT:{{.}}
