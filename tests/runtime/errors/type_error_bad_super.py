class A:
    pass
class B:
    def m(self):
        return super(A, self).m()
B().m()
