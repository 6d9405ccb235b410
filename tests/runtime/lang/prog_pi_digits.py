def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join(map(str, out))
print(pi_digits(60))
def e_digits(n):
    total, term, k = 0, 10 ** (n + 5), 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total)[:n]
print(e_digits(50))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x
print(isqrt(2 * 10 ** 60), isqrt(10 ** 100) == 10 ** 50, isqrt(99))
import math
print(math.isqrt(2 * 10 ** 60) == isqrt(2 * 10 ** 60), math.factorial(25), math.comb(50, 25), math.gcd(2 ** 64, 6 ** 30))
def fib_matrix(n):
    def mul(a, b):
        return [[a[0][0] * b[0][0] + a[0][1] * b[1][0], a[0][0] * b[0][1] + a[0][1] * b[1][1]],
                [a[1][0] * b[0][0] + a[1][1] * b[1][0], a[1][0] * b[0][1] + a[1][1] * b[1][1]]]
    result, base = [[1, 0], [0, 1]], [[1, 1], [1, 0]]
    while n:
        if n & 1:
            result = mul(result, base)
        base = mul(base, base)
        n >>= 1
    return result[0][1]
f1000 = fib_matrix(1000)
print(len(str(f1000)), str(f1000)[:20], f1000 % 1000000007)
def modpow_check():
    p = 2 ** 127 - 1
    return pow(3, p - 1, p) == 1, pow(2, 10 ** 18, 10 ** 9 + 7)
print(modpow_check())
def digits_sum_factorial(n):
    return sum(int(c) for c in str(math.factorial(n)))
print(digits_sum_factorial(100), len(str(2 ** 10000)))
