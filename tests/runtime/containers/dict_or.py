def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = {1: 'a', 2: 'b'}
b = {2: 'B', 3: 'C'}
print(a | b, b | a, a, b)
c = a; c |= b; print(a, c is a)
c |= [(9, 'nine')]; print(a)
show(lambda: a | [(1, 2)])
show(lambda: a.__or__(1))
print(a.__ror__({0: 0}))
class D(dict): pass
print(type(D(x=1) | {}).__name__, type({} | D(x=1)).__name__)
