"""The abstract collection classes. isinstance checks by the methods an object has (they are
shared with typing's aliases); subscripting gives CPython's alias reprs
(`collections.abc.Callable[[int], str]`). Not supported: the mixin methods a subclass inherits
from them in CPython (Mapping.get, Sequence.index, ...)."""

from typing import _abc_classes

Hashable = _abc_classes['Hashable']
Awaitable = _abc_classes['Awaitable']
Coroutine = _abc_classes['Coroutine']
AsyncIterable = _abc_classes['AsyncIterable']
AsyncIterator = _abc_classes['AsyncIterator']
AsyncGenerator = _abc_classes['AsyncGenerator']
Iterable = _abc_classes['Iterable']
Iterator = _abc_classes['Iterator']
Reversible = _abc_classes['Reversible']
Generator = _abc_classes['Generator']
Sized = _abc_classes['Sized']
Container = _abc_classes['Container']
Callable = _abc_classes['Callable']
Collection = _abc_classes['Collection']
Sequence = _abc_classes['Sequence']
MutableSequence = _abc_classes['MutableSequence']
Mapping = _abc_classes['Mapping']
MutableMapping = _abc_classes['MutableMapping']
Set = _abc_classes['Set']
MutableSet = _abc_classes['MutableSet']
KeysView = _abc_classes['KeysView']
ValuesView = _abc_classes['ValuesView']
ItemsView = _abc_classes['ItemsView']

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator',
           'Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized', 'Container',
           'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping', 'MutableMapping',
           'KeysView', 'ItemsView', 'ValuesView', 'Sequence', 'MutableSequence']
