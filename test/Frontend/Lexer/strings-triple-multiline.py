# Triple-quoted strings span lines; the next token is on the right line.
# RUN: py2triton %s --emit=tokens | FileCheck --match-full-lines --strict-whitespace %s
# CHECK:18:1 Kw_def 'def'
# CHECK-NEXT:18:5 Identifier 'f'
# CHECK-NEXT:18:6 LParen '('
# CHECK-NEXT:18:7 RParen ')'
# CHECK-NEXT:18:8 Colon ':'
# CHECK-NEXT:18:9 Newline '\n'
# CHECK-NEXT:19:5 Indent ''
# CHECK-NEXT:19:5 String '"""First line.\n\n    More text.\n    """' text='First line.\n\n    More text.\n    '
# CHECK-NEXT:22:8 Newline '\n'
# CHECK-NEXT:23:5 Kw_return 'return'
# CHECK-NEXT:23:12 Integer '1'
# CHECK-NEXT:23:13 Newline '\n'
# CHECK-NEXT:24:1 Dedent ''
# CHECK-NEXT:24:1 Eof ''
# CHECK-NOT:{{.}}
def f():
    """First line.

    More text.
    """
    return 1
