# Single, double and triple quotes.
# RUN: py2triton %s --emit=tokens | FileCheck --match-full-lines --strict-whitespace %s
# CHECK:29:1 Identifier 'a'
# CHECK-NEXT:29:3 Equal '='
# CHECK-NEXT:29:5 String '\'single\'' text='single'
# CHECK-NEXT:29:13 Newline '\n'
# CHECK-NEXT:30:1 Identifier 'b'
# CHECK-NEXT:30:3 Equal '='
# CHECK-NEXT:30:5 String '"double"' text='double'
# CHECK-NEXT:30:13 Newline '\n'
# CHECK-NEXT:31:1 Identifier 'c'
# CHECK-NEXT:31:3 Equal '='
# CHECK-NEXT:31:5 String '\'\'\'tri\'ple\'\'\'' text='tri\'ple'
# CHECK-NEXT:31:18 Newline '\n'
# CHECK-NEXT:32:1 Identifier 'd'
# CHECK-NEXT:32:3 Equal '='
# CHECK-NEXT:32:5 String '"""tri"ple"""' text='tri"ple'
# CHECK-NEXT:32:18 Newline '\n'
# CHECK-NEXT:33:1 Identifier 'e'
# CHECK-NEXT:33:3 Equal '='
# CHECK-NEXT:33:5 String '\'\'' text=''
# CHECK-NEXT:33:7 Newline '\n'
# CHECK-NEXT:34:1 Identifier 'f'
# CHECK-NEXT:34:3 Equal '='
# CHECK-NEXT:34:5 String '"it\'s"' text='it\'s'
# CHECK-NEXT:34:11 Newline '\n'
# CHECK-NEXT:35:1 Eof ''
# CHECK-NOT:{{.}}
a = 'single'
b = "double"
c = '''tri'ple'''
d = """tri"ple"""
e = ''
f = "it's"
