x = "global"
def f():
    return x
def g():
    x = "local g"
    def h():
        return x
    return h()
class C:
    x = "class"
    def m(self):
        return x
    lam = lambda self: x
    comp = [x for _ in range(1)]
print(f(), g(), C().m(), C().lam(), C.comp)
def loop_var_leak():
    for i in range(3):
        pass
    return i
print(loop_var_leak())
def with_var_leak():
    with open(__file__) as fh:
        pass
    return fh.closed
print(with_var_leak())
def except_var():
    e = "before"
    try:
        raise ValueError
    except ValueError as e:
        pass
    return "e" in locals()
print(except_var())
def shadow_builtin():
    len = lambda x: "shadowed"
    return len([1, 2])
print(shadow_builtin(), len([1, 2]))
import builtins
builtins.my_builtin = "injected builtin"
print(my_builtin)
del builtins.my_builtin
try:
    my_builtin
except NameError as e:
    print(type(e).__name__, e)
def make():
    funcs = []
    for i in range(3):
        funcs.append(lambda: i)
    i = 10
    return [fn() for fn in funcs]
print(make())
def default_trap(i=x):
    return i
x = "changed"
print(default_trap(), f())
def nonlocal_chain():
    a = 1
    def l1():
        def l2():
            nonlocal a
            a += 1
            return a
        return l2()
    return l1(), l1(), a
print(nonlocal_chain())
def class_in_func():
    y = "func y"
    class K:
        y = "class y"
        def get(self):
            return y
        z = y
    return K().get(), K.z
print(class_in_func())
def global_vs_local_same_name():
    global x
    x = "set via global"
    return x
print(global_vs_local_same_name(), x)
if True:
    block_var = "blocks do not scope"
print(block_var)
def conditional_def(flag):
    if flag:
        def inner():
            return "A"
    else:
        def inner():
            return "B"
    return inner()
print(conditional_def(True), conditional_def(False))
def free_after_loop():
    fs = [lambda: v for v in "ab"]
    return [f() for f in fs]
print(free_after_loop())
try:
    exec("def bad():\n    print(q)\n    q = 1\nbad()")
except UnboundLocalError as e:
    print(type(e).__name__, e)
