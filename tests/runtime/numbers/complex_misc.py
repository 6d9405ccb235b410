# complex: attributes, hash, ordering errors, bool, subclasses
z = 3 - 4j
print(z.real, z.imag, z.conjugate(), abs(z), bool(z), bool(0j), hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5))
print(hash(1j) == hash(1j), (1j).__getnewargs__(), (1 + 2j).__complex__(), complex.__pos__(1j))
for op in ['<', '<=', '>', '>=']:
    try:
        eval('1j ' + op + ' 2j')
    except TypeError as e:
        print(e)
try:
    1j < 1
except TypeError as e:
    print(e)
print((1j).__lt__(2j), (1j).__eq__(1j), (1j).__eq__('x'), (1 + 0j).__eq__(1), (1j).__add__('x'))
class C(complex):
    pass
c = C(1, 2)
print(c, type(c).__name__, c + 1, type(c + 1).__name__, c.real, c == 1 + 2j, C('3+4j'), type(C('1j')).__name__)
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print(e)
print(abs(complex(float('inf'), float('nan'))), abs(complex(float('nan'), 1)))
try:
    int(1j)
except TypeError as e:
    print(e)
try:
    float(1j)
except TypeError as e:
    print(e)
print(1j.imag, (2j).real, type((2j).real).__name__)
