def a(d):
    return b(d)
def b(d):
    return d["missing"]
a({})
