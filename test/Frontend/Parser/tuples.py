# Tuples with and without parentheses, trailing comma and the empty tuple.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
a = ()
b = (1,)
c = 1, 2
d = (1, 2,)
e = 1,
f = ((1, 2), 3)
# CHECK:Module "{{.*}}tuples.py"
# CHECK-NEXT:  Assign 3:1
# CHECK-NEXT:    target: Name a 3:1
# CHECK-NEXT:    value: Tuple 3:5
# CHECK-NEXT:  Assign 4:1
# CHECK-NEXT:    target: Name b 4:1
# CHECK-NEXT:    value: Tuple 4:5
# CHECK-NEXT:      Int 1 4:6
# CHECK-NEXT:  Assign 5:1
# CHECK-NEXT:    target: Name c 5:1
# CHECK-NEXT:    value: Tuple 5:5
# CHECK-NEXT:      Int 1 5:5
# CHECK-NEXT:      Int 2 5:8
# CHECK-NEXT:  Assign 6:1
# CHECK-NEXT:    target: Name d 6:1
# CHECK-NEXT:    value: Tuple 6:5
# CHECK-NEXT:      Int 1 6:6
# CHECK-NEXT:      Int 2 6:9
# CHECK-NEXT:  Assign 7:1
# CHECK-NEXT:    target: Name e 7:1
# CHECK-NEXT:    value: Tuple 7:5
# CHECK-NEXT:      Int 1 7:5
# CHECK-NEXT:  Assign 8:1
# CHECK-NEXT:    target: Name f 8:1
# CHECK-NEXT:    value: Tuple 8:5
# CHECK-NEXT:      Tuple 8:6
# CHECK-NEXT:        Int 1 8:7
# CHECK-NEXT:        Int 2 8:10
# CHECK-NEXT:      Int 3 8:14
# CHECK-NOT:{{.}}
