def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print(b'  ab  '.strip(), b'  ab  '.lstrip(), b'  ab  '.rstrip(), b'xxabyy'.strip(b'xy'), b'abc'.strip(b''), b'\t\nab\r'.strip())
show(lambda: b'a'.strip('a'))
print(b'ab'.center(6), b'ab'.center(7, b'*'), b'ab'.ljust(5, b'-'), b'ab'.rjust(5), b'abc'.center(2), b'a'.center(4))
show(lambda: b'a'.ljust(5, b'ab'))
show(lambda: b'a'.center())
print(b'42'.zfill(5), b'-42'.zfill(5), b'+1'.zfill(1), b''.zfill(3))
print(b'a\tb'.expandtabs(), b'a\tb'.expandtabs(4), b'ab\n\tc'.expandtabs(2))
print(b'prefix_body'.removeprefix(b'prefix_'), b'body.txt'.removesuffix(b'.txt'), b'x'.removeprefix(b'y'))
