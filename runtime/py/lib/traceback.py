"""Printing and formatting exceptions as CPython 3.11 does (the text of an uncaught exception's
traceback, with its PEP 657 markers), and the frames behind it: extract_tb/extract_stack give
FrameSummary objects (lineno, end_lineno, colno, end_colno), format_tb/format_stack/format_list
print them. Frames are snapshots (sys._getframe); format_exception(limit=...) is not supported."""

import sys
import _inspect

__all__ = ['print_exc', 'format_exc', 'print_exception', 'format_exception',
           'format_exception_only', 'print_last', 'print_stack', 'format_stack', 'extract_tb',
           'extract_stack', 'format_tb', 'print_tb', 'format_list', 'print_list', 'TracebackException',
           'walk_tb', 'walk_stack', 'FrameSummary', 'StackSummary']

_sentinel = object()


def _exception_of(exc, value):
    # Both the 3.10+ form f(exc) and the old f(type, value, tb).
    if value is not _sentinel and value is not None:
        return value
    if isinstance(exc, type):
        return None
    return exc


def _lines(text):
    return text.splitlines(keepends=True)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    exc = _exception_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    if limit is not None:
        raise NotImplementedError('traceback.format_exception(limit=...)')
    return _lines(_inspect.format_exception(exc))


def format_exception_only(exc, /, value=_sentinel):
    exc = _exception_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    name = type(exc).__qualname__
    module = type(exc).__module__
    if module not in ('builtins', '__main__'):
        name = f'{module}.{name}'
    text = str(exc)
    return [f'{name}: {text}\n' if text else f'{name}\n']


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_value'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10):
        self._exc = exc_value
        self.exc_type = exc_type
        self.stack = extract_tb(exc_traceback, limit=limit)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def format(self, *, chain=True):
        return iter(format_exception(self._exc, chain=chain))

    def format_exception_only(self):
        return iter(format_exception_only(self._exc))

    def __str__(self):
        return str(self._exc)


class FrameSummary:
    """One frame of a traceback or stack: where it was, and the source line if readable."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return f'<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>'

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _inspect.source_line(self.filename, self.lineno)
        return self._line.strip()


_RECURSIVE_CUTOFF = 3


class StackSummary:
    """A list of FrameSummary objects, outermost first (a list subclass in CPython; here a class
    that acts as one, since built-in types can't be subclassed yet)."""

    def __init__(self, frames=()):
        self._frames = list(frames)

    def append(self, frame):
        self._frames.append(frame)

    def __iter__(self):
        return iter(self._frames)

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, index):
        if isinstance(index, int):
            return self._frames[index]
        return StackSummary(self._frames[index])

    def __eq__(self, other):
        return self._frames == (other._frames if isinstance(other, StackSummary) else other)

    def __repr__(self):
        return repr(self._frames)

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        # Frames of a stack carry no columns (only a traceback's do), as in CPython.
        return klass._from_frames(((f, (lineno, None, None, None)) for f, lineno in frame_gen), limit, lookup_lines)

    @classmethod
    def _from_frames(klass, frames, limit, lookup_lines):
        frames = list(frames)
        if limit is not None:
            frames = frames[:limit] if limit >= 0 else frames[limit:] if limit else []
        result = klass()
        for f, (lineno, end_lineno, colno, end_colno) in frames:
            code = f.f_code
            result.append(FrameSummary(code.co_filename, lineno, code.co_name, lookup_line=lookup_lines,
                                       end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(frame_summary.filename, frame_summary.lineno,
                                                       frame_summary.name)]
        if frame_summary.line:
            lines = ''
            if frame_summary.colno is not None and frame_summary.end_colno is not None:
                lines = _inspect.frame_lines(frame_summary.filename, frame_summary.lineno,
                                             frame_summary.end_lineno, frame_summary.colno,
                                             frame_summary.end_colno)
            row.append(lines or '    {}\n'.format(frame_summary.line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        result = []
        last = None
        count = 0
        for frame_summary in self:
            key = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if key != last:
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated(count))
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(self.format_frame_summary(frame_summary))
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated(count))
        return result


def _repeated(count):
    more = count - _RECURSIVE_CUTOFF
    return f'  [Previous line repeated {more} more time{"s" if more > 1 else ""}]\n'


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_tb(tb, limit=None):
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame, _inspect.position(tb)))
        tb = tb.tb_next
    return StackSummary._from_frames(frames, limit, True)


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    frames = []
    while f is not None:
        frames.append((f, (f.f_lineno, None, None, None)))
        f = f.f_back
    frames.reverse()
    if limit is not None and limit >= 0:
        frames = frames[-limit:] if limit else []
    elif limit is not None:
        frames = frames[:-limit]
    return StackSummary._from_frames(frames, None, True)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end='')


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)
