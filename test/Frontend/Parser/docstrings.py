# Docstrings stay in the body as string expression statements.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
"""Module docstring."""

def f(x):
    """Function docstring.

    Details.
    """
    return x

class A:
    '''Class docstring.'''
# CHECK:Module "{{.*}}docstrings.py"
# CHECK-NEXT:  Expr 3:1
# CHECK-NEXT:    String "Module docstring." 3:1
# CHECK-NEXT:  FunctionDef f 5:1
# CHECK-NEXT:    Param x 5:7
# CHECK-NEXT:    body:
# CHECK-NEXT:      Expr 6:5
# CHECK-NEXT:        String "Function docstring.\n\n    Details.\n    " 6:5
# CHECK-NEXT:      Return 10:5
# CHECK-NEXT:        Name x 10:12
# CHECK-NEXT:  ClassDef A 12:1
# CHECK-NEXT:    body:
# CHECK-NEXT:      Expr 13:5
# CHECK-NEXT:        String "Class docstring." 13:5
# CHECK-NOT:{{.}}
