try:
    exec("x = = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
raise ValueError("after syntax error")
