lst = [3, 1, 2]
lst.append(4); lst.extend([5, 6]); lst.insert(0, 0); lst.insert(100, 7); lst.insert(-1, 99)
print(lst, len(lst), lst.index(99), lst.count(1))
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(99)
lst.reverse()
print(lst)
lst.sort()
print(lst, sorted(lst, reverse=True), lst[::-1] == sorted(lst, reverse=True))
for bad in [lambda: lst.remove(42), lambda: lst.index(42), lambda: [].pop(), lambda: lst.pop(100), lambda: lst.insert("a", 1)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
a = [1, 2]
b = a
b += [3]
b = b + [4]
print(a, b)
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m)
print([1, 2, 3] * 2, 2 * [0], [] * 5, [[1]] + [[2]], list("ab") + ["c"])
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0], [3] > [2, 9])
c = [5, 3, 8]
c[len(c):] = [9]
c[:0] = [0]
print(c, c.copy(), c[:] is c, list(c) is c)
c.clear()
print(c)
stack = []
for i in range(3):
    stack.append(i)
print([stack.pop() for _ in range(3)])
lst2 = list(range(10))
print(lst2[2:8:3], lst2[-1::-4], lst2[1::2] + lst2[::2])
print(sum([[1], [2, 3]], []), [x for row in [[1, 2], [3]] for x in row])
words = ["banana", "Apple", "cherry"]
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
try:
    [1, "a"].sort()
except TypeError as e:
    print(type(e).__name__, e)
q = [1, 2, 3]
for item in q[:]:
    q.remove(item)
print(q)
print(list(map(list, zip(*[[1, 2, 3], [4, 5, 6]]))))
self_ref = [1]
self_ref.append(self_ref)
print(self_ref, self_ref[1][1][1][0])
print([None] * 3, [[]] * 2 == [[], []], [1, 2, 3].__len__(), [1].__contains__(1))
