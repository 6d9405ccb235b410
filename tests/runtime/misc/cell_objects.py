def make(v):
    def f(): return v
    return f.__closure__[0]
a, b, c = make(1), make(2), make(1)
print(a == c, a != b, a < b, b > a, a <= c, b >= a)
Cell = type(a)
print(Cell.__name__)
e = Cell()
try:
    e.cell_contents
except ValueError as ex:
    print(type(ex).__name__, ex)
e.cell_contents = 10
print(e.cell_contents)
del e.cell_contents
print(Cell() == Cell(), Cell() < a, a > Cell())
x = Cell(5)
print(x.cell_contents)
print(repr(Cell()).endswith(": empty>"))
try:
    hash(a)
except TypeError as ex:
    print(type(ex).__name__, ex)
