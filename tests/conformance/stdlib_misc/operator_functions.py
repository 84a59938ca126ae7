import operator as op

print(op.add(1, 2), op.sub(5, 3), op.mul("ab", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.lshift(1, 4), op.rshift(256, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.neg(5), op.pos(-5), op.invert(5), op.inv(0))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt("b", "a"), op.ge([1], [1, 0]))
print(op.not_(1), op.not_([]), op.truth([]), op.truth("x"), op.is_(None, None), op.is_not(1, None), op.abs(-3.5))
print(op.index(7), op.concat([1], [2]), op.concat("a", "b"), op.contains([1, 2], 2), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"))
print(op.getitem([1, 2, 3], 1), op.getitem({"a": 1}, "a"), op.getitem("abcdef", 2))
lst = [1, 2, 3]
op.setitem(lst, 0, 9)
op.delitem(lst, 1)
print(lst, op.length_hint([1, 2]), op.length_hint(iter([1, 2, 3])), op.length_hint(5, 7))
x = [1]
print(op.iadd(x, [2]), x, op.iadd(1, 2), op.imul("a", 3))
from functools import reduce
print(reduce(op.mul, range(1, 6)), reduce(op.add, ["a", "b", "c"]), sorted([3, 1, 2], key=op.neg))
for f in [lambda: op.add(1), lambda: op.add(1, 2, 3), lambda: op.index(1.5), lambda: op.neg("a"), lambda: op.concat(1, 2),
          lambda: op.indexOf([1], 2), lambda: op.add(1, "a"), lambda: op.truediv(1, 0), lambda: op.lt(1, "a"),
          lambda: op.not_(), lambda: op.neg(1, 2), lambda: op.truth(x=1), lambda: op.getitem([1], 5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
