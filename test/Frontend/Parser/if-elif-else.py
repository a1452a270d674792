# elif becomes a nested If in orelse.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
if a:
    x = 1
elif b:
    x = 2
elif c:
    x = 3
else:
    x = 4
# CHECK:Module "{{.*}}if-elif-else.py"
# CHECK-NEXT:  If 3:1
# CHECK-NEXT:    test: Name a 3:4
# CHECK-NEXT:    body:
# CHECK-NEXT:      Assign 4:5
# CHECK-NEXT:        target: Name x 4:5
# CHECK-NEXT:        value: Int 1 4:9
# CHECK-NEXT:    orelse:
# CHECK-NEXT:      If 5:1
# CHECK-NEXT:        test: Name b 5:6
# CHECK-NEXT:        body:
# CHECK-NEXT:          Assign 6:5
# CHECK-NEXT:            target: Name x 6:5
# CHECK-NEXT:            value: Int 2 6:9
# CHECK-NEXT:        orelse:
# CHECK-NEXT:          If 7:1
# CHECK-NEXT:            test: Name c 7:6
# CHECK-NEXT:            body:
# CHECK-NEXT:              Assign 8:5
# CHECK-NEXT:                target: Name x 8:5
# CHECK-NEXT:                value: Int 3 8:9
# CHECK-NEXT:            orelse:
# CHECK-NEXT:              Assign 10:5
# CHECK-NEXT:                target: Name x 10:5
# CHECK-NEXT:                value: Int 4 10:9
# CHECK-NOT:{{.}}
