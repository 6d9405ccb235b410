def dumps(obj, indent=2, level=0):
    pad = " " * (indent * level)
    inner = " " * (indent * (level + 1))
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        if isinstance(obj, float) and obj != obj:
            raise ValueError("NaN not allowed")
        return repr(obj)
    if isinstance(obj, str):
        return '"' + escape(obj) + '"'
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        parts = [inner + dumps(v, indent, level + 1) for v in obj]
        return "[\n" + ",\n".join(parts) + "\n" + pad + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        parts = []
        for k, v in obj.items():
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            parts.append(f'{inner}"{escape(k)}": {dumps(v, indent, level + 1)}')
        return "{\n" + ",\n".join(parts) + "\n" + pad + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not serializable")

ESC = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
def escape(s):
    out = []
    for ch in s:
        if ch in ESC:
            out.append(ESC[ch])
        elif ord(ch) < 0x20:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "".join(out)

def parse(s):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in " \n\t\r":
            pos += 1
    def value():
        nonlocal pos
        ws()
        c = s[pos]
        if c == "{":
            pos += 1
            result = {}
            ws()
            if s[pos] == "}":
                pos += 1
                return result
            while True:
                ws()
                k = value()
                ws()
                assert s[pos] == ":", f"expected ':' at {pos}"
                pos += 1
                result[k] = value()
                ws()
                if s[pos] == ",":
                    pos += 1
                    continue
                assert s[pos] == "}", f"expected '}}' at {pos}"
                pos += 1
                return result
        if c == "[":
            pos += 1
            result = []
            ws()
            if s[pos] == "]":
                pos += 1
                return result
            while True:
                result.append(value())
                ws()
                if s[pos] == ",":
                    pos += 1
                    continue
                pos += 1
                return result
        if c == '"':
            pos += 1
            buf = []
            while s[pos] != '"':
                if s[pos] == "\\":
                    nxt = s[pos + 1]
                    if nxt == "u":
                        buf.append(chr(int(s[pos + 2:pos + 6], 16)))
                        pos += 6
                        continue
                    buf.append({"n": "\n", "t": "\t", "r": "\r"}.get(nxt, nxt))
                    pos += 2
                else:
                    buf.append(s[pos])
                    pos += 1
            pos += 1
            return "".join(buf)
        for lit, val in (("null", None), ("true", True), ("false", False)):
            if s.startswith(lit, pos):
                pos += len(lit)
                return val
        start = pos
        while pos < len(s) and s[pos] in "+-0123456789.eE":
            pos += 1
        num = s[start:pos]
        return float(num) if any(ch in num for ch in ".eE") else int(num)
    v = value()
    return v

data = {"name": "Grail", "version": [3, 11], "nested": {"empty_list": [], "empty": {}, "flags": [True, False, None]},
        "text": "line1\nline2\t\"quoted\" \\ \x01", "pi": 3.14159, "neg": -42, "big": 10 ** 20, "unicode": "caf\u00e9"}
out = dumps(data)
print(out)
back = parse(out)
print(back == data, back["text"] == data["text"])
print(dumps([1, [2, [3, []]]], indent=1))
for bad in [{1: 2}, {"s": {1, 2}}, [float("nan")], object]:
    try:
        dumps(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
import json
print(json.loads(out) == data)
