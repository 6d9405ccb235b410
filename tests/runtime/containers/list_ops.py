def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2]
print(a + [3], a * 3, [0] * 0, [0] * -2, a * True)
b = a; b += [5]; print(a, b is a)
b += (6, 7); print(a)
b += "xy"; print(a)
c = [1, 2]; d = c; d *= 2; print(c, d is c)
d *= 0; print(c)
show(lambda: a.__add__((1,)))
show(lambda: a.__mul__('x'))
show(lambda: a.__iadd__(1))
show(lambda: a.__imul__('x'))
print(a.__mul__(2), a.__rmul__(2), a.__add__([9]))
print(2 in a, 9 in a, 9 not in a)
