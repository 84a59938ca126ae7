import os; import sys; x = 1; y = 2;
if x: print(x); print(y)
while y > 0: y -= 1; print(y)
for i in range(2): print(i); continue
def f(): return 1; pass
class C: a = 1; b = 2
try: pass
except: pass
with open(__file__) as fh: data = fh.read(1)
print(f(), C.a, C.b);
