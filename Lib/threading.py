"""Thread-based parallelism for Grail.

Grail's own pure-Python implementation of the Python 3.11 ``threading`` API,
built on the native ``_thread`` module.  Grail has no global interpreter
lock: several threads really execute Python code at the same time, so every
piece of shared module state below is guarded by a lock, and blocking
operations never spin (they block on lock acquires with timeouts).
"""

import sys as _sys
import _thread

from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile']

# ---------------------------------------------------------------------------
# The native layer
# ---------------------------------------------------------------------------

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
try:
    get_native_id = _thread.get_native_id
    _HAVE_THREAD_NATIVE_ID = True
    __all__.append('get_native_id')
except AttributeError:
    _HAVE_THREAD_NATIVE_ID = False
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
try:
    stack_size = _thread.stack_size
except AttributeError:
    def stack_size(size=0):
        """Return the thread stack size (0 means the platform default)."""
        if size != 0:
            raise ValueError("size not valid: %d bytes" % size)
        return 0

_trace_hook = None
_profile_hook = None


def setprofile(func):
    """Set a profile function for all threads started from threading."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    """Get the profiler function as set by threading.setprofile()."""
    return _profile_hook


def settrace(func):
    """Set a trace function for all threads started from threading."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    """Get the trace function as set by threading.settrace()."""
    return _trace_hook


# ---------------------------------------------------------------------------
# Locks
# ---------------------------------------------------------------------------

Lock = _allocate_lock


class _PyRLock:
    """A reentrant lock written in Python, used when ``_thread`` has no
    usable ``RLock``.  The owner and the recursion count are only written by
    the thread that holds ``_block``, so they need no further guarding."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        owner = self._owner
        try:
            owner = _active[owner].name
        except KeyError:
            pass
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            "locked" if self._block.locked() else "unlocked",
            self.__class__.__module__,
            self.__class__.__qualname__,
            owner,
            self._count,
            hex(id(self))
        )

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return 1
        rc = self._block.acquire(blocking, timeout)
        if rc:
            self._owner = me
            self._count = 1
        return rc

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count = count = self._count - 1
        if not count:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        count = self._count
        self._count = 0
        owner = self._owner
        self._owner = None
        self._block.release()
        return (count, owner)

    def _is_owned(self):
        return self._owner == get_ident()

    def _recursion_count(self):
        if self._owner != get_ident():
            return 0
        return self._count

    def _at_fork_reinit(self):
        self._block._at_fork_reinit()
        self._owner = None
        self._count = 0


def _native_rlock_usable():
    cls = getattr(_thread, "RLock", None)
    if cls is None:
        return False
    for name in ("_is_owned", "_release_save", "_acquire_restore"):
        if not hasattr(cls, name):
            return False
    return True


if _native_rlock_usable():
    _CRLock = _thread.RLock
else:
    _CRLock = None


def RLock(*args, **kwargs):
    """Factory function that returns a new reentrant lock."""
    if _CRLock is None:
        return _PyRLock(*args, **kwargs)
    return _CRLock(*args, **kwargs)


# ---------------------------------------------------------------------------
# Condition variables
# ---------------------------------------------------------------------------

class Condition:
    """A condition variable.

    Each waiting thread blocks on its own private lock (a "waiter"), which
    notify() releases.  The list of waiters is only touched while the
    condition's lock is held."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # Use the lock's own save/restore/ownership helpers when it has them
        # (reentrant locks must be fully released while waiting).
        try:
            self._release_save = lock._release_save
        except AttributeError:
            pass
        try:
            self._acquire_restore = lock._acquire_restore
        except AttributeError:
            pass
        try:
            self._is_owned = lock._is_owned
        except AttributeError:
            pass
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._waiters.clear()

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, x):
        self._lock.acquire()

    def _is_owned(self):
        # For a plain lock: if we can take it, nobody (in particular not us)
        # was holding it.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _forget(self, waiter):
        waiters = self._waiters
        for i in range(len(waiters)):
            if waiters[i] is waiter:
                del waiters[i]
                return

    def wait(self, timeout=None):
        """Wait until notified or until a timeout occurs."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved_state = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            elif timeout > 0:
                gotit = waiter.acquire(True, timeout)
            else:
                gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved_state)
            if not gotit:
                self._forget(waiter)

    def wait_for(self, predicate, timeout=None):
        """Wait until a condition evaluates to True."""
        deadline = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if deadline is None:
                    deadline = _time() + remaining
                else:
                    remaining = deadline - _time()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up at most n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                # Already released (it timed out concurrently).
                pass
            else:
                n -= 1
            self._forget(waiter)

    def notify_all(self):
        """Wake up all threads waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Deprecated alias of notify_all()."""
        _deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


