# A keyword that cannot start a statement.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}invalid-syntax-keyword.py:8:1: error: invalid syntax{{$}}
# CHECK-NEXT: {{^}}else:{{$}}
# CHECK-NEXT: {{^}}^{{$}}
# CHECK-NOT: error
x = 1
else:
    pass
