def f(self): pass
f.__isabstractmethod__ = True
def g(self): pass
print(property(f).__isabstractmethod__, property(g).__isabstractmethod__)
print(property(g, f).__isabstractmethod__)
print(staticmethod(f).__isabstractmethod__, classmethod(g).__isabstractmethod__)
