print(eval("1 + 2 * 3"))
print(eval("x * 2", {"x": 21}))
print(eval("x + y", {"x": 1}, {"y": 2}))
ns = {}
exec("a = 5\nb = a * 2\ndef f(): return a + b", ns)
print(ns["a"], ns["b"], ns["f"](), sorted(k for k in ns if k != "__builtins__"))
print("__builtins__" in ns)
code = compile("3 ** 2", "<expr>", "eval")
print(type(code).__name__, eval(code), code.co_filename)
code2 = compile("for i in range(3): print('exec', i)", "<loop>", "exec")
exec(code2)
single = compile("1 + 1", "<single>", "single")
print(exec(single))
print(exec("pass"))
g = {"__builtins__": {}}
try:
    exec("len([])", g)
except NameError as e:
    print(type(e).__name__, e)
def local_exec():
    loc = {}
    exec("z = 10", globals(), loc)
    return loc["z"]
print(local_exec())
for src, mode in [("1 +", "eval"), ("x = = 1", "exec"), ("def f(:", "exec"), ("return 5", "exec"), ("a = 1", "eval"), ("break", "exec")]:
    try:
        compile(src, "<test>", mode)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.filename)
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    exec("if True:\nprint(1)")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    compile("x", "<t>", "bad")
except ValueError as e:
    print(type(e).__name__, e)
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
print(eval("[i * i for i in range(4)]"), eval("(lambda q: q + 1)(1)"))
print(eval("  7  "), eval(b"8"), eval("__name__"))
exec("class Dyn:\n    v = 3\nprint('class in exec', Dyn.v)")
x = 1
exec("x = 2")
print(x)
def f():
    y = 1
    exec("y = 2")
    return y
print(f())
print(eval("x", {"x": "global"}, {"x": "local"}))
scope = {"n": 0}
exec("def inc():\n    global n\n    n += 1\ninc(); inc()", scope)
print(scope["n"])
c = compile("a = 1\nb = 2", "<multi>", "exec")
print(c.co_names, c.co_consts[-1])
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print(type(e).__name__, e)
print(eval("__import__('math').sqrt(16)"))
