# No NEWLINE or INDENT inside brackets.
# RUN: py2triton %s --emit=tokens | FileCheck --match-full-lines --strict-whitespace %s
# CHECK:28:1 Identifier 'x'
# CHECK-NEXT:28:3 Equal '='
# CHECK-NEXT:28:5 Identifier 'foo'
# CHECK-NEXT:28:8 LParen '('
# CHECK-NEXT:28:9 Integer '1'
# CHECK-NEXT:28:10 Comma ','
# CHECK-NEXT:29:9 Integer '2'
# CHECK-NEXT:29:10 Comma ','
# CHECK-NEXT:30:3 LSquare '['
# CHECK-NEXT:30:4 Integer '3'
# CHECK-NEXT:30:5 Comma ','
# CHECK-NEXT:31:1 Integer '4'
# CHECK-NEXT:31:2 RSquare ']'
# CHECK-NEXT:31:3 Comma ','
# CHECK-NEXT:31:5 LBrace '{'
# CHECK-NEXT:32:5 Integer '5'
# CHECK-NEXT:32:6 RBrace '}'
# CHECK-NEXT:32:7 RParen ')'
# CHECK-NEXT:32:8 Newline '\n'
# CHECK-NEXT:33:1 Identifier 'y'
# CHECK-NEXT:33:3 Equal '='
# CHECK-NEXT:33:5 Integer '6'
# CHECK-NEXT:33:6 Newline '\n'
# CHECK-NEXT:34:1 Eof ''
# CHECK-NOT:{{.}}
x = foo(1,
        2,
  [3,
4], {
    5})
y = 6
