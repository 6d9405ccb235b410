import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?', 'Jane Doe')
print(m.group('first'), m.group('last'), m.group('opt'))
print(m.group(0, 'first', 2))
print(m.groups(), m.groups('dflt'))
print(sorted(m.groupdict().items()), sorted(m.groupdict(0).items()))
print(m.lastindex, m.lastgroup, m.regs)
print(m.start('last'), m.end('last'), m.span('opt'), m.start(3))
print(m.re.groupindex, m.re.groups, m.string)
print(m.re.pattern, m.re.flags)
print(re.compile('a').groupindex, type(re.compile('(?P<x>a)').groupindex).__name__)
for bad in [5, -1, 'nope', 1.5, None, (), 2**100]:
    try:
        print(m.group(bad))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(m.span(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    m[[1]]
except Exception as e:
    print(type(e).__name__, e)
print(m[True], m[False])
m = re.match(r'(a)(?:(b)|(c))(d)?', 'ac')
print(m.lastindex, m.lastgroup, m.groups(), m.regs)
m = re.match(r'(?P<a>x)(?P<b>y)', 'xy')
print(m.lastindex, m.lastgroup)
m = re.match(r'((a)(b))', 'ab')
print(m.lastindex, m.groups())
m = re.match(r'(a)*', 'aaa')
print(m.group(1), m.span(1))
m = re.match(r'(a|b)*c', 'abbac')
print(m.group(1), m.span(1))
m = re.match(r'(?:(a)|b)*', 'ab')
print(m.groups(), m.span(1))
m = re.match(r'(a)|b', 'b')
print(m.groups(), m.lastindex)
print(re.match(r'(?P<n>a)(?P=n)', 'aa'), re.match(r'(a)\1', 'ab'))
print(re.match(r'(?:(a)|(b))\2?', 'a').groups())
print(m.expand(r'[\g<0>]'))
m = re.search(r'(?P<y>\d{4})-(?P<m>\d\d)', 'on 2024-05!')
print(m.expand(r'\g<m>/\g<y> \2 \1 \g<0>'))
try:
    m.expand(r'\9')
except Exception as e:
    print(type(e).__name__, e)
try:
    m.expand(r'\g<zz>')
except Exception as e:
    print(type(e).__name__, e)
print(repr(re.match('(a)(b)?', 'a').expand(r'<\2>')))
