class MyEG(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj
    def derive(self, excs):
        return MyEG(self.message, excs, self.code)
eg = MyEG("mine", [ValueError(1), TypeError(2)], 42)
print(type(eg).__name__, eg.code, eg.args)
m, r = eg.split(ValueError)
print(type(m).__name__, m.code, repr(m.exceptions), type(r).__name__, r.code)
class Plain(ExceptionGroup):
    pass
p = Plain("p", [ValueError(1), TypeError(2)])
m, r = p.split(ValueError)
print(type(m).__name__, type(r).__name__)
d = eg.derive([KeyError()])
print(type(d).__name__, d.message)
base = BaseExceptionGroup("b", [ValueError(), KeyboardInterrupt()])
print(type(base.derive([ValueError()])).__name__)
print(type(base.subgroup(ValueError)).__name__)
