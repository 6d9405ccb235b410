s = set(range(0, 50, 3))
out = []
while s: out.append(s.pop())
print(out)
s = set(); [s.add(i) for i in (8, 16, 24, 1, 2, 3)]
print(s.pop(), s.pop(), s)
s.add(8); print(s.pop(), s)
