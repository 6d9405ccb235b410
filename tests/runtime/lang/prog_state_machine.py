import enum
class State(enum.Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    STOPPED = "stopped"
class InvalidTransition(Exception):
    pass
class Machine:
    TRANSITIONS = {
        (State.IDLE, "start"): State.RUNNING,
        (State.RUNNING, "pause"): State.PAUSED,
        (State.PAUSED, "resume"): State.RUNNING,
        (State.RUNNING, "stop"): State.STOPPED,
        (State.PAUSED, "stop"): State.STOPPED,
    }
    def __init__(self):
        self.state = State.IDLE
        self.history = [self.state]
        self.listeners = []
    def on(self, fn):
        self.listeners.append(fn)
        return fn
    def fire(self, event):
        key = (self.state, event)
        if key not in self.TRANSITIONS:
            raise InvalidTransition(f"cannot {event!r} from {self.state.value}")
        old, self.state = self.state, self.TRANSITIONS[key]
        self.history.append(self.state)
        for fn in self.listeners:
            fn(old, self.state, event)
m = Machine()
@m.on
def logger(old, new, ev):
    print(f"  {old.name} --{ev}--> {new.name}")
for ev in ["start", "pause", "pause", "resume", "stop", "start"]:
    try:
        m.fire(ev)
    except InvalidTransition as e:
        print("  error:", e)
print([s.value for s in m.history], m.state is State.STOPPED, State("paused"), State.RUNNING.name)
print(list(State), len(State), State.IDLE in State, isinstance(State.IDLE, State))
try:
    State("bogus")
except ValueError as e:
    print(type(e).__name__, e)

def traffic_light():
    cycle = [("green", 3), ("yellow", 1), ("red", 2)]
    while True:
        for color, duration in cycle:
            for _ in range(duration):
                cmd = yield color
                if cmd == "reset":
                    break
            else:
                continue
            break
lights = traffic_light()
seq = [next(lights) for _ in range(7)]
seq.append(lights.send("reset"))
seq.append(next(lights))
print(seq)

def vending():
    credit = 0
    prices = {"cola": 150, "chips": 100}
    msg = None
    while True:
        cmd = yield msg
        kind, _, arg = cmd.partition(":")
        if kind == "coin":
            credit += int(arg)
            msg = f"credit {credit}"
        elif kind == "buy":
            price = prices.get(arg)
            if price is None:
                msg = f"unknown item {arg}"
            elif credit < price:
                msg = f"need {price - credit} more"
            else:
                credit -= price
                msg = f"vend {arg}, change {credit}"
                credit = 0
v = vending()
next(v)
for c in ["coin:100", "buy:cola", "coin:100", "buy:cola", "buy:gum", "coin:25", "buy:chips"]:
    print(c, "=>", v.send(c))
