# Escapes are decoded into the token text.
# RUN: py2triton %s --emit=tokens | FileCheck --match-full-lines --strict-whitespace %s
# CHECK:9:1 Identifier 's'
# CHECK-NEXT:9:3 Equal '='
# CHECK-NEXT:9:5 String '"nl\\n tab\\t bs\\\\ sq\\\' dq\\" hex\\x41 oct\\101 u\\u00e9 U\\U0001F600 bell\\a unknown\\q"' text='nl\n tab\t bs\\ sq\' dq" hexA octA ué U😀 bell\x07 unknown\\q'
# CHECK-NEXT:9:85 Newline '\n'
# CHECK-NEXT:10:1 Eof ''
# CHECK-NOT:{{.}}
s = "nl\n tab\t bs\\ sq\' dq\" hex\x41 oct\101 u\u00e9 U\U0001F600 bell\a unknown\q"
