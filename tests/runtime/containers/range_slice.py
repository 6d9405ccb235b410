r = range(10)
print(r[2:5], r[::2], r[::-1], r[1:8:3], r[-3:], r[:-3], r[100:], r[8:2:-2])
print(range(1, 20, 3)[-2:0:-2], range(5, 0, -1)[1:3], range(0)[::-1], range(3)[::-2])
print(list(range(0, 30, 4)[1::2]), range(10)[slice(None, None, None)])
print(range(2**64)[1:], range(2**64)[::-1][:3], range(2**64)[-1])
try: r[::0]
except ValueError as e: print(e)
