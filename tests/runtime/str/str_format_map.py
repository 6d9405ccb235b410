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

class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {b}".format_map({"a": 1, "b": 2}), "{x}-{y}".format_map(D(x=1)), "{a[0]}".format_map({"a": [9]}))
class M:
    def __getitem__(self, k):
        return k.upper()
print("{hello} {world}".format_map(M()))
show("pos", lambda: "{0}".format_map({}))
show("auto", lambda: "{}".format_map({}))
show("missing", lambda: "{a}".format_map({}))
show("none", lambda: "{a}".format_map())
show("two", lambda: "{a}".format_map({}, {}))
show("notmap", lambda: "{a}".format_map(5))
print("no fields".format_map(5))
