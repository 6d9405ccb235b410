print("b: start")
import a
B_VALUE = "b-value"
print("b: a partially initialised, has A_VALUE:", hasattr(a, "A_VALUE"))
def use_a():
    return a.A_VALUE
