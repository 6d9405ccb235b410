n, steps = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz 27 steps", steps)
i = 0
out = []
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 9:
        break
    out.append(i)
print(out)
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
x = 10
while x:
    x -= 3 if x > 3 else x
print(x)
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            break
        inner += 1
    else:
        print("inner exhausted at outer", outer)
    outer += 1
print("done", outer, inner)
stack = [1, [2, [3, [4]]]]
depth = 0
cur = stack
while isinstance(cur, list) and cur:
    depth += 1
    cur = cur[-1]
print("depth", depth, cur)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), gcd(0, 9))
count = 0
while count < 5: count += 1
print(count)
lst = [5, 3, 8, 1]
while lst:
    v = lst.pop()
    if v == 8:
        print("found 8, remaining", lst)
        break
else:
    print("not found")
k = 0
while k < 3:
    try:
        k += 1
        if k == 2:
            continue
    finally:
        print("finally", k)
n = 12345
digits = []
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits[::-1])
