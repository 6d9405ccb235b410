class AVeryLongClassNameForTesting:
    pass
class AnotherQuiteLongClassNameHere(AVeryLongClassNameForTesting):
    pass
objs = []
for i in range(200000):
    objs.append([i, str(i) * 3])
    if i % 50000 == 0:
        objs = []
print(AVeryLongClassNameForTesting.__name__, AnotherQuiteLongClassNameHere.__qualname__, repr(AnotherQuiteLongClassNameHere()).split(" at ")[0])
