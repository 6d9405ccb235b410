def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

s = {3, 1, 2}
s.add(4); s.add(1); print(s, len(s))
s.discard(10); s.discard(1); print(s)
s.remove(2); print(s)
show(lambda: s.remove(99))
print(3 in s, 99 in s)
t = s.copy(); t.clear(); print(s, t)
print(set(), set([1, 2, 2]), set('aa'), set(range(5)), set({1: 2}))
x = {1}
print(x.pop(), x)
show(lambda: x.pop())
show(lambda: set().pop())
