def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

l = list(range(10))
l[2:5] = l
print(l)
l = list(range(10))
l[::2] = l[1::2]
print(l)
l = list(range(10))
l[::-3] = 'abcd'
print(l)
l = list(range(10))
l[8:2] = ['x', 'y']
print(l)
l = list(range(10))
l[100:] = ['end']
print(l)
l[-100:1] = ['start']
print(l)
l = list(range(10))
l[2:8] = []
print(l)
l = list(range(10))
l[1:2] = range(5)
print(l)
l = list(range(10))
show(lambda: l.__setitem__(slice(None, None, 2), [1, 2]))
show(lambda: l.__setitem__(slice(None, None, 2), 5))
show(lambda: l.__setitem__(slice(1, 3), 5))
l = list(range(10))
show(lambda: l.__setitem__(slice(None, None, 2), []))
l[5:0:2] = []
print(l)
l[5:0:-1] = 'abcde'
print(l)
l = list(range(10))
del l[::-1]
print(l)
l = list(range(20))
del l[1::3]
print(l)
del l[-2::-4]
print(l)
del l[100:]
print(l)
l = list(range(10))
l[:] = l[::-1]
print(l)
l[:] = []
print(l, len(l))
l[:] = (x * x for x in range(4))
print(l)

# growing and shrinking big lists (storage reallocations)
big = list(range(1000))
del big[10:]
print(big, len(big))
big[5:5] = range(500)
print(len(big), big[:8], big[-8:])
big[3:] = []
print(big)
for i in range(300):
    big.append(i)
while len(big) > 2:
    big.pop()
print(big)
big.extend(range(100))
big *= 3
print(len(big), big[-3:])
big *= 0
print(big)
big += [1, 2]
big *= 1
print(big)
big.insert(-100, 'a'); big.insert(100, 'z'); big.insert(1, 'm')
print(big)
print(big.pop(-4), big.pop(0), big)
show(lambda: big.pop(10))
show(lambda: big.pop(-10))
show(lambda: [].pop())
show(lambda: [].pop(0))
l = [1, 2, 3]
l.reverse(); print(l)
l.clear(); l.reverse(); print(l)
l.append(1); l.reverse(); print(l)
x = list(range(7)); x.reverse(); print(x)
print([0] * 5 + [1] * 2, [[]] * 2)
l = [1, 2, 3]
l.extend(l); print(l)
l += l; print(l)
l[len(l):] = l; print(len(l))
print(l.__sizeof__() >= 0)
