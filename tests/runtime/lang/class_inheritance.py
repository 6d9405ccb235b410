class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"

class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog/" + super().kind()

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + f" (age {self.age})"

for a in [Animal("x"), Dog("rex"), Puppy("bit", 1)]:
    print(a.speak(), a.kind())

print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, (int, Animal)))
print(isinstance(Puppy("a", 1), (str, Dog)))
print([c.__name__ for c in Puppy.__mro__])
print(Dog.__base__.__name__, Animal.__base__)
print([c.__name__ for c in Animal.__subclasses__()])

class Base:
    def template(self):
        return "[" + self.hook() + "]"
    def hook(self):
        return "base"
class Derived(Base):
    def hook(self):
        return "derived"
print(Base().template(), Derived().template())

class A:
    def __init__(self):
        self.trace = ["A"]
class B(A):
    def __init__(self):
        super().__init__()
        self.trace.append("B")
class C(B):
    pass
print(C().trace)

class Override:
    x = 1
class Child(Override):
    x = 2
print(Override.x, Child.x, super(Child, Child()).x)

class IntSub(int):
    pass
i = IntSub(5)
print(i + 1, type(i + 1).__name__, type(i).__name__, isinstance(i, int))

class ListSub(list):
    def total(self):
        return sum(self)
ls = ListSub([1, 2, 3])
ls.append(4)
print(ls, ls.total(), len(ls), type(ls[:2]).__name__)

class DictSub(dict):
    def __missing__(self, key):
        return key * 2
ds = DictSub(a=1)
print(ds["a"], ds["zz"], "zz" in ds)

class StrSub(str):
    def shout(self):
        return self.upper() + "!"
s = StrSub("hey")
print(s.shout(), s + "x", type(s + "x").__name__, repr(s))
