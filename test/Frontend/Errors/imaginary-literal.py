# Complex numbers.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}imaginary-literal.py:7:9: error: imaginary literals are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}z = 1 + 2j{{$}}
# CHECK-NEXT: {{^}}        ^{{$}}
# CHECK-NOT: error
z = 1 + 2j
