x = f"""a
b
{x!z}
"""
