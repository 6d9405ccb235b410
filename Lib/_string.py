"""Grail's `_string`: the helpers of string.Formatter (format-string
parsing), written in Python. Thread-safety: pure functions."""


def formatter_parser(s):
    """Yield (literal_text, field_name, format_spec, conversion) tuples."""
    if not isinstance(s, str):
        raise TypeError("expected str, got %s" % type(s).__name__)
    i, n = 0, len(s)
    literal = []
    while i < n:
        c = s[i]
        if c == "{":
            if i + 1 < n and s[i + 1] == "{":
                literal.append("{")
                i += 2
                continue
            # a replacement field
            depth = 1
            j = i + 1
            while j < n and depth:
                if s[j] == "{":
                    depth += 1
                elif s[j] == "}":
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j - 1]
            name, conv, spec = _split_field(field)
            yield ("".join(literal), name, spec, conv)
            literal = []
            i = j
            continue
        if c == "}":
            if i + 1 < n and s[i + 1] == "}":
                literal.append("}")
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        literal.append(c)
        i += 1
    if literal:
        yield ("".join(literal), None, None, None)


def _split_field(field):
    # field_name[!conversion][:format_spec]; brackets may hold ':' or '!'
    i, n = 0, len(field)
    while i < n:
        c = field[i]
        if c == "[":
            while i < n and field[i] != "]":
                i += 1
        elif c in "!:":
            break
        i += 1
    name = field[:i]
    conv = None
    spec = ""
    if i < n and field[i] == "!":
        if i + 1 >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conv = field[i + 1]
        i += 2
        if i < n and field[i] != ":":
            raise ValueError("expected ':' after conversion specifier")
    if i < n and field[i] == ":":
        spec = field[i + 1:]
    return name, conv, spec


def formatter_field_name_split(name):
    """Split 'a.b[0]' into ('a', iterator of (is_attr, key))."""
    if not isinstance(name, str):
        raise TypeError("expected str, got %s" % type(name).__name__)
    i, n = 0, len(name)
    while i < n and name[i] not in ".[":
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == ".":
            j = i + 1
            while j < n and name[j] not in ".[":
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        elif name[i] == "[":
            j = name.find("]", i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, iter(rest)
