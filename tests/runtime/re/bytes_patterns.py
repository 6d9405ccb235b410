import re

p = re.compile(rb'(\w+)=(\d+)')
m = p.search(b'  key=42 ')
print(m, m.groups(), m.group(0), type(m.group(1)).__name__)
m = p.search(bytearray(b'x=1'))
print(m.group(), type(m.group()).__name__, type(m.string).__name__)
m = p.search(memoryview(b'y=2'))
print(m.group(), type(m.string).__name__)
print(re.findall(rb'\d', b'a1b2'), re.sub(rb'\d', b'#', b'a1b2'), re.split(rb',', b'a,b'))
print(re.sub(rb'(\d)', rb'<\1>', b'a1b2'), re.subn(b'a', lambda m: b'A', bytearray(b'aba')))
print(re.match(rb'(?i)abc', b'ABC'), re.match(rb'\w+', b'\xe9t\xe9'), re.match(rb'(?L)\w', b'a'))
print(re.match(b'[\x80-\xff]+', b'\x80\xfe\xff').span(), re.match(rb'.', b'\n'))
print(re.match(rb'\s+', b' \t\n\r\x0b\x0c').span(), re.search(rb'\x00', b'a\x00b').span())
print(re.escape(b'a.b'), re.escape('a.b*c'))
print(re.fullmatch(b'\xff', b'\xff'), re.compile(b'[\xe9]', re.I).match(b'\xc9'))
for pat, s in [(b'a', 'a'), ('a', b'a'), ('a', 1), (b'a', None), ('a', ['a'])]:
    try:
        re.compile(pat).search(s)
    except TypeError as e:
        print('TypeError', e)
try:
    re.sub(b'a', 'x', b'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('a', b'x', 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.compile(b'a', re.U)
except ValueError as e:
    print('ValueError', e)
print(re.findall(rb'', b'ab'), re.compile(rb'\x41').findall(b'AA'))
print(re.compile(b'(?P<n>a)').match(b'a').groupdict())
