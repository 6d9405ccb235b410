x = 1
def read_global():
    return x
def write_global():
    global x
    x = 2
def local_shadow():
    x = 3
    return x
print(read_global())
write_global()
print(x)
print(local_shadow(), x)

def create_global():
    global brand_new
    brand_new = "created"
create_global()
print(brand_new)

def unbound():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 5
unbound()

def unbound_aug():
    try:
        x += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
unbound_aug()

def del_local():
    y = 1
    del y
    try:
        y
    except UnboundLocalError as e:
        print(type(e).__name__, e)
del_local()

def nonlocal_del():
    z = 1
    def g():
        nonlocal z
        del z
    g()
    try:
        return z
    except NameError as e:
        print(type(e).__name__, e)
nonlocal_del()

try:
    undefined_name_here
except NameError as e:
    print(type(e).__name__, e)

class K:
    x = "class x"
    def m(self):
        return x
    y = x + "!"
print(K().m(), K.y)

def func_class_scope():
    v = "func"
    class Inner:
        v = "class"
        w = v
        def meth(self):
            return v
    return Inner.w, Inner().meth()
print(func_class_scope())

def nonlocal_in_class():
    a = 1
    class C:
        nonlocal a
        a = 2
    return a
print(nonlocal_in_class())

g_list = []
def mutate_global():
    g_list.append(1)
mutate_global()
print(g_list)

def global_in_nested():
    def inner():
        global x
        x = 100
    inner()
global_in_nested()
print(x)

print(sorted(k for k in globals() if not k.startswith("__"))[:5])
def loc():
    a = 1; b = 2
    return sorted(locals().items())
print(loc())
