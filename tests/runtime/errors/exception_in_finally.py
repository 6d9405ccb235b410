try:
    print("body")
finally:
    raise OSError("finally failed")
