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

t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()))
print("abcdabcd".translate(t), "hello".translate(t), "".translate(t))
print("abc".translate({97: "AA", 98: None, 99: 0x263A}), "abc".translate({ord("a"): "é"}), "héllo".translate({ord("é"): "e"}))
print("abc".translate([None, None]), "abc".translate({}), "abc".translate(str.maketrans({"a": "1", "b": None, 99: "33"})))
class Tab:
    def __getitem__(self, k):
        if k == 97: return "A"
        raise LookupError(k)
print("banana".translate(Tab()))
class Tab2:
    def __getitem__(self, k): raise IndexError(k)
print("abc".translate(Tab2()))
show("badval", lambda: "abc".translate({97: 1.5}))
show("range", lambda: "abc".translate({97: 0x110000}))
show("neg", lambda: "abc".translate({97: -1}))
show("notsub", lambda: "abc".translate(5))
show("none", lambda: "abc".translate())
class Tab3:
    def __getitem__(self, k): raise ValueError("x")
show("valerr", lambda: "abc".translate(Tab3()))
print("a" * 10 + "b".translate({98: "c"}))
