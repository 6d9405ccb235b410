def f(): return
x = 1 if 2
