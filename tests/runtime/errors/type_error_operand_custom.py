class A: pass
class B: pass
print("x")
A() * B()
