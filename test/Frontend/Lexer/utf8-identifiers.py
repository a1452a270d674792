# Identifiers may contain UTF-8 letters; strings keep UTF-8 text.
# RUN: py2triton %s --emit=tokens | FileCheck --match-full-lines --strict-whitespace %s
# CHECK:13:1 Identifier 'π'
# CHECK-NEXT:13:4 Equal '='
# CHECK-NEXT:13:6 Float '3.14'
# CHECK-NEXT:13:10 Newline '\n'
# CHECK-NEXT:14:1 Identifier 'naïve'
# CHECK-NEXT:14:8 Equal '='
# CHECK-NEXT:14:10 String '"café"' text='café'
# CHECK-NEXT:14:17 Newline '\n'
# CHECK-NEXT:15:1 Eof ''
# CHECK-NOT:{{.}}
π = 3.14
naïve = "café"
