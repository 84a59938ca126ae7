# A subclass of list: list methods and operators keep working, slicing gives plain lists.
class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]

    @property
    def empty(self):
        return not self


s = Stack([1, 2])
s.push(3)
print(s, repr(s), type(s).__name__, s.peek(), s.empty, Stack().empty, len(s), isinstance(s, list))
print(s[0], s[-1], s[1:], type(s[1:]).__name__, s + [4], type(s + [4]).__name__, s * 2, type(s * 2).__name__)
s.extend([5, 6])
s.insert(0, 0)
s.remove(5)
print(s, s.pop(), s.index(2), s.count(1), 3 in s, list(reversed(s)), sorted(s, reverse=True))
s[0] = 100
del s[1]
s[1:2] = ["a", "b"]
print(s, s == [100, "a", "b", 3], [100, "a", "b", 3] == s, s != [], bool(Stack()))
s.sort(key=str)
print(s, list(s), type(list(s)).__name__, [x for x in s], sum(Stack([1, 2, 3])), max(Stack([4, 9])))
s += [7]
print(s, type(s).__name__)
s *= 2
print(len(s), type(s).__name__)
s.clear()
print(s, s.empty)
s.name = "named"
print(s.name, vars(s), Stack("abc"), Stack(range(3)), Stack(x * x for x in range(4)))
try:
    hash(s)
except TypeError as exc:
    print("TypeError:", exc)
print(str(Stack([1])), f"{Stack([2])}", "%s" % (Stack([3]),), __import__("json").dumps(Stack([1, "a"])))
