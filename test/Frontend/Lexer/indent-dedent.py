# INDENT and DEDENT tokens from the indentation stack.
# RUN: py2triton %s --emit=tokens | FileCheck --match-full-lines --strict-whitespace %s
# CHECK:30:1 Kw_def 'def'
# CHECK-NEXT:30:5 Identifier 'f'
# CHECK-NEXT:30:6 LParen '('
# CHECK-NEXT:30:7 Identifier 'x'
# CHECK-NEXT:30:8 RParen ')'
# CHECK-NEXT:30:9 Colon ':'
# CHECK-NEXT:30:10 Newline '\n'
# CHECK-NEXT:31:5 Indent ''
# CHECK-NEXT:31:5 Kw_if 'if'
# CHECK-NEXT:31:8 Identifier 'x'
# CHECK-NEXT:31:9 Colon ':'
# CHECK-NEXT:31:10 Newline '\n'
# CHECK-NEXT:32:9 Indent ''
# CHECK-NEXT:32:9 Kw_return 'return'
# CHECK-NEXT:32:16 Integer '1'
# CHECK-NEXT:32:17 Newline '\n'
# CHECK-NEXT:33:5 Dedent ''
# CHECK-NEXT:33:5 Kw_return 'return'
# CHECK-NEXT:33:12 Integer '2'
# CHECK-NEXT:33:13 Newline '\n'
# CHECK-NEXT:34:1 Dedent ''
# CHECK-NEXT:34:1 Identifier 'y'
# CHECK-NEXT:34:3 Equal '='
# CHECK-NEXT:34:5 Integer '3'
# CHECK-NEXT:34:6 Newline '\n'
# CHECK-NEXT:35:1 Eof ''
# CHECK-NOT:{{.}}
def f(x):
    if x:
        return 1
    return 2
y = 3
