import re

p = re.compile(r'\w+')
sc = p.scanner('ab cd  ef')
print(type(sc).__name__, sc.pattern is p)
print(sc.match(), sc.search(), sc.search(), sc.search(), sc.search())
sc = p.scanner('ab cd', 3)
print(sc.match(), sc.match())
sc = re.compile('').scanner('ab')
print([sc.search().span() for _ in range(3)], sc.search())
sc = re.compile('a*').scanner('baa')
print([m.span() if m else m for m in [sc.search(), sc.search(), sc.search(), sc.search()]])

def s_ident(scanner, token): return ('id', token)
def s_op(scanner, token): return ('op', token)
scanner = re.Scanner([
    (r'[a-zA-Z_]\w*', s_ident),
    (r'\d+', lambda s, t: ('num', int(t))),
    (r'[=+*/-]', s_op),
    (r'\s+', None),
])
print(scanner.scan('x = 12 + y3 * 4 $ rest'))

print(p == re.compile(r'\w+'), p != re.compile(r'\w+'), p == re.compile(r'\w+', re.I), p == re.compile(rb'\w+'))
print(hash(p) == hash(re.compile(r'\w+')), p == 'x', p is p.__copy__(), p is p.__deepcopy__({}))
m = p.match('hello')
print(m is m.__copy__(), m is m.__deepcopy__(None))
print(type(p), type(m), type(p).__name__, type(m).__name__, type(p).__module__)
print(re.Pattern[str], re.Match[bytes])
print(isinstance(p, re.Pattern), isinstance(m, re.Match))
print(repr(m), repr(re.match('.*', 'x' * 80)), repr(re.match(b'ab', b'abc')))
print(re.match('(a)', 'a').regs, m.pos, m.endpos, m.re is p)
d = {p: 1}
print(d[re.compile(r'\w+')])
print(re.compile('a').groupindex == {}, dict(re.compile('(?P<x>a)(?P<y>b)').groupindex))
try:
    re.compile('(?P<x>a)').groupindex['y'] = 2
except TypeError as e:
    print('TypeError', e)
print(re.purge(), re.escape('a+b?c'))
