strs = ['', '\t1', '\tß1😀Σ\réßA', '\té\tßAxA', '\n\t,Aéß\r', '\n,Σx1éa', '\n,Σé1xΣ\t', '\nΣ', '\n😀\u30001 bAA1', '\r\t\u3000', '\r\t😀😀\r', '\rßb\u3000b\nß,1', ' \n\na Σ😀éA', ' \ré xß', ' ,\tΣ', ' Σ1ab', ',\nß\u3000,', ',\r\t\t😀ß', ',aa\r\n', '1A1\u3000', 'A', 'AΣ ', 'a', 'a\tb\tß ', 'a1b\r😀A', 'abaA 😀béA', 'aß\u3000', 'a😀\u3000', 'b', 'b\t11AaAAΣ', 'b\tb😀Σa', 'b ', 'bA\n', 'béAax😀\ta', 'xa\r😀\n1\u3000b', 'x\u3000\r\u30001\r😀', 'x\u3000ßb ß', 'ßxé,ß\nAb', 'ßßß\nb b', 'é', 'é\n\t\r ,\r', 'é ,\u3000😀A11,', 'é Abßa\t', 'é,éAß', 'é1\tA\r\r\r\u3000', 'éAéß', 'éb\tb\t', 'éb😀', 'Σ', 'ΣΣΣbß1', '\u3000', '😀', '😀\nx \u3000Σ', '😀a', '😀b', '😀é ', '😀éx ']
subs = ['', 'a', 'b', ' ', 'ab', 'é', '😀', ',', 'aa', '\n', 'xa']

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

for s in strs:
    print(repr(s), s.split(), s.rsplit(None, 1), s.splitlines(), s.splitlines(True), s.strip(), s.lstrip(" a"), s.rstrip("é\n"), s.upper(), s.lower(), s.title(), s.swapcase(), s.capitalize(), s.casefold(), s.isalpha(), s.isspace(), s.istitle(), s.islower(), s.isupper(), s.expandtabs(3), s.center(8, "*"), s.zfill(6))
    print(" ", s[::-1], s[1:-1], s[::2], s[-3::-2], list(s)[:3], len(s), s.encode(), s.encode("ascii", "replace"), s.encode("latin-1", "backslashreplace"))
    for sub in subs:
        print(" ", repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 2), s.rfind(sub, 1, -1), s.count(sub, -4), s.startswith(sub), s.endswith(sub, 0, 5), sub in s, s.replace(sub, "<>"), s.replace(sub, "", 2), s.partition(sub) if sub else None, s.rpartition(sub) if sub else None, s.split(sub) if sub else None, s.rsplit(sub, 1) if sub else None, s.removeprefix(sub), s.removesuffix(sub), s.split(sub, 1) if sub else None)

