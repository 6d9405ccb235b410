# complex() error messages
def t(*a, **k):
    try:
        print(repr(complex(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
for s in ['', 'x', '1+', '1+2', 'j1', '1jj', '(1+2j', '1+2j)', '()', '1 + 2j', '++1j', '1+2k', '1__0j', '_1j', 'infinity+j', 'jj']:
    t(s)
t('1', 2)
t(1, '2')
t([])
t(1, [])
t(None)
t(1, 2, 3)
t(real=1, imag=2, x=3)
t(x=1)
class Bad:
    def __complex__(self):
        return 1
t(Bad())
