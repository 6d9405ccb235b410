"""Heap queue algorithm (a.k.a. priority queue) for Grail.

Grail's own implementation of the ``heapq`` API: min-heaps stored in plain
lists, where ``heap[k] <= heap[2*k+1]`` and ``heap[k] <= heap[2*k+2]``.
Only the ``<`` operator is used to compare items.

Thread-safety: none of these functions lock; a heap shared between threads
must be guarded by the caller (queue.PriorityQueue does so).
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, name):
    if not isinstance(heap, list):
        raise TypeError("%s() argument 1 must be list, not %s"
                        % (name, type(heap).__name__))


# -- min-heap primitives ----------------------------------------------------

def _sift_up(heap, pos):
    """Move heap[pos] towards the root until its parent is not larger."""
    item = heap[pos]
    while pos > 0:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


def _sift_down(heap, pos):
    """Move heap[pos] towards the leaves until both children are larger.

    The item first walks down along the smaller children to a leaf, then
    climbs back up: fewer comparisons on average than the textbook loop."""
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    # climb back up, but not above the starting position
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list(heap, "heappush")
    heap.append(item)
    _sift_up(heap, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list(heap, "heappop")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_down(heap, 0)
        return smallest
    return last


def heapreplace(heap, item, /):
    """Pop and return the smallest item, then push item (in one step)."""
    _check_list(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item, then pop and return the smallest item (in one step)."""
    _check_list(heap, "heappushpop")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0)
    return item


def heapify(heap, /):
    """Transform a list into a heap, in place, in linear time."""
    _check_list(heap, "heapify")
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _sift_down(heap, pos)


# -- max-heap primitives (private, used by nsmallest and merge) -------------

def _sift_up_max(heap, pos):
    item = heap[pos]
    while pos > 0:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if parent < item:
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


def _sift_down_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if parent < item:
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


def _heapify_max(heap):
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _sift_down_max(heap, pos)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sift_down_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _sift_down_max(heap, 0)
    return largest


# -- merge -------------------------------------------------------------------

class _MergeEntry:
    """One input of merge(): the current sort key, a tie-breaking order (the
    input's position, so the merge is stable) and the iterator."""

    def __init__(self, key, order, value, next_fn):
        self.key = key
        self.order = order
        self.value = value
        self.next_fn = next_fn

    def __lt__(self, other):
        if self.key < other.key:
            return True
        if other.key < self.key:
            return False
        return self.order < other.order


class _ReversedEntry(_MergeEntry):
    """Like _MergeEntry but ordered by descending key (reverse=True)."""

    def __lt__(self, other):
        if other.key < self.key:
            return True
        if self.key < other.key:
            return False
        return self.order < other.order


def merge(*iterables, key=None, reverse=False):
    """Merge several sorted inputs into a single sorted output (lazily)."""
    entry_class = _ReversedEntry if reverse else _MergeEntry
    heap = []
    order = 0
    for iterable in iterables:
        it = iter(iterable)
        next_fn = it.__next__
        try:
            value = next_fn()
        except StopIteration:
            continue
        k = value if key is None else key(value)
        heap.append(entry_class(k, order, value, next_fn))
        order += 1
    heapify(heap)
    while heap:
        entry = heap[0]
        yield entry.value
        try:
            value = entry.next_fn()
        except StopIteration:
            heappop(heap)
            continue
        entry.value = value
        entry.key = value if key is None else key(value)
        heapreplace(heap, entry)


# -- nsmallest / nlargest ------------------------------------------------------

class _Ranked:
    """An item with its sort key and its input position (for stability)."""

    def __init__(self, key, order, value):
        self.key = key
        self.order = order
        self.value = value

    def __lt__(self, other):
        if self.key < other.key:
            return True
        if other.key < self.key:
            return False
        return self.order < other.order


class _RankedDesc(_Ranked):
    """Ranked by descending key; equal keys keep input order."""

    def __lt__(self, other):
        if other.key < self.key:
            return True
        if self.key < other.key:
            return False
        return self.order < other.order


def _best(n, iterable, key, ranked_class):
    """The n items that rank first under ranked_class, in rank order.

    Keeps a max-heap (by rank) of the best n seen so far."""
    if n <= 0:
        return []
    heap = []
    order = 0
    for value in iterable:
        k = value if key is None else key(value)
        entry = ranked_class(k, order, value)
        order += 1
        if len(heap) < n:
            heap.append(entry)
            _sift_up_max(heap, len(heap) - 1)
        elif entry < heap[0]:
            _heapreplace_max(heap, entry)
    result = []
    while heap:
        result.append(_heappop_max(heap).value)
    result.reverse()
    return result


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        if key is None:
            result = min(it, default=sentinel)
        else:
            result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    return _best(n, iterable, key, _Ranked)


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        if key is None:
            result = max(it, default=sentinel)
        else:
            result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    return _best(n, iterable, key, _RankedDesc)
