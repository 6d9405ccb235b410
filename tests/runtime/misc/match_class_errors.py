class A: pass
class B:
    __match_args__ = ["a"]
class C:
    __match_args__ = (1,)
class D:
    __match_args__ = ("a",)
    a = 1
class E:
    __match_args__ = ("a", "b")
cases = []
def t(f):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
def c1():
    match A():
        case A(1): pass
def c2():
    match B():
        case B(1): pass
def c3():
    match C():
        case C(1): pass
def c4():
    match D():
        case D(1, a=1): pass
def c5():
    match 5:
        case int(1, 2): pass
def c6():
    x = 5
    match 5:
        case len(): pass
def c7():
    match E():
        case E(1, 2, 3): pass
def c8():
    match A():
        case A(x=1, x=2) if False: pass
for f in [c1, c2, c3, c4, c5, c6, c7]:
    t(f)
