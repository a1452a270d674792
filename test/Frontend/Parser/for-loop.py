# for loops with name and tuple targets.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
for i in range(10):
    s += i
for i, j in zip(a, b):
    pass
for (k, v) in items:
    pass
# CHECK:Module "{{.*}}for-loop.py"
# CHECK-NEXT:  For 3:1
# CHECK-NEXT:    target: Name i 3:5
# CHECK-NEXT:    iter: Call 3:15
# CHECK-NEXT:      func: Name range 3:10
# CHECK-NEXT:      Int 10 3:16
# CHECK-NEXT:    body:
# CHECK-NEXT:      AugAssign += 4:5
# CHECK-NEXT:        target: Name s 4:5
# CHECK-NEXT:        value: Name i 4:10
# CHECK-NEXT:  For 5:1
# CHECK-NEXT:    target: Tuple 5:5
# CHECK-NEXT:      Name i 5:5
# CHECK-NEXT:      Name j 5:8
# CHECK-NEXT:    iter: Call 5:16
# CHECK-NEXT:      func: Name zip 5:13
# CHECK-NEXT:      Name a 5:17
# CHECK-NEXT:      Name b 5:20
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass 6:5
# CHECK-NEXT:  For 7:1
# CHECK-NEXT:    target: Tuple 7:5
# CHECK-NEXT:      Name k 7:6
# CHECK-NEXT:      Name v 7:9
# CHECK-NEXT:    iter: Name items 7:15
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass 8:5
# CHECK-NOT:{{.}}
