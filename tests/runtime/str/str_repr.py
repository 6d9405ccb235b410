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

items = ["", "abc", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "nl\n", "cr\r", "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad\xff", "é", "ĀāΩ", "\u200b\u2028\u2029", "\ue000", "😀", "\U0001f600\U000e0001", "\u0301", "\ufeff", "a\u3000b"]
for t in items:
    print(repr(t), ascii(t), len(repr(t)))
print(repr("'"), repr('"'), repr("'\""))
print(str("x"), "x".__repr__(), "x".__str__())
print(repr(["a", "é"]), repr(("'",)), repr({"k": "v"}))
class S(str): pass
print(repr(S("abc")), str(S("abc")), type(str(S("x"))).__name__, type(S("x").__str__()).__name__)
