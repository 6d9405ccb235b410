class Field:
    def __init__(self, kind, default=None, required=False):
        self.kind, self.default, self.required = kind, default, required
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj._data.get(self.name, self.default)
    def __set__(self, obj, value):
        if value is not None and not isinstance(value, self.kind):
            raise TypeError(f"{self.name}: expected {self.kind.__name__}, got {type(value).__name__}")
        obj._data[self.name] = value
class ModelMeta(type):
    registry = {}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        fields = {}
        for b in reversed(cls.__mro__[1:]):
            fields.update(getattr(b, "_fields", {}))
        fields.update({k: v for k, v in ns.items() if isinstance(v, Field)})
        cls._fields = fields
        cls._rows = []
        if name != "Model":
            ModelMeta.registry[name.lower()] = cls
        return cls
class Model(metaclass=ModelMeta):
    id = Field(int)
    def __init__(self, **kw):
        self._data = {}
        for k in kw:
            if k not in self._fields:
                raise AttributeError(f"{type(self).__name__} has no field {k!r}")
        for name, f in self._fields.items():
            if f.required and name not in kw:
                raise ValueError(f"missing required field {name!r}")
            setattr(self, name, kw.get(name, f.default))
    def save(self):
        if self.id is None:
            self.id = len(type(self)._rows) + 1
            type(self)._rows.append(self)
        return self
    @classmethod
    def where(cls, **cond):
        return [r for r in cls._rows if all(getattr(r, k) == v for k, v in cond.items())]
    def __repr__(self):
        inner = ", ".join(f"{k}={getattr(self, k)!r}" for k in self._fields)
        return f"{type(self).__name__}({inner})"
class User(Model):
    name = Field(str, required=True)
    age = Field(int, default=0)
class Admin(User):
    level = Field(int, default=1)
u1 = User(name="ann", age=30).save()
u2 = User(name="bob").save()
a1 = Admin(name="root", level=9).save()
print(u1, u2, a1)
print(User.where(age=0), Admin.where(level=9), list(User._fields), list(Admin._fields))
for bad in [lambda: User(age=1), lambda: User(name=5), lambda: User(name="x", email="e"), lambda: setattr(u1, "age", "old")]:
    try:
        bad()
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(sorted(ModelMeta.registry), User.name.name, isinstance(User.age, Field))
