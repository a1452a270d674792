# global declarations.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}global-statement.py:8:5: error: global statements are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}    global counter{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: error
def f():
    global counter
