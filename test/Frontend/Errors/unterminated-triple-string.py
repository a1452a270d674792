# A triple-quoted string that reaches the end of the file.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}unterminated-triple-string.py:8:5: error: unterminated triple-quoted string literal{{$}}
# CHECK-NEXT: {{^}}    """Docstring{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: error
def f():
    """Docstring
    that never ends.
    return 1