# ---------------------------------------------------------------------------
# Semaphores
# ---------------------------------------------------------------------------

class Semaphore:
    """A counting semaphore."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        """Acquire a semaphore, decrementing the internal counter by one."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                    else:
                        timeout = deadline - _time()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Release a semaphore, incrementing the internal counter by n."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose value may never exceed its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# ---------------------------------------------------------------------------
# Events
# ---------------------------------------------------------------------------

class Event:
    """A flag that threads can wait on until another thread sets it."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        """Return true if and only if the internal flag is true."""
        return self._flag

    def isSet(self):
        """Deprecated alias of is_set()."""
        _deprecated('isSet() is deprecated, use is_set() instead')
        return self._flag

    def set(self):
        """Set the internal flag to true and wake up every waiter."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Reset the internal flag to false."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the internal flag is true; return the flag."""
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


# ---------------------------------------------------------------------------
# Barriers
# ---------------------------------------------------------------------------

class BrokenBarrierError(RuntimeError):
    pass


class _BarrierCycle:
    """One use of a Barrier: the threads that wait together.  Mutated only
    under the barrier's condition lock."""

    def __init__(self):
        self.count = 0
        self.tripped = False
        self.broken = False


class Barrier:
    """A barrier for a fixed number of threads.

    Threads block in wait() until ``parties`` of them arrived; then all are
    released together.  Each round of waiting is a _BarrierCycle object, so
    a reset or a break only affects the threads of the current round."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._cycle = _BarrierCycle()
        self._broken = False

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Wait for the barrier; return this thread's arrival index."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            if self._broken:
                raise BrokenBarrierError
            cycle = self._cycle
            index = cycle.count
            cycle.count += 1
            if index + 1 == self._parties:
                # Last one in: run the action, then release everybody.
                try:
                    if self._action:
                        self._action()
                except:
                    self._break()
                    raise
                cycle.tripped = True
                self._cycle = _BarrierCycle()
                self._cond.notify_all()
                return index
            if not self._cond.wait_for(
                    lambda: cycle.tripped or cycle.broken, timeout):
                self._break()
                raise BrokenBarrierError
            if cycle.broken:
                raise BrokenBarrierError
            return index

    def _break(self):
        self._broken = True
        self._cycle.broken = True
        self._cycle = _BarrierCycle()
        self._cond.notify_all()

    def reset(self):
        """Reset the barrier; threads currently waiting get
        BrokenBarrierError."""
        with self._cond:
            if self._cycle.count > 0:
                self._cycle.broken = True
                self._cycle = _BarrierCycle()
            self._broken = False
            self._cond.notify_all()

    def abort(self):
        """Put the barrier into the broken state."""
        with self._cond:
            self._break()

    @property
    def parties(self):
        """The number of threads required to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of threads currently waiting at the barrier."""
        if self._broken:
            return 0
        return self._cycle.count

    @property
    def broken(self):
        """True if the barrier is in the broken state."""
        return self._broken


# ---------------------------------------------------------------------------
# Thread registry
# ---------------------------------------------------------------------------

# _active maps idents to running Thread objects, _limbo holds threads that
# were started but have not begun running yet.  Both are guarded by
# _active_limbo_lock for updates.
_active_limbo_lock = RLock()
_active = {}
_limbo = {}

# Name counter for "Thread-N" / "Dummy-N".
_counter_lock = _allocate_lock()
_counter_value = 0


def _counter():
    global _counter_value
    with _counter_lock:
        _counter_value += 1
        return _counter_value


def _newname(name_template="Thread-%d"):
    return name_template % _counter()


# Completion locks (_tstate_lock) of the non-daemon threads still running:
# _shutdown() waits on each of them.  Guarded by _shutdown_locks_lock.
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = set()

_SHUTTING_DOWN = False

# CPython keeps a WeakSet of all Thread objects here (used by its test
# support code).  Grail has no weak references: this set stays empty.
_dangling = set()
_threading_atexits = []


def _register_atexit(func, *arg, **kwargs):
    """Register a callable run by _shutdown() before non-daemon threads are
    joined (used by concurrent.futures)."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")

    def call():
        func(*arg, **kwargs)
    with _shutdown_locks_lock:
        _threading_atexits.append(call)


