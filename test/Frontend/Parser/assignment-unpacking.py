# Tuple and list unpacking targets.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
a, b = b, a
(c, d), [e, f] = t
m, = x
# CHECK:Module "{{.*}}assignment-unpacking.py"
# CHECK-NEXT:  Assign 3:1
# CHECK-NEXT:    target: Tuple 3:1
# CHECK-NEXT:      Name a 3:1
# CHECK-NEXT:      Name b 3:4
# CHECK-NEXT:    value: Tuple 3:8
# CHECK-NEXT:      Name b 3:8
# CHECK-NEXT:      Name a 3:11
# CHECK-NEXT:  Assign 4:1
# CHECK-NEXT:    target: Tuple 4:1
# CHECK-NEXT:      Tuple 4:1
# CHECK-NEXT:        Name c 4:2
# CHECK-NEXT:        Name d 4:5
# CHECK-NEXT:      List 4:9
# CHECK-NEXT:        Name e 4:10
# CHECK-NEXT:        Name f 4:13
# CHECK-NEXT:    value: Name t 4:18
# CHECK-NEXT:  Assign 5:1
# CHECK-NEXT:    target: Tuple 5:1
# CHECK-NEXT:      Name m 5:1
# CHECK-NEXT:    value: Name x 5:6
# CHECK-NOT:{{.}}
