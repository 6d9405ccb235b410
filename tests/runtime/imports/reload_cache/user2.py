from state import items
items.append("user2")
