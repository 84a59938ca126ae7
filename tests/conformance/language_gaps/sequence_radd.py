# tuple + obj and list + obj try obj.__radd__ before giving up.
class T:
    def __radd__(self, other):
        return ("radd", other)


class U:
    def __radd__(self, other):
        return NotImplemented


print((1,) + T(), [1] + T())
for left in [(1,), [1]]:
    for right in [5, "s", U(), None]:
        try:
            left + right
        except TypeError as e:
            print(type(e).__name__, e)
print((1,) + (2,), [1] + [2])
