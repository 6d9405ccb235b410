class LRU:
    class _N:
        __slots__ = ("k", "v", "prev", "next")
        def __init__(self, k=None, v=None):
            self.k, self.v, self.prev, self.next = k, v, None, None
    def __init__(self, cap):
        self.cap = cap
        self.map = {}
        self.head, self.tail = LRU._N(), LRU._N()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _front(self, n):
        n.next, n.prev = self.head.next, self.head
        self.head.next.prev = n
        self.head.next = n
    def get(self, k, default=None):
        n = self.map.get(k)
        if n is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(n)
        self._front(n)
        return n.v
    def put(self, k, v):
        if k in self.map:
            n = self.map[k]
            n.v = v
            self._unlink(n)
            self._front(n)
            return
        if len(self.map) >= self.cap:
            old = self.tail.prev
            self._unlink(old)
            del self.map[old.k]
        n = LRU._N(k, v)
        self.map[k] = n
        self._front(n)
    def keys(self):
        out, n = [], self.head.next
        while n is not self.tail:
            out.append(n.k)
            n = n.next
        return out
c = LRU(3)
for k in "abc":
    c.put(k, k.upper())
c.get("a")
c.put("d", "D")
print(c.keys(), c.get("b"), c.get("a"), c.hits, c.misses)
c.put("c", "C2")
print(c.keys(), c.get("c"))
class Trie:
    def __init__(self):
        self.root = {}
    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = node.get("$", 0) + 1
    def contains(self, word):
        node = self._find(word)
        return node is not None and "$" in node
    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return None
            node = node[ch]
        return node
    def with_prefix(self, prefix):
        node = self._find(prefix)
        out = []
        def walk(n, acc):
            for k in sorted(n):
                if k == "$":
                    out.append(acc)
                else:
                    walk(n[k], acc + k)
        if node is not None:
            walk(node, prefix)
        return out
t = Trie()
for w in "car cart carbon care cat dog do door".split():
    t.insert(w)
print(t.contains("car"), t.contains("ca"), t.with_prefix("car"), t.with_prefix("do"), t.with_prefix("x"))
