# Explicit line joining with a backslash.
# RUN: py2triton %s --emit=tokens | FileCheck --match-full-lines --strict-whitespace %s
# CHECK:21:1 Identifier 'x'
# CHECK-NEXT:21:3 Equal '='
# CHECK-NEXT:21:5 Integer '1'
# CHECK-NEXT:21:7 Plus '+'
# CHECK-NEXT:22:5 Integer '2'
# CHECK-NEXT:22:6 Newline '\n'
# CHECK-NEXT:23:1 Kw_if 'if'
# CHECK-NEXT:23:4 Identifier 'a'
# CHECK-NEXT:23:6 Kw_and 'and'
# CHECK-NEXT:24:4 Identifier 'b'
# CHECK-NEXT:24:5 Colon ':'
# CHECK-NEXT:24:6 Newline '\n'
# CHECK-NEXT:25:5 Indent ''
# CHECK-NEXT:25:5 Kw_pass 'pass'
# CHECK-NEXT:25:9 Newline '\n'
# CHECK-NEXT:26:1 Dedent ''
# CHECK-NEXT:26:1 Eof ''
# CHECK-NOT:{{.}}
x = 1 + \
    2
if a and \
   b:
    pass
