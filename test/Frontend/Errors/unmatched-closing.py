# A closing parenthesis with no opener.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}unmatched-closing.py:8:13: error: unmatched ')'{{$}}
# CHECK-NEXT: {{^}}    return x){{$}}
# CHECK-NEXT: {{^}}            ^{{$}}
# CHECK-NOT: error
def f(x):
    return x)
