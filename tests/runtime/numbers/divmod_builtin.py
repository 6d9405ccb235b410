# divmod() protocol: native types, __divmod__/__rdivmod__, errors
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7, 2.5), divmod(2**70, 3), divmod(True, True))
class D:
    def __divmod__(self, other):
        return ('D.divmod', other)
    def __rdivmod__(self, other):
        return ('D.rdivmod', other)
print(divmod(D(), 3), divmod(3, D()))
class N:
    def __divmod__(self, other):
        return NotImplemented
class R:
    def __rdivmod__(self, other):
        return 'R.rdivmod'
print(divmod(N(), R()))
class Base:
    def __divmod__(self, o):
        return 'Base'
class Sub(Base):
    def __rdivmod__(self, o):
        return 'Sub.r'
print(divmod(Base(), Sub()))
def t(*a):
    try:
        print(divmod(*a))
    except Exception as e:
        print(type(e).__name__, e)
t(1, 0)
t(1.0, 0)
t('a', 1)
t(1, 'a')
t(1j, 1)
t(1)
t(N(), 1)
