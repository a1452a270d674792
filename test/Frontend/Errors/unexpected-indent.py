# An indented line that does not follow a block opener.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}unexpected-indent.py:8:5: error: unexpected indent{{$}}
# CHECK-NEXT: {{^}}    y = 2{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: error
x = 1
    y = 2
