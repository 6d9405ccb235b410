print("compiling")
compile("def f(:\n    pass", "<dynamic>", "exec")
