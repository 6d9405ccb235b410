# int.from_bytes
print(int.from_bytes(b''), int.from_bytes(b'\x00\x10'), int.from_bytes(b'\x00\x10', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\xff\x7f', 'little', signed=True))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes(b'\x01\x00', byteorder='little'))
print(int.from_bytes(b'\x80' + b'\x00' * 15, 'big', signed=True))
print(int.from_bytes(b'\x01' * 20, 'little'))
class MyInt(int):
    pass
v = MyInt.from_bytes(b'\x05', 'big')
print(v, type(v).__name__)
print(bool.from_bytes(b'\x01', 'big'), bool.from_bytes(b'\x00', 'big'))
def t(*a, **k):
    try:
        print(int.from_bytes(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)
t('ab', 'big')
t([256], 'big')
t([-1], 'big')
t(b'\x01', 'medium')
t(b'\x01', 1)
t(5, 'big')
