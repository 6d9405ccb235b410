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

pairs = [("a", "b"), ("b", "a"), ("a", "a"), ("", "a"), ("abc", "abd"), ("ab", "abc"), ("é", "e"), ("z", "é"), ("😀", "☃"), ("\uffff", "😀"), ("A", "a")]
for x, y in pairs:
    print(repr(x), repr(y), x < y, x <= y, x == y, x != y, x > y, x >= y)
print("a".__lt__("b"), "a".__eq__("a"), "a".__ne__("a"), "a".__ge__("b"), "a".__lt__(1), "a".__eq__(1))
show("desc", lambda: str.__lt__(1, "a"))
show("lt", lambda: "a" < 1)
show("ge", lambda: "a" >= None)
print("a" == 1, "a" != 1, "a" == None)
print(sorted(["b", "a", "é", "B", "", "ab"]))
print(max(["a", "b", "ab"]), min("cab"))
print("e\u0301" == "\u00e9", len("e\u0301"), len("\u00e9"))
