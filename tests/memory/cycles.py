# Creates and drops self-referencing objects; memory must stay bounded
# (the collector reclaims cycles). The suite checks peak RSS.
import sys
n = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000_000
class Node:
    def __init__(self, i):
        self.me = self
        self.data = [self, i]
for i in range(n):
    Node(i)
print("done", n)
