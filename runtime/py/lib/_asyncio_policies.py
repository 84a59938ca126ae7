"""Event loop policies, kept for the programs that configure one: one policy, the default, whose
methods are the module-level loop functions of the native _asyncio."""

import _asyncio

__all__ = ('AbstractEventLoopPolicy', 'DefaultEventLoopPolicy', 'get_event_loop_policy',
           'set_event_loop_policy')


class AbstractEventLoopPolicy:
    """Abstract policy for accessing the event loop."""
    __module__ = 'asyncio.events'

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """Default policy implementation: one event loop per thread, created on demand in the
    main thread. Delegates to the native module-level loop functions."""
    __module__ = 'asyncio.events'

    def get_event_loop(self):
        return _asyncio.get_event_loop()

    def set_event_loop(self, loop):
        _asyncio.set_event_loop(loop)

    def new_event_loop(self):
        return _asyncio.new_event_loop()


class _UnixDefaultEventLoopPolicy(BaseDefaultEventLoopPolicy):
    """UNIX event loop policy (the name CPython gives the default policy on Linux)."""
    __module__ = 'asyncio.unix_events'


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy


_policy = None


def get_event_loop_policy():
    """Get the current event loop policy."""
    global _policy
    if _policy is None:
        _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    """Set the current event loop policy (None: the default)."""
    global _policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")
    _policy = policy
