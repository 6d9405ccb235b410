import heapq
def huffman(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    heap = [(n, i, ch) for i, (ch, n) in enumerate(sorted(freq.items()))]
    heapq.heapify(heap)
    counter = len(heap)
    while len(heap) > 1:
        n1, _, a = heapq.heappop(heap)
        n2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (n1 + n2, counter, (a, b)))
        counter += 1
    codes = {}
    def walk(node, prefix):
        if isinstance(node, tuple):
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")
        else:
            codes[node] = prefix or "0"
    walk(heap[0][2], "")
    return codes
text = "abracadabra alakazam"
codes = huffman(text)
encoded = "".join(codes[c] for c in text)
print(sorted(codes.items()), len(encoded))
rev = {v: k for k, v in codes.items()}
out, cur = [], ""
for bit in encoded:
    cur += bit
    if cur in rev:
        out.append(rev[cur])
        cur = ""
print("".join(out) == text)
class BitSet:
    def __init__(self, bits=0):
        self.bits = bits
    def add(self, i):
        self.bits |= 1 << i
        return self
    def discard(self, i):
        self.bits &= ~(1 << i)
        return self
    def __contains__(self, i):
        return bool(self.bits >> i & 1)
    def __iter__(self):
        b, i = self.bits, 0
        while b:
            if b & 1:
                yield i
            b >>= 1
            i += 1
    def __len__(self):
        return bin(self.bits).count("1")
    def __or__(self, o): return BitSet(self.bits | o.bits)
    def __and__(self, o): return BitSet(self.bits & o.bits)
    def __xor__(self, o): return BitSet(self.bits ^ o.bits)
    def __sub__(self, o): return BitSet(self.bits & ~o.bits)
    def __repr__(self): return "BitSet(" + str(list(self)) + ")"
a = BitSet().add(1).add(5).add(64).add(200)
b = BitSet().add(5).add(7).add(200)
print(a, b, a | b, a & b, a ^ b, a - b, len(a), 64 in a, 63 in a)
a.discard(64).discard(1000)
print(a, a.bits)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(n) for n in (0, 1, 255, 2 ** 100 - 1, 0b1010101)], bin(2 ** 100 - 1).count("1"))
def gray(n):
    return [i ^ (i >> 1) for i in range(2 ** n)]
print([format(g, "03b") for g in gray(3)])
def reverse_bits(n, width=8):
    return int(format(n, f"0{width}b")[::-1], 2)
print([reverse_bits(v) for v in (1, 2, 0b11110000, 255)])
