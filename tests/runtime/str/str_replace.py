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

s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 1), s.replace("one", "1", 0), s.replace("one", "1", -1), s.replace("one", "1", 2), s.replace("x", "y"))
print(s.replace("", "-"), s.replace("", "-", 3), "".replace("", "x"), "".replace("a", "b"), "abc".replace("", ""), "aaa".replace("a", ""), "aaa".replace("aa", "b"))
print("héllo".replace("é", "e"), "héllo".replace("l", "L"), "abc".replace("b", "☃"), "a😀b😀".replace("😀", "!"), "abc".replace("é", "x"), "ééé".replace("é", "é", 2), "héllo".replace("", "|"))
print("aaaa".replace("aa", "aaa"), "ababab".replace("aba", "X"))
show("one", lambda: s.replace("a"))
show("int1", lambda: s.replace(1, "a"))
show("int2", lambda: s.replace("a", 2))
show("count", lambda: s.replace("a", "b", "c"))
show("kw", lambda: s.replace("a", "b", count=1))
show("many", lambda: s.replace("a", "b", 1, 2))
show("countfloat", lambda: s.replace("a", "b", 1.0))
big = "ab" * 10000
r = big.replace("a", "xyz")
print(len(r), r[:9], r.count("xyz"))
print("x".replace("x", "y") , "abc".replace("abc", ""), repr("abc".replace("abc", "")))
