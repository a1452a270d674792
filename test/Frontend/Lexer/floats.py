# Floating-point literals.
# RUN: py2triton %s --emit=tokens | FileCheck --match-full-lines --strict-whitespace %s
# CHECK:37:1 Identifier 'a'
# CHECK-NEXT:37:3 Equal '='
# CHECK-NEXT:37:5 Float '1.0'
# CHECK-NEXT:37:8 Newline '\n'
# CHECK-NEXT:38:1 Identifier 'b'
# CHECK-NEXT:38:3 Equal '='
# CHECK-NEXT:38:5 Float '1.'
# CHECK-NEXT:38:7 Newline '\n'
# CHECK-NEXT:39:1 Identifier 'c'
# CHECK-NEXT:39:3 Equal '='
# CHECK-NEXT:39:5 Float '.5'
# CHECK-NEXT:39:7 Newline '\n'
# CHECK-NEXT:40:1 Identifier 'd'
# CHECK-NEXT:40:3 Equal '='
# CHECK-NEXT:40:5 Float '1e-5'
# CHECK-NEXT:40:9 Newline '\n'
# CHECK-NEXT:41:1 Identifier 'e'
# CHECK-NEXT:41:3 Equal '='
# CHECK-NEXT:41:5 Float '1E+10'
# CHECK-NEXT:41:10 Newline '\n'
# CHECK-NEXT:42:1 Identifier 'f'
# CHECK-NEXT:42:3 Equal '='
# CHECK-NEXT:42:5 Float '1_000.5e+3'
# CHECK-NEXT:42:15 Newline '\n'
# CHECK-NEXT:43:1 Identifier 'g'
# CHECK-NEXT:43:3 Equal '='
# CHECK-NEXT:43:5 Float '012.5'
# CHECK-NEXT:43:10 Newline '\n'
# CHECK-NEXT:44:1 Identifier 'h'
# CHECK-NEXT:44:3 Equal '='
# CHECK-NEXT:44:5 Float '0e0'
# CHECK-NEXT:44:8 Newline '\n'
# CHECK-NEXT:45:1 Eof ''
# CHECK-NOT:{{.}}
a = 1.0
b = 1.
c = .5
d = 1e-5
e = 1E+10
f = 1_000.5e+3
g = 012.5
h = 0e0
