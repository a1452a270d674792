# A backslash-newline inside a string is removed; raw strings keep it.
# RUN: py2triton %s --emit=tokens | FileCheck --match-full-lines --strict-whitespace %s
# CHECK:17:1 Identifier 's'
# CHECK-NEXT:17:3 Equal '='
# CHECK-NEXT:17:5 String '"abc\\\ndef"' text='abcdef'
# CHECK-NEXT:18:5 Newline '\n'
# CHECK-NEXT:19:1 Identifier 'r'
# CHECK-NEXT:19:3 Equal '='
# CHECK-NEXT:19:5 String 'r"abc\\\ndef"' text='abc\\\ndef'
# CHECK-NEXT:20:5 Newline '\n'
# CHECK-NEXT:21:1 Identifier 't'
# CHECK-NEXT:21:3 Equal '='
# CHECK-NEXT:21:5 Integer '1'
# CHECK-NEXT:21:6 Newline '\n'
# CHECK-NEXT:22:1 Eof ''
# CHECK-NOT:{{.}}
s = "abc\
def"
r = r"abc\
def"
t = 1
