class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self.size = 0
        for v in reversed(list(iterable)):
            self.push(v)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return "LL(" + " -> ".join(map(repr, self)) + ")"
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for idx, v in enumerate(self):
            if idx == i:
                return v
        raise IndexError("linked list index out of range")
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
        return self
    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.value == v:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{v!r} not in list")
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __contains__(self, v):
        return any(x == v for x in self)
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), ll[0], ll[-1], 3 in ll, 9 in ll)
print(ll.reverse(), list(ll))
ll.remove(3); ll.remove(1)
print(ll, len(ll))
for bad in [lambda: ll.remove(42), lambda: ll[10]]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(LinkedList("abc") == LinkedList(["a", "b", "c"]), LinkedList() == LinkedList([]), repr(LinkedList()))
big = LinkedList(range(2000))
print(sum(big), big[1999], len(big.reverse()), big[0])
def merge_sorted(a, b):
    out = []
    ia, ib = iter(a), iter(b)
    va, vb = next(ia, None), next(ib, None)
    while va is not None or vb is not None:
        if vb is None or (va is not None and va <= vb):
            out.append(va); va = next(ia, None)
        else:
            out.append(vb); vb = next(ib, None)
    return LinkedList(out)
print(merge_sorted(LinkedList([1, 4, 9]), LinkedList([2, 3, 10, 11])))
