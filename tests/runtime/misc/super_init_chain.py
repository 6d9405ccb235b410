class Base:
    def __init__(self, x):
        self.x = x
class Mid(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
class Leaf(Mid):
    def __init__(self):
        super().__init__(1, 2)
l = Leaf()
print(l.x, l.y)
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
d = D()
d["a"] = 1
print(d)
