ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "walls of books", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "smells of bread", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "dark and cold", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}

class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.state = "playing"
        self.moves = 0
        self.rooms = {k: dict(v, items=list(v["items"])) for k, v in ROOMS.items()}
    def handle(self, line):
        verb, _, arg = line.partition(" ")
        handler = getattr(self, "do_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        return handler(arg)
    def do_look(self, _):
        r = self.rooms[self.room]
        items = ", ".join(r["items"]) or "nothing"
        return f"You are in {r['desc']}. Exits: {', '.join(sorted(r['exits']))}. You see: {items}."
    def do_go(self, direction):
        r = self.rooms[self.room]
        if direction not in r["exits"]:
            return "You can't go that way."
        target = r["exits"][direction]
        if self.rooms[target].get("locked"):
            if "key" not in self.inventory:
                return "The way is locked."
            self.rooms[target]["locked"] = False
        self.room = target
        return self.do_look("")
    def do_take(self, item):
        r = self.rooms[self.room]
        if item not in r["items"]:
            return f"There is no {item} here."
        r["items"].remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.state = "won"
            return "You found the treasure!"
        return f"Taken: {item}."
    def do_drop(self, item):
        if item not in self.inventory:
            return "You don't have that."
        self.inventory.remove(item)
        self.rooms[self.room]["items"].append(item)
        return f"Dropped {item}."
    def do_inventory(self, _):
        return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")

g = Game()
script = ["look", "take lamp", "go east", "go down", "go west", "go north", "take key", "take sword",
          "inventory", "dance", "go south", "drop lamp", "look", "go east", "go down", "take treasure"]
for cmd in script:
    print(f"> {cmd}")
    print(g.handle(cmd))
    if g.state != "playing":
        break
print(g.state, g.moves, sorted(g.inventory))
