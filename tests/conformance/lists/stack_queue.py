stack = []
for i in range(1, 4):
    stack.append(i)
    print("push", i, stack)
while stack:
    print("pop", stack.pop(), stack)

queue = ["a", "b", "c"]
while queue:
    first = queue.pop(0)
    print("serve", first, "remaining", queue)
