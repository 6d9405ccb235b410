# << and >> incl. negative numbers, big shifts and errors
for a in [0, 1, -1, 5, -5, 255, -256, 2**62, -(2**62), 2**100 + 7, -(2**100) - 7]:
    for s in [0, 1, 3, 31, 63, 64, 65, 100, 200]:
        print(a, s, a << s, a >> s)
for a, s in [(1, -1), (2**70, -3)]:
    for op in ['<<', '>>']:
        try:
            print(a << s if op == '<<' else a >> s)
        except ValueError as e:
            print(op, type(e).__name__, e)
print(-1 >> 10**30, 5 >> 10**30, 0 << 10**30)
print(True << 3, False >> 1)
