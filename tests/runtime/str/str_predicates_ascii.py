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

methods = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper"]
words = ["", "abc", "ABC", "Abc", "aBc", "123", "abc123", "a b", " ", "\t\n\r\x0b\x0c", "\x1c\x1d\x1e\x1f", "_x", "1x", "x1", "Hello World", "Hello world", "HELLO WORLD", "hello world!", "\x7f", "~!@", "Abc Def", "A", "a", "1", "_", "They'Re", "12abc", "ab_12"]
for w in words:
    print(repr(w), [int(getattr(w, m)()) for m in methods])
for m in methods:
    show(m, lambda: getattr("a", m)(1))