# ---------------------------------------------------------------------------
# Thread
# ---------------------------------------------------------------------------

class Thread:
    """A thread of control.

    The thread's completion is signalled through ``_tstate_lock``: a plain
    lock acquired by start() and released by the new thread as the very
    last thing it does.  Whoever then manages to acquire it (join(),
    is_alive()) marks the thread stopped and drops the lock (_stop()).
    ``_is_stopped`` only ever goes from False to True, so reading it
    without a lock is safe."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                    name += f" ({target_name})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        if _HAVE_THREAD_NATIVE_ID:
            self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()  # marks the thread stopped if it has finished
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread's activity (at most once per Thread object)."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        tlock = _allocate_lock()
        tlock.acquire()
        self._tstate_lock = tlock
        if not self._daemonic:
            with _shutdown_locks_lock:
                _shutdown_locks.add(tlock)
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            tlock.release()
            self._stop()
            raise
        self._started.wait()

    def run(self):
        """The thread's activity: calls the target by default."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Do not keep the arguments alive after the thread has run.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            self._bootstrap_inner()
        except:
            if self._daemonic and _sys is None:
                return
            raise

    def _set_ident(self):
        self._ident = get_ident()

    if _HAVE_THREAD_NATIVE_ID:
        def _set_native_id(self):
            self._native_id = get_native_id()

    def _bootstrap_inner(self):
        tlock = self._tstate_lock
        try:
            self._set_ident()
            if _HAVE_THREAD_NATIVE_ID:
                self._set_native_id()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            if _trace_hook is not None and hasattr(_sys, "settrace"):
                _sys.settrace(_trace_hook)
            if _profile_hook is not None and hasattr(_sys, "setprofile"):
                _sys.setprofile(_profile_hook)
            self._started.set()
            try:
                self.run()
            except:
                self._invoke_excepthook(self)
        finally:
            self._delete()
            # Last step: let join() and _shutdown() through.
            with _shutdown_locks_lock:
                _shutdown_locks.discard(tlock)
            tlock.release()

    def _stop(self):
        # Called once the thread is known to have finished (its tstate lock
        # could be acquired).  Idempotent.
        lock = self._tstate_lock
        self._is_stopped = True
        self._tstate_lock = None
        if lock is not None and not self._daemonic:
            with _shutdown_locks_lock:
                _shutdown_locks.discard(lock)

    def _delete(self):
        with _active_limbo_lock:
            _active.pop(get_ident(), None)
            _limbo.pop(self, None)

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            # Already known to be stopped.
            return
        if not block or timeout == 0:
            got = lock.acquire(False)
        elif timeout < 0:
            got = lock.acquire()
        else:
            got = lock.acquire(True, timeout)
        if got:
            lock.release()
            self._stop()

    def join(self, timeout=None):
        """Wait until the thread terminates, or until timeout seconds pass."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    @property
    def name(self):
        """A string used for identification purposes only."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """Thread identifier of this thread or None if it has not started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    if _HAVE_THREAD_NATIVE_ID:
        @property
        def native_id(self):
            """Native integral thread ID, or None if not started."""
            assert self._initialized, "Thread.__init__() not called"
            return self._native_id

    def is_alive(self):
        """Return whether the thread is alive."""
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):
        """Whether this thread is a daemon thread."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Deprecated getter of the daemon attribute."""
        _deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        """Deprecated setter of the daemon attribute."""
        _deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        """Deprecated getter of the name attribute."""
        _deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        """Deprecated setter of the name attribute."""
        _deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


def _deprecated(message):
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, DeprecationWarning, stacklevel=3)


# ---------------------------------------------------------------------------
# excepthook
# ---------------------------------------------------------------------------

class ExceptHookArgs(tuple):
    """Arguments of threading.excepthook(): exc_type, exc_value,
    exc_traceback and thread."""

    n_fields = 4
    n_sequence_fields = 4
    n_unnamed_fields = 0

    def __new__(cls, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError(
                "_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)"
                % len(args))
        return tuple.__new__(cls, args)

    @property
    def exc_type(self):
        return self[0]

    @property
    def exc_value(self):
        return self[1]

    @property
    def exc_traceback(self):
        return self[2]

    @property
    def thread(self):
        return self[3]

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, "
                "exc_traceback=%r, thread=%r)" % tuple(self))


