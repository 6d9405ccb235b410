class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration("done")
        return self.i
    def throw(self, t, v=None, tb=None):
        print("It.throw", t.__name__)
        return "from throw"
def d():
    r = yield from It()
    print("result", r)
    yield "end"
g = d()
print(next(g), next(g))
print(g.throw(ValueError))
print(next(g), next(g))
