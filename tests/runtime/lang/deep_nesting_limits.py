nested = []
cur = nested
for _ in range(100000):
    nxt = []
    cur.append(nxt)
    cur = nxt
try:
    repr(nested)
except RecursionError as e:
    print(type(e).__name__)
try:
    str(nested)
except RecursionError as e:
    print(type(e).__name__)
try:
    nested == nested[0]
except RecursionError as e:
    print(type(e).__name__)
d = {}
cur = d
for _ in range(100000):
    cur["k"] = {}
    cur = cur["k"]
try:
    repr(d)
except RecursionError as e:
    print(type(e).__name__)
import copy
try:
    copy.deepcopy(nested)
except RecursionError as e:
    print(type(e).__name__)
def gen_rec(n):
    yield from gen_rec(n + 1)
try:
    list(gen_rec(0))
except RecursionError as e:
    print(type(e).__name__)
class Node:
    def __init__(self, child=None):
        self.child = child
    def __eq__(self, other):
        return self.child == other.child
a = b = None
for _ in range(10000):
    a, b = Node(a), Node(b)
try:
    print(a == b)
except RecursionError as e:
    print(type(e).__name__)
def f(n):
    return f(n + 1) if n < 500 else n
print(f(0))
print("still alive")
