a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
i = 0
lst = [10, 20, 30]
i = lst[i] = 1
print(i, lst)
lst2 = [0, 0, 0]
j = 0
lst2[j] = j = 2
print(lst2, j)
class O: pass
o = O()
o.a = o.b = "same"
print(o.a, o.b)
p, q = r = (1, 2)
print(p, q, r)
d = {}
d["a"] = d["b"] = d
print(sorted(d.keys()), d["a"] is d)
m = n = k = 0
m, n = n + 1, m + 2
print(m, n, k)
first, second = second_alias, _ = (3, 4)
print(first, second, second_alias)
