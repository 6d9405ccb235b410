import _sre, re
print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize())
print([_sre.unicode_tolower(ord(c)) for c in 'AÉΣİ'], [_sre.ascii_tolower(ord(c)) for c in 'AÉ'])
print([_sre.unicode_iscased(ord(c)) for c in 'a1É_ǅ'], [_sre.ascii_iscased(ord(c)) for c in 'aÉ1'])
for bad in ['x', None, 2**40]:
    try:
        _sre.ascii_tolower(bad)
    except Exception as e:
        print(type(e).__name__, e)
p = _sre.compile('ab', 0, [16, 97, 16, 98, 1], 0, {}, ())
print(p, p.match('abc'), p.groups, p.groupindex)
for code in [[15, 0, 1], [17, 5, 1], [13, 100, 1], [23, 3, 0, 1, 1], [99], [16]]:
    try:
        _sre.compile('x', 0, code, 0, {}, ())
        print('accepted', code)
    except Exception as e:
        print(type(e).__name__, e)
try:
    _sre.compile('x', 0, (16, 120, 1), 0, {}, ())
except Exception as e:
    print(type(e).__name__, e)
q = _sre.compile(None, 0, [16, 97, 1], 0, {}, ())
print(q, q.match('a'), q.match(b'a'))
print(re.compile('a(?P<g>b)c').match('abc').groupdict())
