# 'is', 'is not', 'in' and 'not in' comparisons.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
a is None
a is not None
x in y
x not in y
not a in b
# CHECK:Module "{{.*}}comparison-is-in.py"
# CHECK-NEXT:  Expr 3:1
# CHECK-NEXT:    Compare [is] 3:3
# CHECK-NEXT:      Name a 3:1
# CHECK-NEXT:      None 3:6
# CHECK-NEXT:  Expr 4:1
# CHECK-NEXT:    Compare [is not] 4:3
# CHECK-NEXT:      Name a 4:1
# CHECK-NEXT:      None 4:10
# CHECK-NEXT:  Expr 5:1
# CHECK-NEXT:    Compare [in] 5:3
# CHECK-NEXT:      Name x 5:1
# CHECK-NEXT:      Name y 5:6
# CHECK-NEXT:  Expr 6:1
# CHECK-NEXT:    Compare [not in] 6:3
# CHECK-NEXT:      Name x 6:1
# CHECK-NEXT:      Name y 6:10
# CHECK-NEXT:  Expr 7:1
# CHECK-NEXT:    UnaryOp not 7:1
# CHECK-NEXT:      Compare [in] 7:7
# CHECK-NEXT:        Name a 7:5
# CHECK-NEXT:        Name b 7:10
# CHECK-NOT:{{.}}
