import re, threading

p = re.compile(r'(?P<k>\w+)=(?P<v>\d+)')
text = ' '.join('k%d=%d' % (i, i * 7) for i in range(300))
results = []
lock = threading.Lock()

def work(n):
    total = 0
    for _ in range(20):
        total += sum(int(m['v']) for m in p.finditer(text))
        total += len(p.sub(r'\g<v>=\g<k>', text))
    with lock:
        results.append((n, total))

ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results))

sc = re.compile(r'\d').scanner('0123456789' * 50)
seen = []
def drain():
    while True:
        m = sc.search()
        if m is None:
            break
        with lock:
            seen.append(m.start())
ts = [threading.Thread(target=drain) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(len(seen), sorted(seen) == list(range(500)))
