class BST:
    class _Node:
        def __init__(self, key, val):
            self.key, self.val = key, val
            self.left = self.right = None
    def __init__(self):
        self.root = None
        self.n = 0
    def __setitem__(self, key, val):
        def ins(node):
            if node is None:
                self.n += 1
                return BST._Node(key, val)
            if key < node.key:
                node.left = ins(node.left)
            elif key > node.key:
                node.right = ins(node.right)
            else:
                node.val = val
            return node
        self.root = ins(self.root)
    def __getitem__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return node.val
            node = node.left if key < node.key else node.right
        raise KeyError(key)
    def __delitem__(self, key):
        def delete(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = delete(node.left, key)
            elif key > node.key:
                node.right = delete(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.val = succ.key, succ.val
                node.right = delete(node.right, succ.key)
            return node
        self.root = delete(self.root, key)
        self.n -= 1
    def __len__(self):
        return self.n
    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key
            node = node.right
    def items(self):
        return [(k, self[k]) for k in self]
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)
    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t[k] = str(k)
print(list(t), len(t), t.height(), t[45], 65 in t, 66 in t)
del t[30]
del t[50]
print(list(t), len(t), t.root.key)
try:
    del t[999]
except KeyError as e:
    print(type(e).__name__, e)
try:
    t[1]
except KeyError as e:
    print(type(e).__name__, e)
t[40] = "forty"
print(t.items()[:3])
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words[w] = words[w] + 1 if w in words else 1
print(words.items())
import random
rng = random.Random(12345)
nums = BST()
vals = [rng.randrange(10000) for _ in range(500)]
for v in vals:
    nums[v] = v
print(list(nums) == sorted(set(vals)), len(nums) == len(set(vals)))
