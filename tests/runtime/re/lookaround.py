import re

tests = [
    (r'foo(?=bar)', 'foobar foobaz'), (r'foo(?!bar)', 'foobar foobaz'),
    (r'(?<=a)b', 'cb ab'), (r'(?<!a)b', 'ab cb'), (r'(?<=ab)c', 'abc'),
    (r'(?<=a|b)c', 'bc'), (r'(?<!^)x', 'xax'), (r'(?<=(a))b', 'ab'),
    (r'(?=(a+))a*b\1', 'baaabac'), (r'(?!(a)b)\w', 'ab'), (r'(?<=\d{3})x', '12x123x'),
    (r'\b(?=\w{4}\b)\w+', 'a bb cccc ddd'), (r'(?<=\()[^)]*(?=\))', 'f(x, y)'),
    (r'(?=a)', 'xa'), (r'(?!)', 'a'), (r'(?=)', 'a'), (r'^(?=.*\d)(?=.*[a-z]).{4,}$', 'ab1c'),
    (r'(?<![a-z])\d+', 'a12 34'), (r'(a)(?<=(a))', 'a'),
    (r'(?:(?=(\w))\w)+', 'abc'), (r'(?!(x))(y)?', 'y'),
]
for pat, s in tests:
    print(pat, s, [(m.span(), m.groups()) for m in re.finditer(pat, s)])
print(re.compile('(?<=a)b').search('ab', 1), re.compile('^b').search('ab', 1), re.compile(r'\Ab').search('ab', 1))
print(re.compile('a$').search('ab', 0, 1), re.compile(r'a\Z').search('ab', 0, 1))
print(re.compile(r'\bb').search('ab', 1), re.compile(r'(?<=a)b').match('ab', 1))
for bad in [r'(?<=a+)b', r'(?<=a|bc)d', r'(?<!a*)']:
    try:
        re.compile(bad)
    except re.error as e:
        print('error', e)
