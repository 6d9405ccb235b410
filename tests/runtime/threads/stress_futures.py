# Stress: many small futures from several submitting threads.
import concurrent.futures as cf
import threading

results = {}
lock = threading.Lock()
with cf.ThreadPoolExecutor(max_workers=6) as ex:
    def submitter(k):
        fs = [ex.submit(lambda a, b: a * b, k, i) for i in range(300)]
        total = sum(f.result() for f in fs)
        with lock:
            results[k] = total

    ts = [threading.Thread(target=submitter, args=(k,)) for k in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    mapped = list(ex.map(lambda x: x + 1, range(2000)))
print(sorted(results.items()) == [(k, k * sum(range(300))) for k in range(4)])
print(mapped == list(range(1, 2001)))

fs = []
with cf.ThreadPoolExecutor(4) as ex:
    fs = [ex.submit(pow, i, 2) for i in range(500)]
    seen = set()
    for f in cf.as_completed(fs):
        seen.add(f.result())
print(len(seen), seen == set(i * i for i in range(500)))
