# An f-string after a plain literal is reported at the f-string.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}f-string-concatenated.py:7:11: error: f-strings are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}msg = "a" F"{b}"{{$}}
# CHECK-NEXT: {{^}}          ^{{$}}
# CHECK-NOT: error
msg = "a" F"{b}"
