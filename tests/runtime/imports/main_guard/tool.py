def run():
    return "tool.run"
if __name__ == "__main__":
    print("tool as main (should not print)")
else:
    print("tool imported as", __name__)
