# Chained assignment keeps every target.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
a = b = c = 0
# CHECK:Module "{{.*}}assignment-chained.py"
# CHECK-NEXT:  Assign 3:1
# CHECK-NEXT:    target: Name a 3:1
# CHECK-NEXT:    target: Name b 3:5
# CHECK-NEXT:    target: Name c 3:9
# CHECK-NEXT:    value: Int 0 3:13
# CHECK-NOT:{{.}}
