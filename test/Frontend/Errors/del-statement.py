# del statements.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}del-statement.py:8:5: error: del statements are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}    del x{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: error
def f(x):
    del x
