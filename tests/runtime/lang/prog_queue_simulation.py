import random
from collections import deque
rng = random.Random(2024)
print([rng.randint(1, 6) for _ in range(10)], round(rng.random(), 6), rng.choice("abcdef"))
rng2 = random.Random(2024)
print(rng2.randint(1, 6))
lst = list(range(10))
rng.shuffle(lst)
print(lst, sorted(rng.sample(range(100), 5)))
def simulate(seed, n_customers, n_tellers):
    r = random.Random(seed)
    t = 0
    arrivals = []
    for i in range(n_customers):
        t += r.randint(1, 4)
        arrivals.append((t, r.randint(2, 8), i))
    tellers = [0] * n_tellers
    waits = []
    queue = deque(arrivals)
    while queue:
        arrive, service, cid = queue.popleft()
        idx = min(range(n_tellers), key=lambda k: (tellers[k], k))
        start = max(arrive, tellers[idx])
        waits.append(start - arrive)
        tellers[idx] = start + service
    return sum(waits), max(waits), max(tellers)
for tellers in (1, 2, 3):
    print(tellers, simulate(7, 50, tellers))
