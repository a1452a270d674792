# Comments and blank lines produce no tokens and do not affect indentation.
# RUN: py2triton %s --emit=tokens | FileCheck --match-full-lines --strict-whitespace %s
# CHECK:18:1 Kw_def 'def'
# CHECK-NEXT:18:5 Identifier 'f'
# CHECK-NEXT:18:6 LParen '('
# CHECK-NEXT:18:7 RParen ')'
# CHECK-NEXT:18:8 Colon ':'
# CHECK-NEXT:18:29 Newline '\n'
# CHECK-NEXT:21:5 Indent ''
# CHECK-NEXT:21:5 Kw_return 'return'
# CHECK-NEXT:21:12 Integer '1'
# CHECK-NEXT:21:13 Newline '\n'
# CHECK-NEXT:25:1 Dedent ''
# CHECK-NEXT:25:1 Eof ''
# CHECK-NOT:{{.}}
# leading comment

def f():  # trailing comment

        # comment at another depth
    return 1

   
# end
