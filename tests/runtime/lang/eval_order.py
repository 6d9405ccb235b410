log = []
def t(name, value=None):
    log.append(name)
    return value if value is not None else name

def show(label):
    print(label, log)
    log.clear()

t("a") + t("b") * t("c", 1)
show("binary:")
d = {t("k1"): t("v1"), t("k2"): t("v2")}
show("dict display:")
[t("x"), t("y"), *[t("z")]]
show("list display:")
def f(*a, **k): return None
f(t("p1"), t("p2"), kw=t("k"), *[t("star")], **{t("dk"): 1})
show("call args:")
class O: pass
o = O()
t("obj", o).attr = t("val")
show("attribute assignment:")
lst = [0, 0]
t("container", lst)[t("index", 1)] = t("rhs")
show("subscript assignment:")
a = b = t("chained")
show("chained:")
x = [0, 0, 0]
i = 0
i, x[i] = 1, 5
print(x)
t("lhs", 1) < t("mid", 2) < t("rhs", 3)
show("chain compare:")
t("cond", 1) if t("test", 0) else t("other")
show("conditional:")
t("f", f)(t("arg"))
show("callee first:")
t("base", [1, 2])[t("lo", 0):t("hi", 1)]
show("slice:")
_ = {t("s1"), t("s2")}
show("set display:")
_ = t("l", 1) and t("r", 0) or t("e")
show("bool ops:")
_ = [t(f"comp{i}") for i in range(2)]
show("comprehension:")
def defaults(a=t("default1"), b=t("default2")): pass
show("defaults at def time:")
@t("decorator", lambda fn: fn)
def decorated(x=t("deco default")): pass
show("decorator vs defaults:")
class K(t("base class", object), metaclass=t("meta", type)):
    t("class body")
show("class statement:")
z = {**{t("u1"): 1}, t("k3"): t("v3")}
show("dict unpack:")
t("aug", lst)[t("augidx", 0)] += t("augval", 1)
show("augmented subscript:")
print(f"{t('f1')}{t('f2')}")
show("fstring:")
