import state
state.items.append("user1")
