# True, False, None and the ellipsis.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
a = True
b = False
c = None
d = ...
# CHECK:Module "{{.*}}constants.py"
# CHECK-NEXT:  Assign 3:1
# CHECK-NEXT:    target: Name a 3:1
# CHECK-NEXT:    value: Bool True 3:5
# CHECK-NEXT:  Assign 4:1
# CHECK-NEXT:    target: Name b 4:1
# CHECK-NEXT:    value: Bool False 4:5
# CHECK-NEXT:  Assign 5:1
# CHECK-NEXT:    target: Name c 5:1
# CHECK-NEXT:    value: None 5:5
# CHECK-NEXT:  Assign 6:1
# CHECK-NEXT:    target: Name d 6:1
# CHECK-NEXT:    value: Ellipsis 6:5
# CHECK-NOT:{{.}}
