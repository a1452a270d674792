# A dict display that starts with ** unpacking.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}dict-unpacking-display.py:7:5: error: dict displays are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}d = {**a}{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
# CHECK-NOT: error
d = {**a}
