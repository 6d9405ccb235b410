x = (
def f(): pass
