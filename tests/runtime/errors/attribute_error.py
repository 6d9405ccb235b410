class C:
    pass
c = C()
print("has", hasattr(c, "x"))
c.x
