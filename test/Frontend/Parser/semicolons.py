# Semicolon-separated simple statements.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
a = 1; b = 2
c = 3;
import os; pass
# CHECK:Module "{{.*}}semicolons.py"
# CHECK-NEXT:  Assign 3:1
# CHECK-NEXT:    target: Name a 3:1
# CHECK-NEXT:    value: Int 1 3:5
# CHECK-NEXT:  Assign 3:8
# CHECK-NEXT:    target: Name b 3:8
# CHECK-NEXT:    value: Int 2 3:12
# CHECK-NEXT:  Assign 4:1
# CHECK-NEXT:    target: Name c 4:1
# CHECK-NEXT:    value: Int 3 4:5
# CHECK-NEXT:  Import 5:1
# CHECK-NEXT:    Alias os 5:8
# CHECK-NEXT:  Pass 5:12
# CHECK-NOT:{{.}}
