print("broken: executing")
raise ValueError("module init failed")
