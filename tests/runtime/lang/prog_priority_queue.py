class MinHeap:
    def __init__(self, key=lambda x: x):
        self.items = []
        self.key = key
        self.counter = 0
    def __len__(self):
        return len(self.items)
    def __bool__(self):
        return bool(self.items)
    def push(self, item):
        self.items.append((self.key(item), self.counter, item))
        self.counter += 1
        self._up(len(self.items) - 1)
    def pop(self):
        if not self.items:
            raise IndexError("pop from empty heap")
        last = self.items.pop()
        if not self.items:
            return last[2]
        top = self.items[0]
        self.items[0] = last
        self._down(0)
        return top[2]
    def peek(self):
        return self.items[0][2]
    def _up(self, i):
        while i > 0:
            parent = (i - 1) // 2
            if self.items[i][:2] < self.items[parent][:2]:
                self.items[i], self.items[parent] = self.items[parent], self.items[i]
                i = parent
            else:
                break
    def _down(self, i):
        n = len(self.items)
        while True:
            smallest = i
            for c in (2 * i + 1, 2 * i + 2):
                if c < n and self.items[c][:2] < self.items[smallest][:2]:
                    smallest = c
            if smallest == i:
                return
            self.items[i], self.items[smallest] = self.items[smallest], self.items[i]
            i = smallest

h = MinHeap()
for v in [5, 3, 8, 1, 9, 2, 7, 3]:
    h.push(v)
print(len(h), h.peek(), [h.pop() for _ in range(len(h))], bool(h))
try:
    h.pop()
except IndexError as e:
    print(type(e).__name__, e)

tasks = MinHeap(key=lambda t: t[0])
for prio, name in [(2, "write"), (1, "plan"), (3, "test"), (1, "coffee"), (2, "review")]:
    tasks.push((prio, name))
order = []
while tasks:
    order.append(tasks.pop()[1])
print(order)

def dijkstra(graph, start):
    dist = {start: 0}
    pq = MinHeap(key=lambda t: t[0])
    pq.push((0, start))
    seen = set()
    while pq:
        d, node = pq.pop()
        if node in seen:
            continue
        seen.add(node)
        for nxt, w in graph.get(node, []):
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                pq.push((nd, nxt))
    return dict(sorted(dist.items()))
graph = {"a": [("b", 7), ("c", 9), ("f", 14)], "b": [("c", 10), ("d", 15)], "c": [("d", 11), ("f", 2)],
         "d": [("e", 6)], "f": [("e", 9)]}
print(dijkstra(graph, "a"))
import heapq
ref = [5, 3, 8, 1]
heapq.heapify(ref)
print([heapq.heappop(ref) for _ in range(4)])
