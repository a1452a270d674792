# Integer literals in every base, with separators.
# RUN: py2triton %s --emit=tokens | FileCheck --match-full-lines --strict-whitespace %s
# CHECK:33:1 Identifier 'a'
# CHECK-NEXT:33:3 Equal '='
# CHECK-NEXT:33:5 Integer '0'
# CHECK-NEXT:33:6 Newline '\n'
# CHECK-NEXT:34:1 Identifier 'b'
# CHECK-NEXT:34:3 Equal '='
# CHECK-NEXT:34:5 Integer '00'
# CHECK-NEXT:34:7 Newline '\n'
# CHECK-NEXT:35:1 Identifier 'c'
# CHECK-NEXT:35:3 Equal '='
# CHECK-NEXT:35:5 Integer '1_000_000'
# CHECK-NEXT:35:14 Newline '\n'
# CHECK-NEXT:36:1 Identifier 'd'
# CHECK-NEXT:36:3 Equal '='
# CHECK-NEXT:36:5 Integer '0xDEAD_beef'
# CHECK-NEXT:36:16 Newline '\n'
# CHECK-NEXT:37:1 Identifier 'e'
# CHECK-NEXT:37:3 Equal '='
# CHECK-NEXT:37:5 Integer '0o755'
# CHECK-NEXT:37:10 Newline '\n'
# CHECK-NEXT:38:1 Identifier 'f'
# CHECK-NEXT:38:3 Equal '='
# CHECK-NEXT:38:5 Integer '0B1010_1010'
# CHECK-NEXT:38:16 Newline '\n'
# CHECK-NEXT:39:1 Identifier 'g'
# CHECK-NEXT:39:3 Equal '='
# CHECK-NEXT:39:5 Integer '0x_1'
# CHECK-NEXT:39:9 Newline '\n'
# CHECK-NEXT:40:1 Eof ''
# CHECK-NOT:{{.}}
a = 0
b = 00
c = 1_000_000
d = 0xDEAD_beef
e = 0o755
f = 0B1010_1010
g = 0x_1
