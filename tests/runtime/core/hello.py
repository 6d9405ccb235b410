print("hello, world")
x = 2 + 3 * 4
print(x, x // 3, x % 5, -x, x ** 2)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
