"""Warnings: warn() prints CPython's `file:line: Category: message` and the source line to
stderr, once per location by default; filterwarnings/simplefilter/catch_warnings follow
CPython 3.11's filter rules (the module of a filter matches the warning's module name)."""

import sys
import _inspect

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings']

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')

# (action, message, category, module, lineno): the first match wins. CPython's defaults:
# DeprecationWarning shown in __main__ only, the other quiet categories ignored.
filters = []
_defaults = [
    ('default', None, DeprecationWarning, None, 0),  # module pattern set below
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
filters.extend(_defaults)
defaultaction = 'default'
onceregistry = {}
_registries = {}  # module -> {(text, category, lineno): True}
_filters_version = [0]


class _Pattern:
    """A filter's message/module: matched at the start, message case-insensitively."""

    def __init__(self, text, ignore_case):
        self.text = text.lower() if ignore_case else text
        self.ignore_case = ignore_case

    def match(self, value):
        if self.ignore_case:
            value = value.lower()
        return value.startswith(self.text)

    def __eq__(self, other):
        return isinstance(other, _Pattern) and (self.text, self.ignore_case) == (other.text, other.ignore_case)


_defaults[0] = ('default', None, DeprecationWarning, _Pattern('__main__', False), 0)
filters[0] = _defaults[0]


def _add_filter(item, append):
    if item in filters:
        filters.remove(item)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)
    _filters_version[0] += 1


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    if action not in _ACTIONS:
        raise ValueError(f'invalid action: {action!r}')
    if not isinstance(message, str):
        raise TypeError('message must be a string')
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError('category must be a Warning subclass')
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError('lineno must be an int >= 0')
    _add_filter((action, _Pattern(message, True) if message else None, category,
                 _Pattern(module, False) if module else None, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in _ACTIONS:
        raise ValueError(f'invalid action: {action!r}')
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    filters[:] = []
    _filters_version[0] += 1


def formatwarning(message, category, filename, lineno, line=None):
    text = f'{filename}:{lineno}: {category.__name__}: {message}\n'
    if line is None:
        line = _inspect.source_line(filename, lineno)
    line = line.strip() if line else ''
    if line:
        text += f'  {line}\n'
    return text


def _showwarnmsg_impl(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = sys.stderr
        if file is None:
            return
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


showwarning = _showwarnmsg_impl


def _module_of(filename):
    if filename.startswith('<frozen ') and filename.endswith('>'):
        return filename[8:-1]
    return '__main__'


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError(f"category must be a Warning subclass, not '{type(category).__name__}'")
    info = _inspect.frame_info(stacklevel)
    if info is None:
        filename, lineno, module = 'sys', 1, 'sys'
    else:
        filename, lineno = info[0], info[1]
        module = _module_of(filename)
    warn_explicit(message, category, filename, lineno, module)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    if module is None:
        module = _module_of(filename)
    if registry is None:
        registry = _registries.setdefault(module, {})
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get('version') != _filters_version[0]:
        registry.clear()
        registry['version'] = _filters_version[0]
    if registry.get(key):
        return
    for action, msg, cat, mod, ln in filters:
        if ((msg is None or msg.match(text)) and issubclass(category, cat)
                and (mod is None or mod.match(module)) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == 'module':
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == 'default':
        registry[key] = 1
    showwarning(message, category, filename, lineno)


class WarningMessage:
    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return (f'{{message : {self.message!r}, category : {self._category_name!r}, '
                f'filename : {self.filename!r}, lineno : {self.lineno}, line : {self.line!r}}}')


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._entered = False
        self._filter = (action, category, lineno, append) if action else None

    def __enter__(self):
        if self._entered:
            raise RuntimeError(f'Cannot enter {self!r} twice')
        self._entered = True
        global showwarning
        self._filters = filters[:]
        self._showwarning = showwarning
        self._registries = {k: dict(v) for k, v in _registries.items()}
        _filters_version[0] += 1
        if self._filter:
            simplefilter(*self._filter)
        if self._record:
            log = []

            def record(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))
            showwarning = record
            return log
        return None

    def __exit__(self, *exc_info):
        global showwarning
        filters[:] = self._filters
        showwarning = self._showwarning
        _filters_version[0] += 1
