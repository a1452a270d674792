# yield used as a value.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}yield-expression.py:8:9: error: yield expressions are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}    x = yield{{$}}
# CHECK-NEXT: {{^}}        ^{{$}}
# CHECK-NOT: error
def f():
    x = yield
