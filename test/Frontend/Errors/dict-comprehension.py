# Dict comprehensions.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}dict-comprehension.py:7:5: error: dict comprehensions are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}y = {k: v for k, v in items}{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: error
y = {k: v for k, v in items}
