"""ThreadPoolExecutor: runs calls in a pool of worker threads (Grail's own
implementation of concurrent.futures.thread).

Without weak references, each worker keeps its executor alive; idle
workers of an executor that was never shut down are stopped at interpreter
exit by _python_exit(), which threading._shutdown() calls before it joins
the non-daemon threads.
"""

from concurrent.futures import _base
import os
import queue
import threading

_GenericAlias = type(list[int])

# Guards _shutdown and _threads_queues.
_global_shutdown_lock = threading.Lock()
# Worker thread -> its executor's work queue, for every live worker.
_threads_queues = {}
_shutdown = False


def _python_exit():
    """Wake up and join every worker thread (interpreter exit)."""
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
        items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


threading._register_atexit(_python_exit)


class _WorkItem:
    """One submitted call and the future that receives its outcome."""

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)

    __class_getitem__ = classmethod(_GenericAlias)


def _worker(executor, work_queue, initializer, initargs):
    try:
        if initializer is not None:
            try:
                initializer(*initargs)
            except BaseException:
                _base._report_exception('Exception in initializer:')
                executor._initializer_failed()
                return
        try:
            while True:
                work_item = work_queue.get(block=True)
                if work_item is not None:
                    work_item.run()
                    del work_item
                    executor._idle_semaphore.release()
                    continue
                # Exit if the interpreter or the executor is shutting down,
                # and pass the wake-up on to the other workers.
                if _shutdown or executor._shutdown:
                    executor._shutdown = True
                    work_queue.put(None)
                    return
        except BaseException:
            _base._report_exception('Exception in worker')
    finally:
        with _global_shutdown_lock:
            _threads_queues.pop(threading.current_thread(), None)


class BrokenThreadPool(_base.BrokenExecutor):
    """
    Raised when a worker thread in a ThreadPoolExecutor failed initializing.
    """


_executor_counter_lock = threading.Lock()
_executor_counter_value = -1


def _next_executor_number():
    global _executor_counter_value
    with _executor_counter_lock:
        _executor_counter_value += 1
        return _executor_counter_value


class ThreadPoolExecutor(_base.Executor):
    """An executor running calls in up to max_workers threads.

    Thread-safety: submit() and shutdown() serialize on _shutdown_lock;
    the work queue is a thread-safe SimpleQueue."""

    # Used to assign unique thread names when thread_name_prefix is not supplied.
    _counter = staticmethod(_next_executor_number)

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """Initializes a new ThreadPoolExecutor instance."""
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")

        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")

        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        """Submits a callable to be executed with the given arguments.

        Returns a Future instance representing the execution of the callable.
        """
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)

            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')

            f = _base.Future()
            w = _WorkItem(f, fn, args, kwargs)

            self._work_queue.put(w)
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        # Called with both locks held.  Reuse an idle worker if there is one.
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self,
                                     num_threads)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(self,
                                       self._work_queue,
                                       self._initializer,
                                       self._initargs))
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            # Drain the work queue and fail the pending futures.
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Stop accepting work; optionally cancel pending futures and wait
        for the workers to finish."""
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            # Wake up workers blocked in get().
            self._work_queue.put(None)
            threads = list(self._threads)
        if wait:
            for t in threads:
                t.join()
