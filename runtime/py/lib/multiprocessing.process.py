"""multiprocessing's Process: a process of its own (process_table.hpp): a green thread with a
module table of its own, started by the spawn method — the child imports everything again, re-runs
the program as __mp_main__ (so `if __name__ == "__main__":` guards work and the rest of the
module runs again), then receives a copy of the Process object (_mp_pickle) and runs it.

Code of this module runs in the child too (the bootstrap below, the methods of a copied
Process); names it needs there are imported inside the functions, so they come from the
running process's own modules."""

import _multiprocessing
import _thread
import itertools
import os

__all__ = ['BaseProcess', 'Process', 'SpawnProcess', 'current_process', 'parent_process', 'active_children']


class _ProcessState:
    """What the parent keeps of a started child (never copied): its end, and who waits for it."""
    _mp_shared = True

    def __init__(self):
        self.done = _thread.allocate_lock()
        self.done.acquire()
        self.exitcode = None
        self.terminated = False

    def finish(self, exitcode):
        if self.exitcode is None:
            self.exitcode = exitcode
            self.done.release()


class BaseProcess:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = next(_process_counter)
        self._identity = _current_process._identity + (count,)
        self._parent_pid = os.getpid()
        self._parent_name = _current_process.name
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)
        self._daemonic = _current_process.daemon if daemon is None else daemon
        self._pid = None
        self._state = None
        self._closed = False

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        self._check_closed()
        assert self._state is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), 'can only start a process object created by current process'
        assert not _current_process._daemonic, 'daemonic processes are not allowed to have children'
        if getattr(_multiprocessing, '_bootstrapping', False):
            raise RuntimeError(_BOOTSTRAP_ERROR)
        from _mp_pickle import dumps
        payload = dumps(self)  # pickling errors surface here, in the parent, as with spawn
        self._state = _ProcessState()
        self._pid = _multiprocessing._spawn(_child_main, (payload, self._state), self._name)
        _children.add(self)

    def join(self, timeout=None):
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._state is not None, 'can only join a started process'
        if timeout is None:
            self._state.done.acquire()
        elif not self._state.done.acquire(True, max(timeout, 0)):
            return
        self._state.done.release()
        _children.discard(self)

    def is_alive(self):
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'
        if self._state is None:
            return False
        if self._state.exitcode is None:
            return True
        _children.discard(self)
        return False

    def terminate(self):
        """Ends the child as SIGTERM does: exit code -15 and nothing more printed. The child's
        code stops being waited for; Loopscope can't interrupt it mid-computation, so it finishes
        in the background with its output discarded."""
        self._check_closed()
        if self._state is not None and self._state.exitcode is None:
            _multiprocessing._discard_output(self._pid)
            self._state.terminated = True
            self._state.finish(-15)

    kill = terminate

    def close(self):
        if self._state is not None and self._state.exitcode is None:
            raise ValueError("Cannot close a process while it is still running. You should first call join() or terminate().")
        self._closed = True
        _children.discard(self)

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        assert self._state is None, 'process has already started'
        self._daemonic = daemonic

    @property
    def exitcode(self):
        self._check_closed()
        return None if self._state is None else self._state.exitcode

    @property
    def ident(self):
        self._check_closed()
        if self is _current_process:
            return os.getpid()
        return self._pid

    pid = ident

    @property
    def authkey(self):
        return b'loopscope'

    @property
    def sentinel(self):
        raise NotImplementedError("Process.sentinel is not supported by Loopscope's processes")

    def __getstate__(self):
        # What the child receives: its configuration, not the parent's handles.
        state = dict(self.__dict__)
        state['_state'] = None
        return state

    def __repr__(self):
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._state is None:
            status = 'initial'
        elif self._state.exitcode is None:
            status = 'started'
        else:
            status = 'stopped'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._pid is not None:
            info.append('pid=%s' % self._pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        code = self.exitcode if self._state is not None else None
        if code is not None:
            info.append('exitcode=%s' % code)
        if self._daemonic:
            info.append('daemon')
        return '<%s>' % ' '.join(info)

    def _bootstrap(self):
        """Runs in the child: run(), then the exit code as CPython's Process._bootstrap gives it."""
        import sys
        try:
            self.run()
            return 0
        except SystemExit as e:
            if e.code is None:
                return 0
            if isinstance(e.code, int):
                return e.code
            sys.stderr.write(str(e.code) + '\n')
            return 1
        except BaseException:
            import traceback
            sys.stderr.write('Process %s:\n' % self.name)
            traceback.print_exc()
            return 1


class Process(BaseProcess):
    pass


class SpawnProcess(BaseProcess):
    pass


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._daemonic = False
        self._state = None
        self._closed = False
        self._target = None
        self._args = ()
        self._kwargs = {}


class _ParentProcess(BaseProcess):
    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._daemonic = False
        self._state = None
        self._closed = False

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise NotImplementedError("joining the parent process is not supported by Loopscope")

    @property
    def ident(self):
        return self._pid

    pid = ident


_BOOTSTRAP_ERROR = '''
        An attempt has been made to start a new process before the
        current process has finished its bootstrapping phase.

        This probably means that you are not using fork to start your
        child processes and you have forgotten to use the proper idiom
        in the main module:

            if __name__ == '__main__':
                freeze_support()
                ...

        The "freeze_support()" line can be omitted if the program
        is not going to be frozen to produce an executable.'''

_current_process = _MainProcess()
_parent_process = None
_process_counter = itertools.count(1)
_children = set()


def current_process():
    return _current_process


def parent_process():
    return _parent_process


def active_children():
    return [p for p in list(_children) if p.is_alive()]


def _child_main(payload, state):
    """The first thread of a child process. Imports here fill the child's module table."""
    import sys
    import _multiprocessing as native
    exitcode = 1
    try:
        native._bootstrapping = True
        try:
            native._run_main()
        finally:
            native._bootstrapping = False
        from _mp_pickle import loads
        process = loads(payload)
        process._pid = os.getpid()
        import multiprocessing.process
        me = sys.modules['multiprocessing.process']
        me._current_process = process
        me._parent_process = me._ParentProcess(process._parent_name, process._parent_pid)
        me._process_counter = itertools.count(1)
        exitcode = process._bootstrap()
    except SystemExit as e:
        exitcode = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except BaseException:
        import traceback
        traceback.print_exc()
    finally:
        threading = sys.modules.get('threading')
        if threading is not None:
            threading._shutdown()
        children = sys.modules.get('multiprocessing')
        if children is not None:
            children._exit_function()
        if not state.terminated:
            state.finish(exitcode)
