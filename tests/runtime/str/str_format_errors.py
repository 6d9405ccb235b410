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

cases = [("{", ()), ("}", ()), ("a}b", ()), ("{0", (1,)), ("{0}{}", (1, 2)), ("{}{0}", (1, 2)), ("{1}", (1,)), ("{}", ()), ("{a}", (1,)), ("{0.x}", (1,)), ("{0[0]}", (1,)), ("{!x}", (1,)), ("{0!}", (1,)), ("{0!rr}", (1,)), ("{:d}", ("a",)), ("{0.}", (1,)), ("{0[}", (1,)), ("{0[]}", (1,)), ("{0[0]x}", ([1],)), ("{0{1}}", (1, 2)), ("{:{:{}}}", (1, 2, 3)), ("{0:{1:{2}}}", (1, 2, 3)), ("{99999999999999999999}", (1,)), ("{0:.{1}}", (1.5, "x")), ("{0!é}", (1,)), ("{:z}", ("a",)), ("{x[0]}", ()), ("{:{}}", ("a",))]
for f, a in cases:
    show(f, lambda: f.format(*a))
show("kwmissing", lambda: "{name}".format(other=1))
show("noself", lambda: str.format())
