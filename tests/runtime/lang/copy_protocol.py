import copy
a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(100)
print(s, d, s[1] is a[1], d[1] is a[1])
class Node:
    def __init__(self, v, children=()):
        self.v = v
        self.children = list(children)
    def __repr__(self):
        return f"Node({self.v}, {self.children})"
tree = Node(1, [Node(2), Node(3)])
t2 = copy.deepcopy(tree)
tree.children[0].v = "changed"
print(tree, t2)
class Custom:
    def __init__(self):
        self.log = []
    def __copy__(self):
        c = Custom()
        c.log = self.log + ["copied"]
        return c
    def __deepcopy__(self, memo):
        c = Custom()
        c.log = self.log + ["deep"]
        return c
x = Custom()
print(copy.copy(x).log, copy.deepcopy(x).log)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
print(copy.copy(5), copy.deepcopy("s"), copy.copy({1, 2}) == {1, 2})
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a, self.b = 1, [2]
sc = copy.deepcopy(Slotted())
print(sc.a, sc.b)
import types
print(copy.copy(len) is len, copy.deepcopy(Node) is Node)
