e = ValueError("has notes")
e.add_note("note one")
raise e
