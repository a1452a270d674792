# Dict displays.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}dict-display.py:7:7: error: dict displays are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}cfg = {'BLOCK': 128}{{$}}
# CHECK-NEXT: {{^}}      ^{{$}}
# CHECK-NOT: error
cfg = {'BLOCK': 128}
