# float() via __float__ and __index__
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
class Bad:
    def __float__(self):
        return 1
class BadIdx:
    def __index__(self):
        return 1.5
print(float(F()), float(I()))
for o in [Bad(), BadIdx(), object()]:
    try:
        print(float(o))
    except Exception as e:
        print(type(e).__name__, e)
class MyFloat(float):
    pass
m = MyFloat(2.5)
print(m, type(m).__name__, m + 1, type(m + 1).__name__, float(m), type(float(m)).__name__, -m, type(-m).__name__)
print(MyFloat(), MyFloat('1.5'), MyFloat(3), m == 2.5, hash(m) == hash(2.5), m.is_integer(), m.hex())
class Fmt(float):
    def __repr__(self):
        return 'Fmt!'
print(repr(Fmt(1)), str(Fmt(1)), [Fmt(2)])
