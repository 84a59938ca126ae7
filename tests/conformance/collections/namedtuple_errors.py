from collections import namedtuple

Point = namedtuple("Point", "x y")


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("missing one", lambda: Point(1))
attempt("missing two", lambda: Point())
attempt("too many", lambda: Point(1, 2, 3))
attempt("bad kw", lambda: Point(1, 2, z=3))
attempt("dup kw", lambda: Point(1, x=2))
attempt("replace bad", lambda: Point(1, 2)._replace(z=1))
attempt("make short", lambda: Point._make([1]))
attempt("set attr", lambda: setattr(Point(1, 2), "x", 5))
attempt("index", lambda: Point(1, 2)[2])
attempt("bad name", lambda: namedtuple("1abc", "x"))
attempt("keyword", lambda: namedtuple("P", "x class"))
attempt("underscore", lambda: namedtuple("P", "x _y"))
attempt("duplicate", lambda: namedtuple("P", "x y x"))
attempt("defaults", lambda: namedtuple("P", "x", defaults=[1, 2]))
attempt("field not ident", lambda: namedtuple("P", ["x-y"]))
attempt("value index", lambda: Point(1, 2).index(9))
