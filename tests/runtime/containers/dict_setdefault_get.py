d = {}
for w in 'the quick the lazy the end'.split():
    d.setdefault(w, []).append(len(w))
print(d)
c = {}
for ch in 'mississippi': c[ch] = c.get(ch, 0) + 1
print(c, sorted(c.items(), key=lambda kv: -kv[1]))
print({}.get(1, [])) 
