loads = 0
import sys
sys.modules.setdefault("_counter_loads", [])
sys.modules["_counter_loads"].append(1)
