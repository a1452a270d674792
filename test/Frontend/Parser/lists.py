# List displays.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
a = []
b = [1]
c = [1, [2, 3],]
# CHECK:Module "{{.*}}lists.py"
# CHECK-NEXT:  Assign 3:1
# CHECK-NEXT:    target: Name a 3:1
# CHECK-NEXT:    value: List 3:5
# CHECK-NEXT:  Assign 4:1
# CHECK-NEXT:    target: Name b 4:1
# CHECK-NEXT:    value: List 4:5
# CHECK-NEXT:      Int 1 4:6
# CHECK-NEXT:  Assign 5:1
# CHECK-NEXT:    target: Name c 5:1
# CHECK-NEXT:    value: List 5:5
# CHECK-NEXT:      Int 1 5:6
# CHECK-NEXT:      List 5:9
# CHECK-NEXT:        Int 2 5:10
# CHECK-NEXT:        Int 3 5:13
# CHECK-NOT:{{.}}
