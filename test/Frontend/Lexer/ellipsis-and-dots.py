# Dots, the ellipsis and floats starting with a dot.
# RUN: py2triton %s --emit=tokens | FileCheck --match-full-lines --strict-whitespace %s
# CHECK:18:1 Identifier 'x'
# CHECK-NEXT:18:2 LSquare '['
# CHECK-NEXT:18:3 Ellipsis '...'
# CHECK-NEXT:18:6 Comma ','
# CHECK-NEXT:18:8 Float '.5'
# CHECK-NEXT:18:10 RSquare ']'
# CHECK-NEXT:18:11 Newline '\n'
# CHECK-NEXT:19:1 Identifier 'a'
# CHECK-NEXT:19:2 Dot '.'
# CHECK-NEXT:19:3 Identifier 'b'
# CHECK-NEXT:19:4 Dot '.'
# CHECK-NEXT:19:5 Identifier 'c'
# CHECK-NEXT:19:6 Newline '\n'
# CHECK-NEXT:20:1 Eof ''
# CHECK-NOT:{{.}}
x[..., .5]
a.b.c
