# Multi-dimensional subscripts are Tuples of Slice/Ellipsis/None.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
y = x[:, 1:3, ..., None]
z = x[i, j]
w = x[None, :]
v = x[0,]
# CHECK:Module "{{.*}}subscript-multidim.py"
# CHECK-NEXT:  Assign 3:1
# CHECK-NEXT:    target: Name y 3:1
# CHECK-NEXT:    value: Subscript 3:6
# CHECK-NEXT:      value: Name x 3:5
# CHECK-NEXT:      index: Tuple 3:7
# CHECK-NEXT:        Slice 3:7
# CHECK-NEXT:        Slice 3:10
# CHECK-NEXT:          lower: Int 1 3:10
# CHECK-NEXT:          upper: Int 3 3:12
# CHECK-NEXT:        Ellipsis 3:15
# CHECK-NEXT:        None 3:20
# CHECK-NEXT:  Assign 4:1
# CHECK-NEXT:    target: Name z 4:1
# CHECK-NEXT:    value: Subscript 4:6
# CHECK-NEXT:      value: Name x 4:5
# CHECK-NEXT:      index: Tuple 4:7
# CHECK-NEXT:        Name i 4:7
# CHECK-NEXT:        Name j 4:10
# CHECK-NEXT:  Assign 5:1
# CHECK-NEXT:    target: Name w 5:1
# CHECK-NEXT:    value: Subscript 5:6
# CHECK-NEXT:      value: Name x 5:5
# CHECK-NEXT:      index: Tuple 5:7
# CHECK-NEXT:        None 5:7
# CHECK-NEXT:        Slice 5:13
# CHECK-NEXT:  Assign 6:1
# CHECK-NEXT:    target: Name v 6:1
# CHECK-NEXT:    value: Subscript 6:6
# CHECK-NEXT:      value: Name x 6:5
# CHECK-NEXT:      index: Tuple 6:7
# CHECK-NEXT:        Int 0 6:7
# CHECK-NOT:{{.}}
