# Every augmented assignment operator.
# RUN: py2triton %s --emit=tokens | FileCheck --match-full-lines --strict-whitespace %s
# CHECK:57:1 Identifier 'a'
# CHECK-NEXT:57:3 PlusEqual '+='
# CHECK-NEXT:57:6 Integer '1'
# CHECK-NEXT:57:7 Newline '\n'
# CHECK-NEXT:58:1 Identifier 'a'
# CHECK-NEXT:58:3 MinusEqual '-='
# CHECK-NEXT:58:6 Integer '1'
# CHECK-NEXT:58:7 Newline '\n'
# CHECK-NEXT:59:1 Identifier 'a'
# CHECK-NEXT:59:3 StarEqual '*='
# CHECK-NEXT:59:6 Integer '1'
# CHECK-NEXT:59:7 Newline '\n'
# CHECK-NEXT:60:1 Identifier 'a'
# CHECK-NEXT:60:3 SlashEqual '/='
# CHECK-NEXT:60:6 Integer '1'
# CHECK-NEXT:60:7 Newline '\n'
# CHECK-NEXT:61:1 Identifier 'a'
# CHECK-NEXT:61:3 DoubleSlashEqual '//='
# CHECK-NEXT:61:7 Integer '1'
# CHECK-NEXT:61:8 Newline '\n'
# CHECK-NEXT:62:1 Identifier 'a'
# CHECK-NEXT:62:3 PercentEqual '%='
# CHECK-NEXT:62:6 Integer '1'
# CHECK-NEXT:62:7 Newline '\n'
# CHECK-NEXT:63:1 Identifier 'a'
# CHECK-NEXT:63:3 AtEqual '@='
# CHECK-NEXT:63:6 Integer '1'
# CHECK-NEXT:63:7 Newline '\n'
# CHECK-NEXT:64:1 Identifier 'a'
# CHECK-NEXT:64:3 AmpEqual '&='
# CHECK-NEXT:64:6 Integer '1'
# CHECK-NEXT:64:7 Newline '\n'
# CHECK-NEXT:65:1 Identifier 'a'
# CHECK-NEXT:65:3 PipeEqual '|='
# CHECK-NEXT:65:6 Integer '1'
# CHECK-NEXT:65:7 Newline '\n'
# CHECK-NEXT:66:1 Identifier 'a'
# CHECK-NEXT:66:3 CaretEqual '^='
# CHECK-NEXT:66:6 Integer '1'
# CHECK-NEXT:66:7 Newline '\n'
# CHECK-NEXT:67:1 Identifier 'a'
# CHECK-NEXT:67:3 RightShiftEqual '>>='
# CHECK-NEXT:67:7 Integer '1'
# CHECK-NEXT:67:8 Newline '\n'
# CHECK-NEXT:68:1 Identifier 'a'
# CHECK-NEXT:68:3 LeftShiftEqual '<<='
# CHECK-NEXT:68:7 Integer '1'
# CHECK-NEXT:68:8 Newline '\n'
# CHECK-NEXT:69:1 Identifier 'a'
# CHECK-NEXT:69:3 DoubleStarEqual '**='
# CHECK-NEXT:69:7 Integer '1'
# CHECK-NEXT:69:8 Newline '\n'
# CHECK-NEXT:70:1 Eof ''
# CHECK-NOT:{{.}}
a += 1
a -= 1
a *= 1
a /= 1
a //= 1
a %= 1
a @= 1
a &= 1
a |= 1
a ^= 1
a >>= 1
a <<= 1
a **= 1
