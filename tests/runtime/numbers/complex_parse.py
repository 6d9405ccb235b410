# complex() construction and string parsing
for s in ['1', '1j', 'j', '-j', '+j', '1+j', '1-j', '1+2j', '-1.5-2.5j', ' (1+2j) ', '( 3j )', '1e3', '1e3j', '1e-3+1e3j',
          'inf', 'infj', '-infj', 'nan', 'nanj', 'nan+nanj', '1_0+2_0j', '.5j', '5.j', '1J', '1+2J', '\u0661+\u0662j', '  2  ']:
    print(repr(s), complex(s))
print(complex(), complex(1), complex(1.5), complex(1, 2), complex(1.5, -2.5), complex(1j), complex(1j, 1j), complex(1 + 2j, 3 + 4j))
print(complex(real=1, imag=2), complex(imag=3), complex(True, False), complex(2**53))
class C:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(complex(C()), complex(F()), complex(I()), complex(F(), F()), complex(1, I()))
