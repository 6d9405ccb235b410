# Shared-list operations from several threads at once: single operations are
# atomic (no lost appends, no corruption), readers never crash or see
# foreign values. Only invariants are printed, so the output is deterministic.
import threading

N, M = 4, 20000

def run(targets):
    ts = [threading.Thread(target=f, args=a) for f, a in targets]
    for t in ts:
        t.start()
    for t in ts:
        t.join()

# 1. concurrent appends lose nothing
shared = []
def appender(k):
    for i in range(M):
        shared.append(k * M + i)
run([(appender, (k,)) for k in range(N)])
print(len(shared) == N * M, sorted(shared) == list(range(N * M)))

# 2. balanced append/pop writers with lock-free readers
shared = list(range(100))
bad = []
def churn(k):
    for i in range(M):
        shared.append(i)
        shared.pop()
        if i % 500 == 0:
            shared.insert(0, -1)
            shared.pop(0)
def reader(k):
    for i in range(M):
        n = len(shared)
        try:
            v = shared[i % 100]
        except IndexError:
            bad.append('index')
            continue
        if type(v) is not int:
            bad.append(type(v).__name__)
        for x in shared[:20]:
            if type(x) is not int:
                bad.append('slice')
        if -5 in shared:
            bad.append('contains')
run([(churn, (k,)) for k in range(2)] + [(reader, (k,)) for k in range(2)])
print(len(shared), shared == list(range(100)), bad)

# 3. item assignment and extend races keep the length invariant
shared = [0] * 1000
def setter(k):
    for i in range(M):
        shared[i % 1000] = k
def extender(k):
    for i in range(M // 100):
        shared.extend([k] * 10)
        del shared[-10:]
run([(setter, (k,)) for k in range(2)] + [(extender, (k,)) for k in range(2)])
print(len(shared), set(shared) <= {0, 1}, all(type(x) is int for x in shared))

# 4. insert at the front / pop from the front
shared = []
def frontier(k):
    for i in range(M // 4):
        shared.insert(0, i)
    for i in range(M // 4):
        shared.pop(0)
run([(frontier, (k,)) for k in range(N)])
print(shared)

# 5. sort while others append: ValueError or success, never a corrupt list
shared = list(range(2000, 0, -1))
errors = []
def sorter():
    for _ in range(20):
        try:
            shared.sort()
        except ValueError as e:
            errors.append(str(e))
def adder():
    for i in range(200):
        shared.append(-i)
run([(sorter, ()), (adder, ())])
# appends that land while a sort runs are dropped with the ValueError (CPython's rule)
print(2000 <= len(shared) <= 2200, set(range(1, 2001)) <= set(shared),
      set(errors) <= {'list modified during sort'})

# 6. iterate while another thread clears and refills
shared = list(range(500))
seen = []
def refill():
    for i in range(200):
        shared.clear()
        shared.extend(range(500))
def walker():
    for _ in range(200):
        c = 0
        for x in shared:
            if type(x) is not int:
                seen.append(x)
            c += 1
        if c > 500:
            seen.append(c)
run([(refill, ()), (walker, ())])
print(len(shared), seen)
