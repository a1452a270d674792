# A binary operator without its right operand.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}expected-expression-operator.py:7:9: error: expected expression{{$}}
# CHECK-NEXT: {{^}}y = a + {{$}}
# CHECK-NEXT: {{^}}        ^{{$}}
# CHECK-NOT: error
y = a + 

