# Conditional expressions nest to the right.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
y = a if c else b
z = a if c1 else b if c2 else d
# CHECK:Module "{{.*}}conditional-expression.py"
# CHECK-NEXT:  Assign 3:1
# CHECK-NEXT:    target: Name y 3:1
# CHECK-NEXT:    value: IfExp 3:7
# CHECK-NEXT:      test: Name c 3:10
# CHECK-NEXT:      body: Name a 3:5
# CHECK-NEXT:      orelse: Name b 3:17
# CHECK-NEXT:  Assign 4:1
# CHECK-NEXT:    target: Name z 4:1
# CHECK-NEXT:    value: IfExp 4:7
# CHECK-NEXT:      test: Name c1 4:10
# CHECK-NEXT:      body: Name a 4:5
# CHECK-NEXT:      orelse: IfExp 4:20
# CHECK-NEXT:        test: Name c2 4:23
# CHECK-NEXT:        body: Name b 4:18
# CHECK-NEXT:        orelse: Name d 4:31
# CHECK-NOT:{{.}}
