# An empty dict display.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}empty-dict.py:7:9: error: dict displays are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}cache = {}{{$}}
# CHECK-NEXT: {{^}}        ^{{$}}
# CHECK-NOT: error
cache = {}
