eg = ExceptionGroup("issues", [ValueError("a"), TypeError("b")])
print(str(eg))
print(eg.__str__())
print(str(BaseExceptionGroup("x", [KeyboardInterrupt(), ValueError()])))
eg.add_note("note 1")
print(eg.__notes__)
class Custom(ExceptionGroup):
    def __str__(self):
        return "custom!"
print(str(Custom("m", [ValueError()])))
print(ExceptionGroup[int])
print(len(eg.exceptions), eg.exceptions[0])
try:
    eg.exceptions = ()
except AttributeError as e:
    print(type(e).__name__, e)
