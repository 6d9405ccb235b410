for i in range(3):
    pass
else:
    print("for completed, i =", i)
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
print("broke at", i)
for i in []:
    pass
else:
    print("empty for else")
n = 0
while n < 3:
    n += 1
else:
    print("while completed", n)
while True:
    break
else:
    print("not printed")
n = 0
while n < 5:
    n += 1
    if n % 2:
        continue
    if n == 4:
        break
else:
    print("no")
print("while broke at", n)

def find(seq, target):
    for idx, v in enumerate(seq):
        if v == target:
            return idx
    else:
        return -1
print(find("abc", "c"), find("abc", "z"))

def primes(limit):
    out = []
    for n in range(2, limit):
        for d in range(2, n):
            if n % d == 0:
                break
        else:
            out.append(n)
    return out
print(primes(40))

for i in range(3):
    for j in range(3):
        if j == 2:
            break
    else:
        print("inner never completes")
        continue
    print("outer", i, "after inner break")

count = 0
for i in range(10):
    try:
        if i == 3:
            continue
        if i == 6:
            break
    finally:
        count += 1
else:
    print("no")
print("count", count)

lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
print(lst)
d = {1: 1}
try:
    for k in d:
        d[k + 1] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1}
try:
    for k in s:
        s.add(k + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
i = 0
while i < 3: i += 1
print(i)
for ch in "ab": print(ch, end=" ")
print()
for _ in range(2):
    pass
print(_)
