import re

print(re.sub(r'\d', '#', 'a1b22c'))
print(re.sub(r'\d', '#', 'a1b22c', count=2), re.sub(r'\d', '#', 'a1b22c', 1))
print(re.subn(r'\d', '#', 'a1b22c'))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world'))
print(re.sub(r'(?P<a>\w+)@(?P<b>\w+)', r'\g<b> at \g<a> \g<0> \g<1>', 'me@host'))
print(re.sub(r'x*', '-', 'abxd'))
print(re.sub(r'', '-', 'abc'))
print(re.sub('a', lambda m: m.group().upper() * 2, 'banana'))
print(re.sub('a', lambda m: '', 'banana'))
print(re.sub('(a)', r'\n\t\\', 'xa'), repr(re.sub('a', '\\n', 'a')))
print(re.sub('a', r'\101', 'bab'), repr(re.sub('a', r'\0', 'bab')))
for bad in [r'\x41']:
    try:
        re.sub('a', bad, 'bab')
    except re.error as e:
        print('error', e)
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
for bad in [r'\g<9>', r'\g<x', r'\q', r'\9']:
    try:
        print(re.sub('(a)', bad, 'a'))
    except Exception as e:
        print(type(e).__name__, e)
try:
    re.sub('a', lambda m: 5, 'aa')
except Exception as e:
    print(type(e).__name__, e)
try:
    re.sub('a', b'x', 'aa')
except Exception as e:
    print(type(e).__name__, e)
print(re.sub('a', 'x', 'aaa', count=-1))
print(re.compile('b').sub('', 'abcb'))
print(re.subn('(?m)^', '> ', 'l1\nl2\n'))

print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1))
print(re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(a)|b', 'xaybz'))
print(re.split(r'x*', 'axbc'))
print(re.split(r'\b', 'a b'))
print(re.split('', 'abc'))
print(re.split(r'(?=b)', 'abab'))
print(re.compile(',').split('a,b,,c', maxsplit=-1))
