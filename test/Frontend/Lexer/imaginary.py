# Imaginary literals are tokens (the parser rejects them).
# RUN: py2triton %s --emit=tokens | FileCheck --match-full-lines --strict-whitespace %s
# CHECK:13:1 Identifier 'z'
# CHECK-NEXT:13:3 Equal '='
# CHECK-NEXT:13:5 Imaginary '1j'
# CHECK-NEXT:13:8 Plus '+'
# CHECK-NEXT:13:10 Imaginary '2.5J'
# CHECK-NEXT:13:15 Plus '+'
# CHECK-NEXT:13:17 Imaginary '1e3j'
# CHECK-NEXT:13:21 Newline '\n'
# CHECK-NEXT:14:1 Eof ''
# CHECK-NOT:{{.}}
z = 1j + 2.5J + 1e3j
