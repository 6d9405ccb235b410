class EventBus:
    def __init__(self):
        self.handlers = {}
    def subscribe(self, event, handler=None, *, priority=0):
        def register(h):
            self.handlers.setdefault(event, []).append((-priority, len(self.handlers.get(event, [])), h))
            return h
        return register(handler) if handler else register
    def emit(self, event, **payload):
        results = []
        for _, _, h in sorted(self.handlers.get(event, []), key=lambda t: t[:2]):
            try:
                results.append(h(**payload))
            except StopIteration:
                results.append("stopped")
                break
            except Exception as e:
                results.append(f"error:{type(e).__name__}")
        return results
bus = EventBus()
@bus.subscribe("order", priority=1)
def audit(**p):
    return f"audit {p['id']}"
@bus.subscribe("order")
def ship(**p):
    if p.get("qty", 0) <= 0:
        raise ValueError("bad qty")
    return f"ship {p['qty']}"
@bus.subscribe("order", priority=5)
def validate(**p):
    if p["id"] < 0:
        raise StopIteration
    return "valid"
print(bus.emit("order", id=1, qty=2))
print(bus.emit("order", id=2, qty=0))
print(bus.emit("order", id=-1))
print(bus.emit("nothing"))
class Editor:
    def __init__(self):
        self.text = ""
        self.undo_stack, self.redo_stack = [], []
    def do(self, cmd):
        cmd.apply(self)
        self.undo_stack.append(cmd)
        self.redo_stack.clear()
    def undo(self):
        if not self.undo_stack:
            raise IndexError("nothing to undo")
        cmd = self.undo_stack.pop()
        cmd.revert(self)
        self.redo_stack.append(cmd)
    def redo(self):
        cmd = self.redo_stack.pop()
        cmd.apply(self)
        self.undo_stack.append(cmd)
class Insert:
    def __init__(self, pos, s):
        self.pos, self.s = pos, s
    def apply(self, ed):
        ed.text = ed.text[:self.pos] + self.s + ed.text[self.pos:]
    def revert(self, ed):
        ed.text = ed.text[:self.pos] + ed.text[self.pos + len(self.s):]
class Delete:
    def __init__(self, pos, n):
        self.pos, self.n, self.removed = pos, n, None
    def apply(self, ed):
        self.removed = ed.text[self.pos:self.pos + self.n]
        ed.text = ed.text[:self.pos] + ed.text[self.pos + self.n:]
    def revert(self, ed):
        ed.text = ed.text[:self.pos] + self.removed + ed.text[self.pos:]
ed = Editor()
ed.do(Insert(0, "hello"))
ed.do(Insert(5, " world"))
ed.do(Delete(0, 1))
ed.do(Insert(0, "J"))
print(repr(ed.text))
ed.undo(); print(repr(ed.text))
ed.undo(); print(repr(ed.text))
ed.redo(); print(repr(ed.text))
ed.undo(); ed.undo(); ed.undo(); print(repr(ed.text))
try:
    ed.undo()
except IndexError as e:
    print(type(e).__name__, e)
ed.redo(); ed.do(Insert(2, "LL")); print(repr(ed.text), len(ed.redo_stack))
try:
    ed.redo()
except IndexError as e:
    print(type(e).__name__, e)
