# Power binds tighter than a unary operator on its left and is right-associative.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
-2 ** 2
a ** b ** c
a ** -b
~x + -y * +z
# CHECK:Module "{{.*}}precedence-power-unary.py"
# CHECK-NEXT:  Expr 3:1
# CHECK-NEXT:    UnaryOp - 3:1
# CHECK-NEXT:      BinOp ** 3:4
# CHECK-NEXT:        Int 2 3:2
# CHECK-NEXT:        Int 2 3:7
# CHECK-NEXT:  Expr 4:1
# CHECK-NEXT:    BinOp ** 4:3
# CHECK-NEXT:      Name a 4:1
# CHECK-NEXT:      BinOp ** 4:8
# CHECK-NEXT:        Name b 4:6
# CHECK-NEXT:        Name c 4:11
# CHECK-NEXT:  Expr 5:1
# CHECK-NEXT:    BinOp ** 5:3
# CHECK-NEXT:      Name a 5:1
# CHECK-NEXT:      UnaryOp - 5:6
# CHECK-NEXT:        Name b 5:7
# CHECK-NEXT:  Expr 6:1
# CHECK-NEXT:    BinOp + 6:4
# CHECK-NEXT:      UnaryOp ~ 6:1
# CHECK-NEXT:        Name x 6:2
# CHECK-NEXT:      BinOp * 6:9
# CHECK-NEXT:        UnaryOp - 6:6
# CHECK-NEXT:          Name y 6:7
# CHECK-NEXT:        UnaryOp + 6:11
# CHECK-NEXT:          Name z 6:12
# CHECK-NOT:{{.}}
