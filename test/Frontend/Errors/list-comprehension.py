# List comprehensions (reported at the opening bracket).
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}list-comprehension.py:8:12: error: list comprehensions are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}    return [x * 2 for x in xs]{{$}}
# CHECK-NEXT: {{^}}           ^{{$}}
# CHECK-NOT: error
def f(xs):
    return [x * 2 for x in xs]
