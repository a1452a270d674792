# Tabs advance the indentation to the next multiple of 8.
# RUN: py2triton %s --emit=tokens | FileCheck --match-full-lines --strict-whitespace %s
# CHECK:19:1 Kw_if 'if'
# CHECK-NEXT:19:4 Identifier 'x'
# CHECK-NEXT:19:5 Colon ':'
# CHECK-NEXT:19:6 Newline '\n'
# CHECK-NEXT:20:2 Indent ''
# CHECK-NEXT:20:2 Identifier 'y'
# CHECK-NEXT:20:4 Equal '='
# CHECK-NEXT:20:6 Integer '1'
# CHECK-NEXT:20:7 Newline '\n'
# CHECK-NEXT:21:9 Identifier 'z'
# CHECK-NEXT:21:11 Equal '='
# CHECK-NEXT:21:13 Integer '2'
# CHECK-NEXT:21:14 Newline '\n'
# CHECK-NEXT:22:1 Dedent ''
# CHECK-NEXT:22:1 Eof ''
# CHECK-NOT:{{.}}
if x:
	y = 1
        z = 2
