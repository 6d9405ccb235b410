# int.to_bytes
print((0).to_bytes(), (1).to_bytes(), (255).to_bytes(1, 'big'))
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (1024).to_bytes(4, byteorder='little'))
print((-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True))
print((-128).to_bytes(1, 'big', signed=True), (127).to_bytes(1, 'big', signed=True))
print((2**64 + 1).to_bytes(9, 'big'), (-(2**64)).to_bytes(9, 'little', signed=True))
print((0).to_bytes(0, 'big'), (2**100).to_bytes(13, 'big'))
def t(n, *a, **k):
    try:
        print(n.to_bytes(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)
t(256, 1, 'big')
t(-1, 1, 'big')
t(128, 1, 'big', signed=True)
t(-129, 1, 'big', signed=True)
t(1, -1, 'big')
t(1, 1, 'middle')
t(1, 1, 5)
t(1, 0, 'big')
t(0, 0, 'big', signed=True)
t(1, 1.0, 'big')
