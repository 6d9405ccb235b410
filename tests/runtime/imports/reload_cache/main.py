import user1, user2
import state
print(state.items)
import importlib
state2 = importlib.reload(state)
print(state2 is state, state.items)
from state import items
print(items)
