# Simple assignment to names, attributes and subscripts.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
x = 1
self.w = w
out[i, :] = row
# CHECK:Module "{{.*}}assignment.py"
# CHECK-NEXT:  Assign 3:1
# CHECK-NEXT:    target: Name x 3:1
# CHECK-NEXT:    value: Int 1 3:5
# CHECK-NEXT:  Assign 4:1
# CHECK-NEXT:    target: Attribute w 4:6
# CHECK-NEXT:      Name self 4:1
# CHECK-NEXT:    value: Name w 4:10
# CHECK-NEXT:  Assign 5:1
# CHECK-NEXT:    target: Subscript 5:4
# CHECK-NEXT:      value: Name out 5:1
# CHECK-NEXT:      index: Tuple 5:5
# CHECK-NEXT:        Name i 5:5
# CHECK-NEXT:        Slice 5:8
# CHECK-NEXT:    value: Name row 5:13
# CHECK-NOT:{{.}}
