class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @classmethod
    def from_tuple(cls, t):
        return cls(*t)
    @staticmethod
    def valid(s):
        try:
            y, m, d = map(int, s.split("-"))
        except ValueError:
            return False
        return 1 <= m <= 12 and 1 <= d <= 31
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class TaggedDate(Date):
    def __init__(self, y, m, d, tag="none"):
        super().__init__(y, m, d)
        self.tag = tag
print(Date.from_string("2024-03-15"), TaggedDate.from_string("1999-12-31"), TaggedDate.from_tuple((1, 2, 3)).tag)
print([Date.valid(s) for s in ["2024-01-01", "2024-13-01", "x-y-z", "1-2"]])
class Registry:
    _items = {}
    @classmethod
    def register(cls, name):
        def deco(klass):
            cls._items[name] = klass
            return klass
        return deco
    @classmethod
    def create(cls, name, *a):
        try:
            return cls._items[name](*a)
        except KeyError:
            raise ValueError(f"unknown type {name!r}") from None
@Registry.register("date")
class D2(Date):
    pass
print(Registry.create("date", 2020, 1, 1))
try:
    Registry.create("nope")
except ValueError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__)
class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError("below absolute zero")
        self.kelvin = kelvin
    @classmethod
    def celsius(cls, c):
        return cls(c + 273.15)
    @classmethod
    def fahrenheit(cls, f):
        return cls.celsius((f - 32) * 5 / 9)
    def __repr__(self):
        return f"{self.kelvin:.2f}K"
print(Temperature.celsius(100), Temperature.fahrenheit(32), Temperature(0))
try:
    Temperature.celsius(-300)
except ValueError as e:
    print(type(e).__name__, e)
print(dict.fromkeys(["a"]), int.from_bytes(b"\x01\x00", "big"), float.fromhex("0x10"), bytes.fromhex("41"))
