# Arithmetic precedence and left associativity.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
a + b * c - d / e // f % g @ h
# CHECK:Module "{{.*}}precedence-arithmetic.py"
# CHECK-NEXT:  Expr 3:1
# CHECK-NEXT:    BinOp - 3:11
# CHECK-NEXT:      BinOp + 3:3
# CHECK-NEXT:        Name a 3:1
# CHECK-NEXT:        BinOp * 3:7
# CHECK-NEXT:          Name b 3:5
# CHECK-NEXT:          Name c 3:9
# CHECK-NEXT:      BinOp @ 3:28
# CHECK-NEXT:        BinOp % 3:24
# CHECK-NEXT:          BinOp // 3:19
# CHECK-NEXT:            BinOp / 3:15
# CHECK-NEXT:              Name d 3:13
# CHECK-NEXT:              Name e 3:17
# CHECK-NEXT:            Name f 3:22
# CHECK-NEXT:          Name g 3:26
# CHECK-NEXT:        Name h 3:30
# CHECK-NOT:{{.}}