def _print_exception(exc_type, exc_value, exc_tb, file):
    """Write a traceback report to file, like traceback.print_exception."""
    try:
        from traceback import print_exception
    except ImportError:
        print_exception = None
    if print_exception is not None:
        print_exception(exc_type, exc_value, exc_tb, file=file)
        return
    hook = getattr(_sys, "__excepthook__", None)
    if hook is None:
        print("%s: %s" % (exc_type.__name__, exc_value), file=file)
        return
    if file is _sys.stderr:
        hook(exc_type, exc_value, exc_tb)
        return
    # The native hook writes to sys.stderr: point it at file meanwhile.
    saved = _sys.stderr
    _sys.stderr = file
    try:
        hook(exc_type, exc_value, exc_tb)
    finally:
        _sys.stderr = saved


def excepthook(args, /):
    """Handle an uncaught exception raised by Thread.run()."""
    if args.exc_type == SystemExit:
        return
    if _sys is not None and _sys.stderr is not None:
        stderr = _sys.stderr
    elif args.thread is not None:
        stderr = args.thread._stderr
        if stderr is None:
            return
    else:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    _print_exception(args.exc_type, args.exc_value, args.exc_traceback,
                     file=stderr)
    stderr.flush()


__excepthook__ = excepthook


def _make_invoke_excepthook():
    # Capture what is needed now so that late calls (daemon threads at
    # interpreter exit) still work.
    old_excepthook = excepthook
    old_sys_excepthook = _sys.excepthook
    if old_excepthook is None:
        raise RuntimeError("threading.excepthook is None")
    if old_sys_excepthook is None:
        raise RuntimeError("sys.excepthook is None")
    sys_exc_info = _sys.exc_info
    local_print = print
    local_sys = _sys

    def invoke_excepthook(thread):
        try:
            hook = excepthook
            if hook is None:
                hook = old_excepthook
            info = sys_exc_info()
            args = ExceptHookArgs([info[0], info[1], info[2], thread])
            hook(args)
        except Exception as exc:
            exc.__suppress_context__ = True
            del exc
            if local_sys is not None and local_sys.stderr is not None:
                stderr = local_sys.stderr
            else:
                stderr = thread._stderr
            local_print("Exception in threading.excepthook:",
                        file=stderr, flush=True)
            if local_sys is not None and local_sys.excepthook is not None:
                sys_excepthook = local_sys.excepthook
            else:
                sys_excepthook = old_sys_excepthook
            info = sys_exc_info()
            sys_excepthook(info[0], info[1], info[2])
        finally:
            args = None

    return invoke_excepthook


# ---------------------------------------------------------------------------
# Timer
# ---------------------------------------------------------------------------

class Timer(Thread):
    """Call a function after a number of seconds, unless cancelled first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# ---------------------------------------------------------------------------
# Main and dummy threads
# ---------------------------------------------------------------------------

class _MainThread(Thread):
    """The thread that imported threading (normally the main thread)."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        tlock = _allocate_lock()
        tlock.acquire()
        self._tstate_lock = tlock
        self._started.set()
        self._set_ident()
        if _HAVE_THREAD_NATIVE_ID:
            self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Represents a thread not started through threading (for example one
    started with _thread.start_new_thread).  Always alive, daemonic, and
    cannot be joined."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._set_ident()
        if _HAVE_THREAD_NATIVE_ID:
            self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


# ---------------------------------------------------------------------------
# Module functions
# ---------------------------------------------------------------------------

def current_thread():
    """Return the Thread object of the calling thread."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    """Deprecated alias of current_thread()."""
    _deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def active_count():
    """Return the number of Thread objects currently alive."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    """Deprecated alias of active_count()."""
    _deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def _enumerate():
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """Return a list of all Thread objects currently alive."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


try:
    from _thread import _local as local
except ImportError:
    local = None

_main_thread = _MainThread()


def main_thread():
    """Return the main thread object."""
    return _main_thread


def _shutdown():
    """Run at interpreter exit: call the threading atexit callbacks, then
    wait until every non-daemon thread has finished."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return
    _SHUTTING_DOWN = True
    with _shutdown_locks_lock:
        atexits = list(_threading_atexits)
    for i in range(len(atexits) - 1, -1, -1):
        atexits[i]()
    if _main_thread.ident == get_ident():
        with _active_limbo_lock:
            _active.pop(_main_thread._ident, None)
        tlock = _main_thread._tstate_lock
        if tlock is not None and tlock.locked():
            tlock.release()
        _main_thread._stop()
    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()


def _after_fork(*args, **kwargs):
    # Grail does not fork; kept for API compatibility.
    pass
