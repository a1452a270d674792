# Formatted string literals.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}f-string.py:8:15: error: f-strings are not supported by py2triton{{$}}
# CHECK-NEXT: {{^}}    assert x, f"bad {x}"{{$}}
# CHECK-NEXT: {{^}}              ^{{$}}
# CHECK-NOT: error
def f(x):
    assert x, f"bad {x}"
