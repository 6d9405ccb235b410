print([1, 2] == [1, 2.0], (1, 2) == (True, 2), {1: 'a'} == {True: 'a'}, {1, 2} == {2.0, 1.0})
print([1] == [1, 2], (1, 2) != (1, 2), [[1]] == [[1.0]], [(1, 2)] == [[1, 2]])
print(range(3) == range(0, 3), b'ab' == bytearray(b'ab'), frozenset() == set())
class AlwaysEq:
    def __eq__(self, o): return True
print([AlwaysEq()] == [5], (AlwaysEq(),) == (None,), 5 in [AlwaysEq()], [1, 2].count(AlwaysEq()))
