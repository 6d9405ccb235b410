for t in [list, tuple, dict, set, frozenset, enumerate]:
    a = t[int]
    print(t.__name__, type(a).__name__ == 'GenericAlias' or type(a).__name__)
