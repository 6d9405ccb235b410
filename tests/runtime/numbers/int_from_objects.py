# int() via __int__, __index__, __trunc__ and their errors
class I:
    def __int__(self):
        return 42
class X:
    def __index__(self):
        return 7
class T:
    def __trunc__(self):
        return 9
class TI:
    def __trunc__(self):
        return X()
class BadInt:
    def __int__(self):
        return 1.5
class BadIndex:
    def __index__(self):
        return 'a'
class BadTrunc:
    def __trunc__(self):
        return 'a'
class Both:
    def __int__(self):
        return 1
    def __index__(self):
        return 2
for o in [I(), X(), Both()]:
    print(type(o).__name__, int(o))
for o in [BadInt(), BadIndex(), object()]:
    try:
        print(int(o))
    except Exception as e:
        print(type(o).__name__, type(e).__name__, e)
class MyInt(int):
    pass
print(int(MyInt(5)), type(int(MyInt(5))).__name__)
print(type(int(True)).__name__, int(True))
