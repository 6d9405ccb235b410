def read_lines(text):
    for line in text.splitlines():
        yield line
def strip_comments(lines):
    for line in lines:
        code = line.split("#", 1)[0].rstrip()
        if code:
            yield code
def tokens(lines):
    for line in lines:
        yield from line.split()
def numbers(toks):
    for t in toks:
        try:
            yield int(t)
        except ValueError:
            pass
def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total
text = """10 20 # comment
# full comment
  5 x 7
abc 100  # trailing
"""
print(list(running_total(numbers(tokens(strip_comments(read_lines(text)))))))
def take(n, it):
    for _, v in zip(range(n), it):
        yield v
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def squares(it):
    return (x * x for x in it)
print(list(take(5, squares(naturals()))))
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
def coroutine(fn):
    def start(*a):
        g = fn(*a)
        next(g)
        return g
    return start
@coroutine
def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
a = averager()
print([a.send(v) for v in [10, 20, 30, 40]])
@coroutine
def sink(results):
    while True:
        results.append((yield))
@coroutine
def filt(pred, target):
    while True:
        v = yield
        if pred(v):
            target.send(v)
res = []
f = filt(lambda x: x % 3 == 0, sink(res))
for i in range(20):
    f.send(i)
print(res)
def flatten_gen(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten_gen(item)
        else:
            yield item
print(list(flatten_gen([1, (2, [3, (4,)]), [], [[5]]])))
def interleave(*its):
    its = [iter(i) for i in its]
    while its:
        for it in list(its):
            try:
                yield next(it)
            except StopIteration:
                its.remove(it)
print(list(interleave("abc", [1, 2], range(10, 14))))
