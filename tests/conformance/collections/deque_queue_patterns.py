from collections import deque

# BFS over a grid
grid = ["..#.", "..#.", "....", "#..."]
start, goal = (0, 0), (0, 3)
queue = deque([(start, 0)])
seen = {start}
while queue:
    (r, c), dist = queue.popleft()
    if (r, c) == goal:
        print("distance", dist)
        break
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < 4 and 0 <= nc < 4 and grid[nr][nc] == "." and (nr, nc) not in seen:
            seen.add((nr, nc))
            queue.append(((nr, nc), dist + 1))
print(len(seen))

# waiters the way asyncio's Lock keeps them: FIFO, cancelled ones removed from the middle
waiters = deque()
for name in ["w1", "w2", "w3", "w4"]:
    waiters.append({"name": name, "cancelled": False})
waiters[1]["cancelled"] = True
waiters.remove(waiters[1])
woken = []
while waiters:
    w = waiters.popleft()
    if not w["cancelled"]:
        woken.append(w["name"])
print(woken)

# a bounded history
history = deque(maxlen=3)
for cmd in ["ls", "cd /", "pwd", "echo hi", "exit"]:
    history.append(cmd)
print(list(history), history[0], history[-1])

# palindrome check with both ends
def is_palindrome(text):
    chars = deque(ch.lower() for ch in text if ch.isalnum())
    while len(chars) > 1:
        if chars.popleft() != chars.pop():
            return False
    return True


print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("deque"))
# stack use
stack = deque()
for tok in "3 4 + 2 *".split():
    if tok.isdigit():
        stack.append(int(tok))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append(a + b if tok == "+" else a * b)
print(stack.pop(), len(stack))
# moving average
def moving_average(values, n):
    window = deque(maxlen=n)
    out = []
    for v in values:
        window.append(v)
        out.append(round(sum(window) / len(window), 2))
    return out


print(moving_average([40, 30, 50, 46, 39, 44], 3))
# iteration protocol details
d = deque("abc")
it = iter(d)
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it))
r = reversed(d)
print(next(r), list(r), type(r).__name__ != "")
