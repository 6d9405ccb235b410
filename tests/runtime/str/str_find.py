def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

def ev(*exprs):
    for x in exprs:
        show(x, lambda: eval(x))

s = "abracadabra"
u = "αβραcadαβρα😀x😀"
for t in (s, u):
    for sub in ["a", "abra", "αβρ", "", "z", "cad", "😀", "x😀", "ra", t, t + "x"]:
        print(repr(sub), t.find(sub), t.rfind(sub), t.count(sub))
        for start in (None, -100, -3, 0, 1, 5, 11, 12, 100):
            print(" ", start, t.find(sub, start), t.rfind(sub, start), t.count(sub, start), t.find(sub, start, -2), t.rfind(sub, 1, start), t.count(sub, start, 8))
print("aaaa".find("aa", 1), "aaaa".rfind("aa"), "aaaa".count("aa"), "aaaaa".count("aa"))
print("".find(""), "".rfind(""), "".count(""), "abc".find("", 3), "abc".find("", 4), "abc".rfind("", 4), "abc".count("", 4), "abc".count("", 2))
class I:
    def __index__(self): return 1
print(s.find("b", I()), s.find("a", None, None), s.find("a", True), s.find("a", 2**70), s.find("a", -2**70), s.rfind("a", 0, 2**70))
long = "xy" * 5000 + "needle" + "xy" * 5000
print(long.find("needle"), long.rfind("needle"), long.count("xy"), long.find("needlex"), long.rfind("yx"), long.find("yxy", 9990))
print("abcabcabd".find("abcabd"), "aabaabaaab".find("aaab"), "abababac".rfind("abab"), "mississippi".find("issip"), "mississippi".rfind("issi"))
