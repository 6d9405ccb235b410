# heapq functions (used by PriorityQueue).
import heapq

data = [5, 3, 8, 1, 9, 2, 7, 1, 0, 6]
h = []
for x in data:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(len(data))])
h = list(data)
heapq.heapify(h)
print(h[0], sorted(h) == sorted(data))
print(heapq.heapreplace(h, 4), heapq.heappushpop(h, -1), heapq.heappushpop(h, 100))
print([heapq.heappop(h) for _ in range(len(h))])
print(heapq.nsmallest(3, data), heapq.nlargest(3, data))
words = ["bb", "a", "ccc", "dd", "e", "fff"]
print(heapq.nsmallest(4, words, key=len), heapq.nlargest(4, words, key=len))
print(heapq.nsmallest(1, data), heapq.nlargest(1, []), heapq.nsmallest(0, data))
print(heapq.nlargest(20, data))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9])))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(heapq.merge()))
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    heapq.heappush((), 1)
except TypeError as e:
    print(type(e).__name__, e)
# heapsort of tuples
pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]
heapq.heapify(pairs)
print([heapq.heappop(pairs) for _ in range(4)])
