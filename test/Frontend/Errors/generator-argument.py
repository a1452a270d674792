# A generator expression as the only call argument (reported at its first token).
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}generator-argument.py:7:9: error: generator expressions are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}y = sum(x * x for x in xs){{$}}
# CHECK-NEXT: {{^}}        ^{{$}}
# CHECK-NOT: error
y = sum(x * x for x in xs)
