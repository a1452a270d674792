# Slices with every combination of bounds.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
x[1:2]
x[:2]
x[1:]
x[:]
x[::2]
x[1:2:3]
x[::]
x[-1]
# CHECK:Module "{{.*}}slices.py"
# CHECK-NEXT:  Expr 3:1
# CHECK-NEXT:    Subscript 3:2
# CHECK-NEXT:      value: Name x 3:1
# CHECK-NEXT:      index: Slice 3:3
# CHECK-NEXT:        lower: Int 1 3:3
# CHECK-NEXT:        upper: Int 2 3:5
# CHECK-NEXT:  Expr 4:1
# CHECK-NEXT:    Subscript 4:2
# CHECK-NEXT:      value: Name x 4:1
# CHECK-NEXT:      index: Slice 4:3
# CHECK-NEXT:        upper: Int 2 4:4
# CHECK-NEXT:  Expr 5:1
# CHECK-NEXT:    Subscript 5:2
# CHECK-NEXT:      value: Name x 5:1
# CHECK-NEXT:      index: Slice 5:3
# CHECK-NEXT:        lower: Int 1 5:3
# CHECK-NEXT:  Expr 6:1
# CHECK-NEXT:    Subscript 6:2
# CHECK-NEXT:      value: Name x 6:1
# CHECK-NEXT:      index: Slice 6:3
# CHECK-NEXT:  Expr 7:1
# CHECK-NEXT:    Subscript 7:2
# CHECK-NEXT:      value: Name x 7:1
# CHECK-NEXT:      index: Slice 7:3
# CHECK-NEXT:        step: Int 2 7:5
# CHECK-NEXT:  Expr 8:1
# CHECK-NEXT:    Subscript 8:2
# CHECK-NEXT:      value: Name x 8:1
# CHECK-NEXT:      index: Slice 8:3
# CHECK-NEXT:        lower: Int 1 8:3
# CHECK-NEXT:        upper: Int 2 8:5
# CHECK-NEXT:        step: Int 3 8:7
# CHECK-NEXT:  Expr 9:1
# CHECK-NEXT:    Subscript 9:2
# CHECK-NEXT:      value: Name x 9:1
# CHECK-NEXT:      index: Slice 9:3
# CHECK-NEXT:  Expr 10:1
# CHECK-NEXT:    Subscript 10:2
# CHECK-NEXT:      value: Name x 10:1
# CHECK-NEXT:      index: UnaryOp - 10:3
# CHECK-NEXT:        Int 1 10:4
# CHECK-NOT:{{.}}
