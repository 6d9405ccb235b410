import re

n = 50000
s = 'ab' * n
print(re.fullmatch(r'(?:ab)*', s).span())
print(re.fullmatch(r'(ab)*', s).span(1))
print(re.fullmatch(r'(?:a|b)*', s).span())
print(re.fullmatch(r'(?:a|b)*?', s).span())
print(re.match(r'(a|b)*c', s + 'c').span(1))
print(re.search(r'(?:ab)+$', s).span())
print(len(re.findall(r'ab', s)), len(re.split('b', s)))
print(len(re.sub('a', 'xy', s)))
print(re.search(r'x', s))
print(re.match(r'(?:a(?=b)b)*', s).end())
print(re.match(r'(?:(a)|b)*', s).span(1))
print(re.match(r'(?:a|b)*+', s).end(), re.match(r'(?>(?:a|b)*)', s).end())
t = 'a' * 30 + 'c'
print(re.match(r'(a|aa)*c', t).span())
print(re.search(r'(a*)*b', 'a' * 20))
big = 'x' * 100000 + 'needle' + 'y' * 10
print(re.search('needle', big).span(), re.search('ne+dle', big).span(), re.search('[n]eedle', big).span())
print(re.search(r'\d+', 'z' * 50000 + '123').span())
