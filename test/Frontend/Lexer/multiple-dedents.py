# Several DEDENTs on one line and at end of file.
# RUN: py2triton %s --emit=tokens | FileCheck --match-full-lines --strict-whitespace %s
# CHECK:45:1 Kw_class 'class'
# CHECK-NEXT:45:7 Identifier 'A'
# CHECK-NEXT:45:8 Colon ':'
# CHECK-NEXT:45:9 Newline '\n'
# CHECK-NEXT:46:3 Indent ''
# CHECK-NEXT:46:3 Kw_def 'def'
# CHECK-NEXT:46:7 Identifier 'f'
# CHECK-NEXT:46:8 LParen '('
# CHECK-NEXT:46:9 Identifier 'self'
# CHECK-NEXT:46:13 RParen ')'
# CHECK-NEXT:46:14 Colon ':'
# CHECK-NEXT:46:15 Newline '\n'
# CHECK-NEXT:47:5 Indent ''
# CHECK-NEXT:47:5 Kw_if 'if'
# CHECK-NEXT:47:8 Identifier 'x'
# CHECK-NEXT:47:9 Colon ':'
# CHECK-NEXT:47:10 Newline '\n'
# CHECK-NEXT:48:7 Indent ''
# CHECK-NEXT:48:7 Kw_if 'if'
# CHECK-NEXT:48:10 Identifier 'y'
# CHECK-NEXT:48:11 Colon ':'
# CHECK-NEXT:48:12 Newline '\n'
# CHECK-NEXT:49:9 Indent ''
# CHECK-NEXT:49:9 Kw_pass 'pass'
# CHECK-NEXT:49:13 Newline '\n'
# CHECK-NEXT:50:3 Dedent ''
# CHECK-NEXT:50:3 Dedent ''
# CHECK-NEXT:50:3 Dedent ''
# CHECK-NEXT:50:3 Kw_def 'def'
# CHECK-NEXT:50:7 Identifier 'g'
# CHECK-NEXT:50:8 LParen '('
# CHECK-NEXT:50:9 Identifier 'self'
# CHECK-NEXT:50:13 RParen ')'
# CHECK-NEXT:50:14 Colon ':'
# CHECK-NEXT:50:15 Newline '\n'
# CHECK-NEXT:51:5 Indent ''
# CHECK-NEXT:51:5 Kw_pass 'pass'
# CHECK-NEXT:51:9 Newline '\n'
# CHECK-NEXT:52:1 Dedent ''
# CHECK-NEXT:52:1 Dedent ''
# CHECK-NEXT:52:1 Eof ''
# CHECK-NOT:{{.}}
class A:
  def f(self):
    if x:
      if y:
        pass
  def g(self):
    pass
