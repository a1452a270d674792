# Nested function definitions and blocks.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
def outer(x):
    def inner(y):
        if y:
            return y
        return 0
    return inner(x)
# CHECK:Module "{{.*}}nested-functions.py"
# CHECK-NEXT:  FunctionDef outer 3:1
# CHECK-NEXT:    Param x 3:11
# CHECK-NEXT:    body:
# CHECK-NEXT:      FunctionDef inner 4:5
# CHECK-NEXT:        Param y 4:15
# CHECK-NEXT:        body:
# CHECK-NEXT:          If 5:9
# CHECK-NEXT:            test: Name y 5:12
# CHECK-NEXT:            body:
# CHECK-NEXT:              Return 6:13
# CHECK-NEXT:                Name y 6:20
# CHECK-NEXT:          Return 7:9
# CHECK-NEXT:            Int 0 7:16
# CHECK-NEXT:      Return 8:5
# CHECK-NEXT:        Call 8:17
# CHECK-NEXT:          func: Name inner 8:12
# CHECK-NEXT:          Name x 8:18
# CHECK-NOT:{{.}}
