café = "coffee"
π = 3.14159
日本 = "japan"
Δx = 0.5
def grüß(name):
    return f"Grüß {name}"
class Ñandú:
    größe = 2
print(café, π, 日本, Δx, grüß("dich"), Ñandú.größe, Ñandú.__name__)
ﬁle = "ligature normalised"
print(file if "file" in dir() else "not normalised", ﬁle)
ℌ = "H"
print(H)
print(sorted(k for k in globals() if not k.isascii()))
print("café".isidentifier(), "1abc".isidentifier(), "_".isidentifier(), "a-b".isidentifier())
d = {"ключ": "значение"}
print(d["ключ"], len("ключ"), "ключ".upper())
exec("变量 = 42")
print(变量)
