# pass statements.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
pass
def f():
    pass
# CHECK:Module "{{.*}}pass.py"
# CHECK-NEXT:  Pass 3:1
# CHECK-NEXT:  FunctionDef f 4:1
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass 5:5
# CHECK-NOT:{{.}}
