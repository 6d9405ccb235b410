def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

def ev(*exprs):
    for x in exprs:
        show(x, lambda: eval(x))

show("enc1", lambda: "é".encode("ascii"))
show("enc2", lambda: "aé€b".encode("ascii"))
show("enc3", lambda: "€".encode("latin-1"))
show("enc4", lambda: "😀".encode("latin-1"))
show("dec1", lambda: str(b"\xff", "utf-8"))
show("dec2", lambda: str(b"ab\xe2\x82", "utf-8"))
show("dec3", lambda: str(b"\xe2\x82\x28", "utf-8"))
show("dec4", lambda: str(b"a\x80", "ascii"))
