print("a: start")
import b
A_VALUE = "a-value"
def use_b():
    return b.B_VALUE
print("a: end, b has B_VALUE:", hasattr(b, "B_VALUE"))
