# A dedent to a column that matches no enclosing block.
# RUN: not py2triton %s --emit=ast 2>&1 | FileCheck --strict-whitespace %s
# CHECK: {{^}}{{.*}}inconsistent-dedent.py:10:3: error: unindent does not match any outer indentation level{{$}}
# CHECK-NEXT: {{^}}  return x{{$}}
# CHECK-NEXT: {{^}}  ^{{$}}
# CHECK-NOT: error
def f(x):
    if x:
        y = 1
  return x
