# Windows line endings are newlines.
# RUN: py2triton %s --emit=tokens | FileCheck --match-full-lines --strict-whitespace %s
# CHECK:15:1 Kw_if 'if'
# CHECK-NEXT:15:4 Identifier 'x'
# CHECK-NEXT:15:5 Colon ':'
# CHECK-NEXT:15:6 Newline '\r\n'
# CHECK-NEXT:16:5 Indent ''
# CHECK-NEXT:16:5 Identifier 'y'
# CHECK-NEXT:16:7 Equal '='
# CHECK-NEXT:16:9 Integer '1'
# CHECK-NEXT:16:10 Newline '\r\n'
# CHECK-NEXT:17:1 Dedent ''
# CHECK-NEXT:17:1 Eof ''
# CHECK-NOT:{{.}}
if x:
    y = 1
