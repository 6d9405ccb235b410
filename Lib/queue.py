"""Synchronized queues for Grail (the ``queue`` module of Python 3.11).

All queue classes are safe to share between threads: every access to a
queue's storage happens with the queue's ``mutex`` held, and blocking
operations wait on condition variables (never spin).
"""

import threading
from time import monotonic as time
from heapq import heappush, heappop

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue',
           'SimpleQueue']

_GenericAlias = type(list[int])


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


Empty.__module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


class _Fifo:
    """A minimal double-ended queue (ring buffer in a list) standing in for
    collections.deque.  Not thread-safe: callers hold their own lock."""

    def __init__(self, iterable=()):
        self._items = [None] * 8
        self._head = 0
        self._size = 0
        for item in iterable:
            self.append(item)

    def _grow(self):
        old = self._items
        cap = len(old)
        items = [None] * (cap * 2)
        head = self._head
        for i in range(self._size):
            items[i] = old[(head + i) % cap]
        self._items = items
        self._head = 0

    def append(self, item):
        if self._size == len(self._items):
            self._grow()
        self._items[(self._head + self._size) % len(self._items)] = item
        self._size += 1

    def appendleft(self, item):
        if self._size == len(self._items):
            self._grow()
        self._head = (self._head - 1) % len(self._items)
        self._items[self._head] = item
        self._size += 1

    def popleft(self):
        if not self._size:
            raise IndexError("pop from an empty deque")
        items = self._items
        item = items[self._head]
        items[self._head] = None
        self._head = (self._head + 1) % len(items)
        self._size -= 1
        return item

    def pop(self):
        if not self._size:
            raise IndexError("pop from an empty deque")
        items = self._items
        pos = (self._head + self._size - 1) % len(items)
        item = items[pos]
        items[pos] = None
        self._size -= 1
        return item

    def clear(self):
        self._items = [None] * 8
        self._head = 0
        self._size = 0

    def __len__(self):
        return self._size

    def __bool__(self):
        return self._size > 0

    def __getitem__(self, index):
        size = self._size
        if index < 0:
            index += size
        if index < 0 or index >= size:
            raise IndexError("deque index out of range")
        return self._items[(self._head + index) % len(self._items)]

    def __iter__(self):
        items = self._items
        cap = len(items)
        head = self._head
        return iter([items[(head + i) % cap] for i in range(self._size)])

    def __repr__(self):
        return "deque(%r)" % (list(self),)


class Queue:
    """Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    """

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One mutex guards the storage and the task counter; the three
        # conditions share it.
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Indicate that a formerly enqueued task is complete."""
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished < 0:
                raise ValueError('task_done() called too many times')
            if unfinished == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        """Block until all items in the Queue have been gotten and processed."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """Return the approximate size of the queue."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """Return True if the queue is empty (not reliable!)."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """Return True if the queue is full (not reliable!)."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put an item into the queue, blocking while it is full if asked."""
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    deadline = time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = deadline - time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item, blocking while empty if asked."""
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                deadline = time() + timeout
                while not self._qsize():
                    remaining = deadline - time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """Put an item into the queue without blocking."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Remove and return an item from the queue without blocking."""
        return self.get(block=False)

    # Storage hooks, overridden by subclasses; called with mutex held.

    def _init(self, maxsize):
        self.queue = _Fifo()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(_GenericAlias)


class PriorityQueue(Queue):
    """A queue that retrieves entries in priority order (lowest first)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """A queue that retrieves the most recently added entries first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """Simple, unbounded FIFO queue (no task tracking)."""

    def __init__(self):
        self._queue = _Fifo()
        self._mutex = threading.Lock()
        self._not_empty = threading.Condition(self._mutex)

    def put(self, item, block=True, timeout=None):
        """Put the item on the queue (never blocks; the arguments exist for
        compatibility with Queue)."""
        with self._mutex:
            self._queue.append(item)
            self._not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue."""
        if block and timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        with self._not_empty:
            if not block:
                if not self._queue:
                    raise Empty
            elif timeout is None:
                while not self._queue:
                    self._not_empty.wait()
            else:
                deadline = time() + timeout
                while not self._queue:
                    remaining = deadline - time()
                    if remaining <= 0.0:
                        raise Empty
                    self._not_empty.wait(remaining)
            return self._queue.popleft()

    def put_nowait(self, item):
        """Put an item into the queue without blocking."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Remove and return an item from the queue without blocking."""
        return self.get(False)

    def empty(self):
        """Return True if the queue is empty (not reliable!)."""
        with self._mutex:
            return not self._queue

    def qsize(self):
        """Return the approximate size of the queue."""
        with self._mutex:
            return len(self._queue)

    __class_getitem__ = classmethod(_GenericAlias)


# CPython's name for its pure-Python SimpleQueue.
_PySimpleQueue = SimpleQueue
