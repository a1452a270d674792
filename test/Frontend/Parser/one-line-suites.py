# Simple statements on the same line as the block opener.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
def f(x): return x
if x: y = 1; z = 2
else: pass
for i in r: s += i
class A: pass
# CHECK:Module "{{.*}}one-line-suites.py"
# CHECK-NEXT:  FunctionDef f 3:1
# CHECK-NEXT:    Param x 3:7
# CHECK-NEXT:    body:
# CHECK-NEXT:      Return 3:11
# CHECK-NEXT:        Name x 3:18
# CHECK-NEXT:  If 4:1
# CHECK-NEXT:    test: Name x 4:4
# CHECK-NEXT:    body:
# CHECK-NEXT:      Assign 4:7
# CHECK-NEXT:        target: Name y 4:7
# CHECK-NEXT:        value: Int 1 4:11
# CHECK-NEXT:      Assign 4:14
# CHECK-NEXT:        target: Name z 4:14
# CHECK-NEXT:        value: Int 2 4:18
# CHECK-NEXT:    orelse:
# CHECK-NEXT:      Pass 5:7
# CHECK-NEXT:  For 6:1
# CHECK-NEXT:    target: Name i 6:5
# CHECK-NEXT:    iter: Name r 6:10
# CHECK-NEXT:    body:
# CHECK-NEXT:      AugAssign += 6:13
# CHECK-NEXT:        target: Name s 6:13
# CHECK-NEXT:        value: Name i 6:18
# CHECK-NEXT:  ClassDef A 7:1
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass 7:10
# CHECK-NOT:{{.}}
