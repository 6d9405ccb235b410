# This directory is a Python package (Grail's own concurrent package).
