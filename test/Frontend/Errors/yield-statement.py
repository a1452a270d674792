# yield (generators).
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}yield-statement.py:8:5: error: yield expressions are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}    yield xs{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: error
def f(xs):
    yield xs
