def a(): raise ValueError
def b(): a()
try:
    b()
except ValueError as e:
    tb = e.__traceback__
print(tb.tb_next.tb_frame.f_code.co_name)
nxt = tb.tb_next
tb.tb_next = None
print(tb.tb_next)
tb.tb_next = nxt
print(tb.tb_next is nxt)
for bad in [1, "x"]:
    try:
        tb.tb_next = bad
    except TypeError as ex:
        print(type(ex).__name__, ex)
try:
    nxt.tb_next = tb
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    del tb.tb_next
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    tb.tb_lineno = 5
except AttributeError as ex:
    print(type(ex).__name__)
