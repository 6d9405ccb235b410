cases = [
    "match x:\n    case a:\n        pass\n    case 1:\n        pass",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass",
    "match x:\n    case [a, *b, *c]:\n        pass",
    "match x:\n    case a | 1:\n        pass",
    "match x:\n    case [a, a]:\n        pass",
    "match x:\n    case {'k': a, 'k': b}:\n        pass",
    "match x:\n    case {**rest, 'k': v}:\n        pass",
    "match x:\n    case C(a=1, a=2):\n        pass",
    "match x:\n    case C(a=1, 2):\n        pass",
    "match x:\n    case 1 + 1:\n        pass",
    "match x:\n    case f():\n        pass",
    "match x:\n    case (a as b) | c:\n        pass",
    "match x:\n    case _ as _:\n        pass",
    "match x:\n    case {**_}:\n        pass",
    "match x:\n    case -a:\n        pass",
    "match x:\n    case 1j + 1:\n        pass",
    "match x:\n    case a.b():\n        pass",
    "match x:\n    case [1, 2] as y:\n        pass\n    case y:\n        pass",
    "match = 5\ncase = 6\nprint(match, case)",
    "match x:\n    case {1: _, 1.0: _}:\n        pass",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("OK:", repr(src[:40]))
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} (line {e.lineno})")
match = [1, 2]
case = "soft keyword"
print(match, case)
match match:
    case [case, *_]:
        print("case bound to", case)
