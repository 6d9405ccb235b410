def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

def fmt(v, *specs):
    for s in specs:
        show(repr(v) + " " + repr(s), lambda: format(v, s))

for v in [1.0, 10.0, 100.0, 1000.0, 12345.0, 123456.0, 1234567.0, 0.001, 0.0001, 0.00001, 9.99, 9.999, 99.99, 0.5, 1e20, 1.5e-7, 123.456]:
    fmt(v, ".1", ".2", ".3", ".4", ".0", ".1g", ".2g", ".3g", "#.3g", "#.1", "g", "#g", ".6", ".16", ".17", "G", ".3G")
