# A closing bracket of the wrong kind.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}mismatched-bracket.py:7:12: error: closing ')' does not match opening '['{{$}}
# CHECK-NEXT: {{^}}x = foo(a[1){{$}}
# CHECK-NEXT: {{^}}           ^{{$}}
# CHECK-NOT: error
x = foo(a[1)
