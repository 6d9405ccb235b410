KEYWORDS = {"if", "else", "while", "return", "fn"}
class Token:
    __slots__ = ("kind", "text", "line", "col")
    def __init__(self, kind, text, line, col):
        self.kind, self.text, self.line, self.col = kind, text, line, col
    def __repr__(self):
        return f"{self.kind}:{self.text!r}@{self.line}:{self.col}"
class LexError(Exception):
    pass
def lex(src):
    i, line, col = 0, 1, 1
    toks = []
    two = {"==", "!=", "<=", ">=", "->", "&&", "||"}
    while i < len(src):
        ch = src[i]
        if ch == "\n":
            i += 1; line += 1; col = 1
            continue
        if ch.isspace():
            i += 1; col += 1
            continue
        if ch == "/" and src[i:i + 2] == "//":
            while i < len(src) and src[i] != "\n":
                i += 1
            continue
        start, scol = i, col
        if ch.isdigit():
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            text = src[start:i]
            if text.count(".") > 1:
                raise LexError(f"bad number {text!r} at {line}:{scol}")
            toks.append(Token("num", text, line, scol))
        elif ch.isalpha() or ch == "_":
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            text = src[start:i]
            toks.append(Token("kw" if text in KEYWORDS else "id", text, line, scol))
        elif ch == '"':
            i += 1
            buf = []
            while i < len(src) and src[i] != '"':
                if src[i] == "\\" and i + 1 < len(src):
                    buf.append({"n": "\n", "t": "\t"}.get(src[i + 1], src[i + 1]))
                    i += 2
                else:
                    buf.append(src[i]); i += 1
            if i >= len(src):
                raise LexError(f"unterminated string at {line}:{scol}")
            i += 1
            toks.append(Token("str", "".join(buf), line, scol))
        elif src[i:i + 2] in two:
            toks.append(Token("op", src[i:i + 2], line, scol)); i += 2
        elif ch in "+-*/%=<>!(){}[],;:.":
            toks.append(Token("op", ch, line, scol)); i += 1
        else:
            raise LexError(f"unexpected {ch!r} at {line}:{scol}")
        col += i - start
    toks.append(Token("eof", "", line, col))
    return toks
SRC = '''fn fib(n) -> int {
    // recursive
    if n <= 1 { return n; }
    return fib(n - 1) + fib(n - 2);
}
let s = "tab\\there \\"q\\"";
x = 3.14 * r_2 != 1 && y;'''
toks = lex(SRC)
for t in toks[:12]:
    print(t)
print(len(toks), [t.text for t in toks if t.kind == "kw"], [t.text for t in toks if t.kind == "str"])
from collections import Counter
print(sorted(Counter(t.kind for t in toks).items()))
for bad in ['x = "open', "a $ b", "1.2.3"]:
    try:
        lex(bad)
    except LexError as e:
        print(type(e).__name__, e)
