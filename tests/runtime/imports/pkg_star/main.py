from tools import *
print(alpha.NAME, beta.NAME, helper_fn())
import tools
print(hasattr(tools, "gamma"))
import tools.gamma
print(tools.gamma.NAME, hasattr(tools, "gamma"))
print(sorted(n for n in dir() if not n.startswith("__")))
