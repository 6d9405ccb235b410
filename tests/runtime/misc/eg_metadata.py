def f():
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
try:
    f()
except ExceptionGroup as eg:
    eg.add_note("a note")
    cause = KeyError("cause")
    eg.__cause__ = cause
    m, r = eg.split(ValueError)
    print(m.__traceback__ is eg.__traceback__, m.__cause__ is cause, m.__notes__, m.__notes__ is eg.__notes__)
    print(r.__suppress_context__, r.__context__ is eg.__context__)
class Bad(ExceptionGroup):
    def derive(self, excs):
        return 5
try:
    Bad("b", [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print(e)
