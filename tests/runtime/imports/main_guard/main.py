import tool
import sys
def main(argv):
    print("main called with", len(argv), "args")
    print(tool.run())
    return 0
if __name__ == "__main__":
    print("running as __main__")
    code = main(sys.argv)
    print("code", code)
print(sys.modules["__main__"].__name__, "__main__" in sys.modules)
print(type(sys.modules["__main__"]).__name__)
print(globals()["__name__"], __doc__, __package__ if __package__ else repr(__package__))
