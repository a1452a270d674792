# Adjacent string literals concatenate into one String.
# RUN: py2triton %s --emit=ast | FileCheck --match-full-lines --strict-whitespace %s
s = 'a' "b" r'\c'
t = ('multi'
     'line')
u = '''tri
ple'''
# CHECK:Module "{{.*}}strings-concatenation.py"
# CHECK-NEXT:  Assign 3:1
# CHECK-NEXT:    target: Name s 3:1
# CHECK-NEXT:    value: String "ab\\c" 3:5
# CHECK-NEXT:  Assign 4:1
# CHECK-NEXT:    target: Name t 4:1
# CHECK-NEXT:    value: String "multiline" 4:6
# CHECK-NEXT:  Assign 6:1
# CHECK-NEXT:    target: Name u 6:1
# CHECK-NEXT:    value: String "tri\nple" 6:5
# CHECK-NOT:{{.}}
