# None is not assignable.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}assign-to-none.py:7:5: error: cannot assign to None{{$}}
# CHECK-NEXT: {{^}}x = None = 1{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: error
x = None = 1
