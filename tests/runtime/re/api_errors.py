import re

p = re.compile('(a)(?P<n>b)?')
calls = [
    lambda: p.match(), lambda: p.match('a', 1, 2, 3), lambda: p.match('a', foo=1),
    lambda: p.match(1), lambda: p.match('a', 'x'), lambda: p.match('a', 2**70),
    lambda: p.match('a', pos=1.0), lambda: p.search(string='xa'), lambda: p.fullmatch('a', endpos=1),
    lambda: p.sub(), lambda: p.sub('x'), lambda: p.sub('x', 'a', 'y'), lambda: p.sub('x', 'a', count=1),
    lambda: p.subn(repl='x', string='aa'), lambda: p.split('a', 'x'), lambda: p.split(string='xax', maxsplit=1),
    lambda: p.findall(), lambda: p.finditer(None), lambda: p.scanner(), lambda: p.match('a', string='a'),
    lambda: re.Pattern(), lambda: re.Match(), lambda: p.match('a').expand(), lambda: p.match('a').groupdict(1, 2),
    lambda: p.match('a').groups(default=0), lambda: p.match('a').start(1, 2), lambda: p.match('a').span(n=1),
    lambda: re.compile('(').match, lambda: re.compile('a', flags=re.A | re.L),
    lambda: re.compile(p, re.I), lambda: re.compile(5), lambda: re.search('a)', 'a'),
    lambda: re.compile('[z-a]'), lambda: re.compile('a{3,1}'), lambda: re.compile('(?P<1>a)'),
    lambda: re.compile(r'\k'), lambda: re.compile('*'), lambda: re.compile('(?<=a*)'),
    lambda: re.compile(r'(?P<a>x)(?P<a>y)'), lambda: re.compile('(?z)'),
]
for f in calls:
    try:
        r = f()
        print('ok', r if not callable(r) else 'callable')
    except Exception as e:
        print(type(e).__name__, e)
try:
    re.compile('ab\n(c')
except re.error as e:
    print(e.msg, e.pos, e.lineno, e.colno, e.pattern)
m = re.match('(a)', 'a')
for f in [lambda: m.group(x=1), lambda: m.start(1, 2), lambda: m.__getitem__(), lambda: m.groups(1, 2),
          lambda: re.compile('a').scanner('a').match(1), lambda: m.__copy__(1), lambda: re.compile('a').__deepcopy__(),
          lambda: m.__deepcopy__({}, 1), lambda: re.compile('a').__copy__(2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
