class L(list):
    def __init__(self, items):
        super().__init__(items)
print(L([1, 2]))
class S(set):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag
print(S([3, 4], 'T'), S([3], 't').tag)
class KeyTrack(dict):
    def __iter__(self): return iter(['fake'])
    def keys(self): return ['a']
    def __getitem__(self, k): return 'from_getitem'
print({**KeyTrack(a=1)})
print(str({1: 2}.keys().mapping))
