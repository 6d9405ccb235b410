# float() error messages
def t(*a, **k):
    try:
        print(repr(float(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
for s in ['', ' ', 'x', '1.5.5', '1__0', '_1', '1_', '1_.5', '1._5', '1e', '1e_5', '1_e5', 'e5', '.', '-',
          '0x10', 'in', 'infinit', 'nana', '1,5', '1 5', '--1', '+-1', 'inf5', b'abc', b'\xff']:
    t(s)
t([])
t(None)
t(1j)
t(x=1)
t(1, 2)
t(10**400)
t('x' * 300)
