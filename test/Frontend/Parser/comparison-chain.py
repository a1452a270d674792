# Chained comparisons are one Compare node.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
a < b <= c == d != e > f >= g
# CHECK:Module "{{.*}}comparison-chain.py"
# CHECK-NEXT:  Expr 3:1
# CHECK-NEXT:    Compare [<, <=, ==, !=, >, >=] 3:3
# CHECK-NEXT:      Name a 3:1
# CHECK-NEXT:      Name b 3:5
# CHECK-NEXT:      Name c 3:10
# CHECK-NEXT:      Name d 3:15
# CHECK-NEXT:      Name e 3:20
# CHECK-NEXT:      Name f 3:24
# CHECK-NEXT:      Name g 3:29
# CHECK-NOT:{{.}}
