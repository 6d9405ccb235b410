import re

tests = [
    (r'a*', 'aaa'), (r'a*?', 'aaa'), (r'a+?b', 'aaab'), (r'(a+)+b', 'aaab'),
    (r'(?:ab)*c', 'ababc'), (r'(?:ab)*?c', 'ababc'), (r'(a|ab)(c|bcd)(d*)', 'abcd'),
    (r'(a*)*', 'b'), (r'(a*)+', 'b'), (r'(a|b)*?c', 'abac'), (r'(a*)*?x', 'aax'),
    (r'a{2,}', 'aaaa'), (r'a{2,}?', 'aaaa'), (r'(?:a{2}){2}', 'aaaaa'), (r'a{0}', 'aaa'),
    (r'(ab){1,2}?c', 'ababc'), (r'(.)*?b', 'aab'), (r'(a?)*', 'aa'), (r'(a?)+?', 'aa'),
    (r'a++', 'aaa'), (r'a++a', 'aaa'), (r'a*+b', 'aab'), (r'(?:ab)++', 'ababa'),
    (r'(?:ab)++b', 'ababb'), (r'a?+a', 'a'), (r'a{1,2}+a', 'aaa'), (r'(?>a+)b', 'aab'),
    (r'(?>a+)a', 'aaa'), (r'(?>ab|a)b', 'ab'), (r'(?>(a)|b)+', 'aab'), (r'((?>a|ab)c)', 'abc'),
    (r'(x)?(?(1)a|b)', 'xa'), (r'(x)?(?(1)a|b)', 'b'), (r'(x)?(?(1)a|b)', 'xb'),
    (r'(?P<q>")?\w+(?(q)")', '"abc"'), (r'(?P<q>")?\w+(?(q)")', 'abc"'),
    (r'(a)(?:x|(b))*?c', 'axbxc'), (r'(?:(a)|b)+', 'aab'), (r'(?:(a)|(b))+', 'ab'),
    (r'((a)|b)+', 'ab'), (r'(a)+|(b)+', 'bb'), (r'(?:x(a)?)+', 'xax'),
    (r'([ab]*?)(b)?c', 'abc'), (r'(a*)(b*)(c*)', 'aacc'), (r'.*(\d+)', 'abc123'),
    (r'.*?(\d+)', 'abc123'), (r'(\w+)\s*=\s*(\w+)?', 'key = '), (r'(?:a|b|c)+d', 'abcabcd'),
    (r'[a-c]{2,3}?x', 'abcx'), (r'(?:(?:a)*)*b', 'aaab'), (r'(?:a*|b)*c', 'abac'),
    (r'^(a+)\1*$', 'aaaaaa'), (r'(a+)\1', 'aaaaa'), (r'(?i)(a+)\1', 'aAaA'),
    (r'(?:(a)|b)*?\1', 'ba'), (r'(?:()|a)*', 'aa'), (r'(|a)*', 'aa'), (r'(|a)+?b', 'aab'),
]
for pat, s in tests:
    m = re.search(pat, s)
    print(pat, s, m and (m.span(), m.groups(), m.lastindex))
