import sys
try:
    sys.exit(2)
except SystemExit as e:
    print("caught", e.code)
    raise
