# A single-quoted string that reaches the end of the line.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}unterminated-string.py:8:9: error: unterminated string literal{{$}}
# CHECK-NEXT: {{^}}    s = "abc{{$}}
# CHECK-NEXT: {{^}}        ^{{$}}
# CHECK-NOT: error
def f():
    s = "abc
    return s
