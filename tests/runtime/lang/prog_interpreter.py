# A tiny tokenizer + recursive-descent parser + tree-walking interpreter for a calculator language.
import re

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|([A-Za-z_]\w*)|(\*\*|==|!=|<=|>=|[-+*/%()<>=,;{}]))")

def tokenize(src):
    pos, out = 0, []
    src = src.strip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m or m.end() == pos:
            raise SyntaxError(f"bad char at {pos}: {src[pos]!r}")
        num, name, op = m.groups()
        if num:
            out.append(("num", float(num) if "." in num else int(num)))
        elif name:
            out.append(("kw" if name in ("let", "print", "while", "if", "else", "def", "return") else "name", name))
        else:
            out.append(("op", op))
        pos = m.end()
        while pos < len(src) and src[pos].isspace():
            pos += 1
    out.append(("eof", None))
    return out

class Parser:
    def __init__(self, toks):
        self.toks = toks
        self.i = 0
    def peek(self):
        return self.toks[self.i]
    def take(self, kind=None, val=None):
        t = self.toks[self.i]
        if kind and t[0] != kind or val and t[1] != val:
            raise SyntaxError(f"expected {val or kind}, got {t[1]!r}")
        self.i += 1
        return t
    def program(self):
        stmts = []
        while self.peek()[0] != "eof" and self.peek() != ("op", "}"):
            stmts.append(self.statement())
        return ("block", stmts)
    def statement(self):
        t = self.peek()
        if t == ("kw", "let"):
            self.take()
            name = self.take("name")[1]
            self.take("op", "=")
            e = self.expr()
            self.take("op", ";")
            return ("let", name, e)
        if t == ("kw", "print"):
            self.take()
            args = [self.expr()]
            while self.peek() == ("op", ","):
                self.take()
                args.append(self.expr())
            self.take("op", ";")
            return ("print", args)
        if t == ("kw", "while"):
            self.take()
            cond = self.expr()
            return ("while", cond, self.block())
        if t == ("kw", "if"):
            self.take()
            cond = self.expr()
            body = self.block()
            other = None
            if self.peek() == ("kw", "else"):
                self.take()
                other = self.block()
            return ("if", cond, body, other)
        if t == ("kw", "def"):
            self.take()
            name = self.take("name")[1]
            self.take("op", "(")
            params = []
            while self.peek() != ("op", ")"):
                params.append(self.take("name")[1])
                if self.peek() == ("op", ","):
                    self.take()
            self.take("op", ")")
            return ("def", name, params, self.block())
        if t == ("kw", "return"):
            self.take()
            e = self.expr()
            self.take("op", ";")
            return ("return", e)
        e = self.expr()
        self.take("op", ";")
        return ("expr", e)
    def block(self):
        self.take("op", "{")
        b = self.program()
        self.take("op", "}")
        return b
    def expr(self):
        return self.binary(0)
    LEVELS = [("==", "!=", "<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%"), ("**",)]
    def binary(self, level):
        if level == len(self.LEVELS):
            return self.unary()
        left = self.binary(level + 1)
        while self.peek()[0] == "op" and self.peek()[1] in self.LEVELS[level]:
            op = self.take()[1]
            right = self.binary(level + 1) if op != "**" else self.binary(level)
            left = ("bin", op, left, right)
        return left
    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return ("neg", self.unary())
        return self.atom()
    def atom(self):
        t = self.take()
        if t[0] == "num":
            return ("num", t[1])
        if t[0] == "name":
            if self.peek() == ("op", "("):
                self.take()
                args = []
                while self.peek() != ("op", ")"):
                    args.append(self.expr())
                    if self.peek() == ("op", ","):
                        self.take()
                self.take("op", ")")
                return ("call", t[1], args)
            return ("var", t[1])
        if t == ("op", "("):
            e = self.expr()
            self.take("op", ")")
            return e
        raise SyntaxError(f"unexpected {t[1]!r}")

class ReturnSignal(Exception):
    def __init__(self, value):
        self.value = value

OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "/": lambda a, b: a / b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b,
       "==": lambda a, b: int(a == b), "!=": lambda a, b: int(a != b), "<": lambda a, b: int(a < b),
       ">": lambda a, b: int(a > b), "<=": lambda a, b: int(a <= b), ">=": lambda a, b: int(a >= b)}

class Interp:
    def __init__(self):
        self.out = []
        self.funcs = {}
    def run(self, node, env):
        kind = node[0]
        if kind == "block":
            for s in node[1]:
                self.run(s, env)
        elif kind == "let":
            env[node[1]] = self.eval(node[2], env)
        elif kind == "print":
            self.out.append(" ".join(str(self.eval(a, env)) for a in node[1]))
        elif kind == "while":
            while self.eval(node[1], env):
                self.run(node[2], env)
        elif kind == "if":
            if self.eval(node[1], env):
                self.run(node[2], env)
            elif node[3]:
                self.run(node[3], env)
        elif kind == "def":
            self.funcs[node[1]] = (node[2], node[3])
        elif kind == "return":
            raise ReturnSignal(self.eval(node[1], env))
        elif kind == "expr":
            self.eval(node[1], env)
    def eval(self, node, env):
        kind = node[0]
        if kind == "num":
            return node[1]
        if kind == "var":
            if node[1] not in env:
                raise NameError(f"undefined variable {node[1]}")
            return env[node[1]]
        if kind == "neg":
            return -self.eval(node[1], env)
        if kind == "bin":
            return OPS[node[1]](self.eval(node[2], env), self.eval(node[3], env))
        if kind == "call":
            params, body = self.funcs[node[1]]
            local = dict(zip(params, [self.eval(a, env) for a in node[2]]))
            try:
                self.run(body, local)
            except ReturnSignal as r:
                return r.value
            return 0
        raise ValueError(kind)

SRC = """
let x = 10;
let total = 0;
while x > 0 { let total = total + x; let x = x - 1; }
print total, 2 ** 3 ** 2, -2 ** 2, 7 % 3, 7 / 2;
def fib(n) { if n < 2 { return n; } return fib(n - 1) + fib(n - 2); }
def fact(n) { if n <= 1 { return 1; } else { return n * fact(n - 1); } }
print fib(15), fact(20);
let i = 0;
while i < 5 { if i % 2 == 0 { print i, 1; } else { print i, 0; } let i = i + 1; }
"""
interp = Interp()
tree = Parser(tokenize(SRC)).program()
interp.run(tree, {})
print("\n".join(interp.out))
print(tree[1][0])
for bad in ["let = 5;", "print 1 +;", "let y = $;", "print zz;", "print 1 / 0;"]:
    try:
        Interp().run(Parser(tokenize(bad)).program(), {})
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
