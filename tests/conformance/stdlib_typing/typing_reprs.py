from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable, Awaitable,
                    Coroutine, AsyncIterator, AsyncGenerator, Iterator, Generator, Iterable,
                    Sequence, Mapping, TypeVar, Literal, Final, ClassVar, Type, Deque, DefaultDict,
                    Annotated, get_origin, get_args, cast, TYPE_CHECKING, NoReturn)
import typing

print(Any, Optional, Union, List, Dict, Callable, Iterable)
print(List[int], Dict[str, int], Set[str], FrozenSet[int], Tuple[int, str], Tuple[int, ...])
print(Optional[int], Optional[List[str]], Union[int, str], Union[int, None], Union[int])
print(Union[int, Union[str, float]], Union[int, str, None])
print(Callable[[int, str], bool], Callable[..., Any], Callable[[], None])
print(Awaitable[int], Coroutine[Any, Any, str], AsyncIterator[bytes], AsyncGenerator[int, None])
print(Iterator[int], Generator[int, None, str], Sequence[float], Mapping[str, Any])
print(Literal["a", 1], Final[int], ClassVar[List[int]], Type[int], Annotated[int, "meta"])
print(Deque[int], DefaultDict[str, list])
print(List["Node"])
T = TypeVar("T")
K = TypeVar("K", bound=str)
V_co = TypeVar("V_co", covariant=True)
print(T, K, V_co, List[T], Dict[K, T])
print(Dict[str, T][int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]))
print(get_origin(Optional[int]) is Union, get_args(Optional[int]))
print(List[int] == List[int], Union[int, str] == Union[str, int], Optional[int] == Union[int, None])
print(cast(int, "x"), TYPE_CHECKING, NoReturn)
print(isinstance([], List), isinstance({}, Dict), isinstance([1], Iterable), isinstance(5, Iterable))
print(isinstance(iter([]), Iterator), isinstance(len, Callable), isinstance(3, Optional[int]))
print(typing.List[typing.Dict[str, typing.Any]])


def greet(name: str, times: Optional[int] = None) -> List[str]:
    return [name] * (times or 1)


print(greet("hi", 2), greet.__annotations__["times"])

try:
    List[int]()
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance([], List[int])
except TypeError as e:
    print("TypeError:", e)
try:
    Union[()]
except TypeError as e:
    print("TypeError:", e)
