# Assignment expressions (reported at the target).
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}walrus.py:7:5: error: assignment expressions (':=') are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}if (n := len(x)) > 10:{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: error
if (n := len(x)) > 10:
    pass
