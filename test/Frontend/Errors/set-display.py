# Set displays.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}set-display.py:7:5: error: set displays are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}y = {1, 2, 3}{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: error
y = {1, 2, 3}
