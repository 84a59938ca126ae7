for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
    else:
        print("no break", i)

n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    elif n == 8:
        break
else:
    print("exhausted")

if n: pass
elif not n: pass
else: pass

while False: pass
for x in []: pass
else: print("empty")
if True: x = 1; y = 2; z = 3
if x:
    if y:
        if z:
            print("deep")
        else:
            print("z")
    else:
        print("y")
