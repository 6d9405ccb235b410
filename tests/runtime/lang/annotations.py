x: int = 5
y: "str"
print(__annotations__)
def f(a: int, b: "B" = None, *args: str, c: float = 1.0, **kw: dict) -> "Ret":
    local: int = 3
    unassigned: list
    return local
print(f.__annotations__, f(1))
class C:
    cls_attr: int = 1
    only_annotated: str
    def m(self) -> None:
        self.inst: int = 5
print(C.__annotations__, hasattr(C, "only_annotated"), C.cls_attr)
c = C(); c.m()
print(c.inst)
def side_effect():
    print("annotation evaluated")
    return int
z: side_effect() = 1
def g():
    w: side_effect() = 2
    return w
print(g())
class D:
    a: side_effect()
try:
    undefined_annot: NotDefinedAnywhere = 1
except NameError as e:
    print(type(e).__name__, e)
lst = [0]
lst[0]: int = 9
print(lst)
class O: pass
o = O()
o.attr: str = "annotated attribute"
print(o.attr, __annotations__.get("lst"))
print(list[int] == list[int], int | str, type(int | None).__name__, (int | str).__args__)
import typing
print(typing.Optional[int], typing.Union[int, str], typing.List[int], typing.get_type_hints(f) if False else "skip")
