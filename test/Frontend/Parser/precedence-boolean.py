# not < and < or, and the conditional expression binds loosest.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
a or b and not c or d
x if a and b else y or z
# CHECK:Module "{{.*}}precedence-boolean.py"
# CHECK-NEXT:  Expr 3:1
# CHECK-NEXT:    BoolOp or 3:3
# CHECK-NEXT:      Name a 3:1
# CHECK-NEXT:      BoolOp and 3:8
# CHECK-NEXT:        Name b 3:6
# CHECK-NEXT:        UnaryOp not 3:12
# CHECK-NEXT:          Name c 3:16
# CHECK-NEXT:      Name d 3:21
# CHECK-NEXT:  Expr 4:1
# CHECK-NEXT:    IfExp 4:3
# CHECK-NEXT:      test: BoolOp and 4:8
# CHECK-NEXT:        Name a 4:6
# CHECK-NEXT:        Name b 4:12
# CHECK-NEXT:      body: Name x 4:1
# CHECK-NEXT:      orelse: BoolOp or 4:21
# CHECK-NEXT:        Name y 4:19
# CHECK-NEXT:        Name z 4:24
# CHECK-NOT:{{.}}
