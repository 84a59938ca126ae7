# The frames behind a traceback: exc.__traceback__ (tb_lineno, tb_frame, tb_next),
# traceback.extract_tb's FrameSummary objects with their columns, format_tb, extract_stack,
# format_stack, sys._getframe and inspect.currentframe.
import inspect
import sys
import traceback


def inner():
    return {"a": 1}["b"]


def outer():
    x = inner() + 1
    return x


try:
    outer()
except KeyError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next.tb_lineno)
    for fs in traceback.extract_tb(tb):
        print(fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, fs.name, repr(fs.line), list(fs)[1:])
    print(repr(traceback.extract_tb(tb)[0]).replace(__file__, "FILE"))
    print("".join(traceback.format_tb(tb)).replace(__file__, "FILE"), end="")
    print(len(traceback.format_tb(tb, limit=1)), len(traceback.extract_tb(tb, limit=-1)))
    print(sys.exc_info()[2].tb_lineno, sys.exc_info()[2].tb_next.tb_frame.f_code.co_name)
    print(inspect.istraceback(tb), inspect.isframe(tb.tb_frame), inspect.iscode(tb.tb_frame.f_code))
    print([name for _, name in [(f, f.f_code.co_name) for f, _ in traceback.walk_tb(tb)]])


def where():
    print(inspect.currentframe().f_code.co_name, inspect.currentframe().f_back.f_code.co_name)
    print(sys._getframe(1).f_code.co_name, sys._getframe(1).f_lineno, sys._getframe().f_lineno)
    for fs in traceback.extract_stack():
        print(fs.name, fs.lineno, fs.line, fs.colno)
    print("".join(traceback.format_stack()).replace(__file__, "FILE"), end="")
    print(traceback.extract_stack(limit=1)[0].name)


def caller():
    where()


caller()
print(traceback.format_list([("a.py", 3, "f", "x = 1")]))
print(traceback.format_list(traceback.extract_tb(None)))
try:
    sys._getframe(100)
except ValueError as e:
    print(e)
print(sys._getframe().f_back, sys._getframe().f_code.co_filename == __file__)
try:
    outer()
except KeyError as e:
    te = traceback.TracebackException.from_exception(e)
    print([(fs.name, fs.lineno, fs.colno) for fs in te.stack])
    print("".join(te.format()).replace(__file__, "FILE"), end="")
