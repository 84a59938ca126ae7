# A value yielded at the bottom of a deep await chain reaches the driver unchanged, and the
# value sent at the top reaches the bottom.
class Token:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Token({self.n})"


class Exchange:
    def __init__(self, token):
        self.token = token

    def __await__(self):
        reply = yield self.token
        return reply


async def level(depth, token):
    if depth == 0:
        r1 = await Exchange(token)
        r2 = await Exchange(Token(token.n + 1))
        return [r1, r2]
    result = await level(depth - 1, token)
    return result + [depth]


t = Token(7)
c = level(60, t)
got = c.send(None)
print(got is t, got)
second = c.send("first reply")
print(second)
try:
    c.send("second reply")
except StopIteration as e:
    print(e.value[:4], len(e.value))


# Exceptions unwind through the whole chain.
async def failing(depth):
    if depth == 0:
        await Exchange(Token(0))
        raise ValueError("bottom")
    try:
        return await failing(depth - 1)
    except ValueError as e:
        if depth == 30:
            return f"caught at {depth}: {e}"
        raise


c = failing(50)
c.send(None)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

# Many sequential awaits.
async def ident(i):
    return i


async def count(n):
    total = 0
    for i in range(n):
        total += await ident(i)
    return total


try:
    count(1000).send(None)
except StopIteration as e:
    print(e.value)
