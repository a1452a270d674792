# An If without orelse prints no orelse.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
if x > 0:
    y = x
# CHECK:Module "{{.*}}if-without-else.py"
# CHECK-NEXT:  If 3:1
# CHECK-NEXT:    test: Compare [>] 3:6
# CHECK-NEXT:      Name x 3:4
# CHECK-NEXT:      Int 0 3:8
# CHECK-NEXT:    body:
# CHECK-NEXT:      Assign 4:5
# CHECK-NEXT:        target: Name y 4:5
# CHECK-NEXT:        value: Name x 4:9
# CHECK-NOT:{{.}}
