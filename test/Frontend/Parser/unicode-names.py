# UTF-8 identifiers and strings.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
def größe(x):
    return "ø" + x
# CHECK:Module "{{.*}}unicode-names.py"
# CHECK-NEXT:  FunctionDef größe 3:1
# CHECK-NEXT:    Param x 3:13
# CHECK-NEXT:    body:
# CHECK-NEXT:      Return 4:5
# CHECK-NEXT:        BinOp + 4:17
# CHECK-NEXT:          String "ø" 4:12
# CHECK-NEXT:          Name x 4:19
# CHECK-NOT:{{.}}
