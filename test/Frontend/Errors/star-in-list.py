# Starred elements in a list display.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}star-in-list.py:7:9: error: starred expressions are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}y = [1, *xs]{{$}}
# CHECK-NEXT: {{^}}        ^{{$}}
# CHECK-NOT: error
y = [1, *xs]
