nn = None
cases = [
    lambda: [1] * 2.0, lambda: "a" * -1, lambda: (1,) * True, lambda: [1] + "a", lambda: "a" + [1],
    lambda: [1, 2] - [1], lambda: (1, 2)[1:2:0], lambda: "abc"[::0], lambda: [1][nn], lambda: [1][None:None],
    lambda: "abc"["a":], lambda: {"a": 1}[["list"]], lambda: "x" in 5, lambda: 1 in "abc", lambda: [] in "abc",
    lambda: b"a" in "abc", lambda: "a" in b"abc", lambda: 97 in b"abc", lambda: 300 in b"abc", lambda: b"ab" in bytearray(b"xaby"),
    lambda: [0][-2], lambda: "abc".__getitem__(3), lambda: range(5)[10], lambda: range(5)[1:10:2],
    lambda: [1, 2, 3][-1:-4:-1], lambda: list(range(10))[-3:-1], lambda: "hello"[-100:100], lambda: (1, 2) * 0,
]
for i, c in enumerate(cases):
    try:
        print(i, repr(c()))
    except Exception as e:
        print(i, type(e).__name__, e)
