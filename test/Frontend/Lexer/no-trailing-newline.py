# A NEWLINE and DEDENTs are synthesized at end of file.
# RUN: py2triton %s --emit=tokens | FileCheck --match-full-lines --strict-whitespace %s
# CHECK:16:1 Kw_def 'def'
# CHECK-NEXT:16:5 Identifier 'f'
# CHECK-NEXT:16:6 LParen '('
# CHECK-NEXT:16:7 RParen ')'
# CHECK-NEXT:16:8 Colon ':'
# CHECK-NEXT:16:9 Newline '\n'
# CHECK-NEXT:17:5 Indent ''
# CHECK-NEXT:17:5 Kw_return 'return'
# CHECK-NEXT:17:12 Integer '1'
# CHECK-NEXT:17:13 Newline ''
# CHECK-NEXT:17:13 Dedent ''
# CHECK-NEXT:17:13 Eof ''
# CHECK-NOT:{{.}}
def f():
    return 1