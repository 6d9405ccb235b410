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

words = ["", "hello", "HELLO", "Hello World", "hELLO wORLD", "123abc", "abc123def", "they're bill's friends", "a-b_c d.e", "  x  ", "ABC def GHI", "o'neil", "3rd place", "x1y2z3", "a\tb\nc"]
for w in words:
    print(repr(w), repr(w.lower()), repr(w.upper()), repr(w.swapcase()), repr(w.title()), repr(w.capitalize()), repr(w.casefold()))
show("lowerarg", lambda: "a".lower(1))
show("upperkw", lambda: "a".upper(x=1))
show("unbound", lambda: str.upper())
show("desc", lambda: str.upper(5))
print(str.upper("abc"), str.title("ab cd"))
