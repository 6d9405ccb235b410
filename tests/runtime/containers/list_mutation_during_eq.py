# __eq__ / __index__ that mutate the list while a list operation runs.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Shrinker:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        if self.target:
            self.target.pop()
        return False
    def __repr__(self):
        return 'Shrinker'
    __hash__ = None

l = [1, 2, 3, 4, 5, 6]
print(Shrinker(l) in l, l)
l = [1, 2, 3, 4, 5, 6]
show(lambda: l.index(Shrinker(l)))
print(l)
l = [1, 2, 3, 4, 5, 6]
print(l.count(Shrinker(l)), l)
l = [1, 2, 3, 4, 5, 6]
show(lambda: l.remove(Shrinker(l)))
print(l)

class Clearer:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        self.target.clear()
        return True
    __hash__ = None

l = [1, 2, 3]
l.remove(Clearer(l))
print(l)
l = [1, 2, 3]
print(l.index(Clearer(l)), l)

class Grower:
    def __init__(self, target):
        self.target = target
        self.n = 0
    def __eq__(self, other):
        self.n += 1
        if self.n < 5:
            self.target.append(self.n * 10)
        return False
    __hash__ = None

l = [1, 2]
g = Grower(l)
print(g in l, l, g.n)

# list comparison where __eq__ mutates one side
class M:
    def __init__(self, v, other):
        self.v = v
        self.other = other
    def __eq__(self, o):
        if self.other:
            self.other.clear()
        return False
    def __lt__(self, o):
        return True
    __hash__ = None

a = [1, 2, 3]
b = [1, M(2, a), 3]
print(a == b, a, len(b))
a = [1, 2, 3]
b = [1, M(2, a), 3]
print(b < a, a)
a = [1, 2, 3]
b = [1, M(2, None), 3]
print(b < a, b == a, b != a)

# __index__ that mutates the list during subscription
class Idx:
    def __init__(self, target, i):
        self.target = target
        self.i = i
    def __index__(self):
        self.target.clear()
        return self.i

l = [1, 2, 3]
show(lambda: l[Idx(l, 1)])
l = [1, 2, 3]
def setit():
    l[Idx(l, 0)] = 9
show(setit)
print(l)
l = [1, 2, 3]
def delit():
    del l[Idx(l, 0)]
show(delit)
print(l)
l = [1, 2, 3]
show(lambda: l.pop(Idx(l, 0)))
l = [1, 2, 3]
show(lambda: l.insert(Idx(l, 5), 'x'))
print(l)
l = list(range(10))
def sliceit():
    return l[Idx(l, 2):Idx(l, 8)]
show(sliceit)
l = list(range(10))
def setslice():
    l[Idx(l, 2):5] = ['a', 'b']
show(setslice)
print(l)
