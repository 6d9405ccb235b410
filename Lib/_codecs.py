"""Grail's `_codecs`: the codec registry and the codec functions that
CPython's `codecs.py` and `encodings` package import.

Grail's own module (not CPython's): the registry is written in Python; the
encoders and decoders call the native str.encode/bytes.decode, which support
UTF-8, ASCII and Latin-1. Other codec functions raise LookupError.
Thread-safety: registration appends to a list and fills a cache dict (single
operations on a list/dict are atomic in Grail).
"""

__all__ = ["register", "unregister", "lookup", "encode", "decode",
           "register_error", "lookup_error",
           "utf_8_encode", "utf_8_decode", "ascii_encode", "ascii_decode",
           "latin_1_encode", "latin_1_decode"]

_search_functions = []
_cache = {}


def _normalize(encoding):
    return encoding.lower().replace(" ", "_")


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    norm = _normalize(encoding)
    try:
        return _cache[norm]
    except KeyError:
        pass
    if not _search_functions:
        import encodings  # registers its search function
    for func in list(_search_functions):
        result = func(norm)
        if result is not None:
            if not isinstance(result, tuple) or len(result) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            _cache[norm] = result
            return result
    raise LookupError("unknown encoding: %s" % encoding)


def encode(obj, encoding="utf-8", errors="strict"):
    result = lookup(encoding).encode(obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding="utf-8", errors="strict"):
    result = lookup(encoding).decode(obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


# --- error handlers -------------------------------------------------------

def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return ("", exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("?" * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ("\ufffd", exc.end)
    if isinstance(exc, UnicodeTranslateError):
        return ("\ufffd" * (exc.end - exc.start), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        return ("".join("\\x%02x" % b for b in exc.object[exc.start:exc.end]), exc.end)
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        out = []
        for c in exc.object[exc.start:exc.end]:
            n = ord(c)
            if n < 0x100:
                out.append("\\x%02x" % n)
            elif n < 0x10000:
                out.append("\\u%04x" % n)
            else:
                out.append("\\U%08x" % n)
        return ("".join(out), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def xmlcharrefreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("".join("&#%d;" % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def namereplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return backslashreplace_errors(exc)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


_error_handlers = {
    "strict": strict_errors,
    "ignore": ignore_errors,
    "replace": replace_errors,
    "backslashreplace": backslashreplace_errors,
    "xmlcharrefreplace": xmlcharrefreplace_errors,
    "namereplace": namereplace_errors,
}


def register_error(name, handler):
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = handler


def lookup_error(name):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


# --- codec functions over the native codecs -------------------------------

def _incomplete_utf8_tail(data):
    """Number of trailing bytes that start an unfinished UTF-8 sequence."""
    n = len(data)
    for back in range(1, min(4, n) + 1):
        b = data[n - back]
        if b & 0xC0 == 0x80:
            continue
        if b >= 0xF0:
            need = 4
        elif b >= 0xE0:
            need = 3
        elif b >= 0xC0:
            need = 2
        else:
            return 0
        return back if back < need else 0
    return 0


def utf_8_encode(str, errors=None):
    return (str.encode("utf-8", errors or "strict"), len(str))


def utf_8_decode(data, errors=None, final=False):
    data = bytes(data)
    end = len(data)
    if not final:
        end -= _incomplete_utf8_tail(data)
    return (data[:end].decode("utf-8", errors or "strict"), end)


def ascii_encode(str, errors=None):
    return (str.encode("ascii", errors or "strict"), len(str))


def ascii_decode(data, errors=None):
    data = bytes(data)
    return (data.decode("ascii", errors or "strict"), len(data))


def latin_1_encode(str, errors=None):
    return (str.encode("latin-1", errors or "strict"), len(str))


def latin_1_decode(data, errors=None):
    data = bytes(data)
    return (data.decode("latin-1", errors or "strict"), len(data))


def _unsupported(name):
    def codec_function(*args, **kwargs):
        raise LookupError("codec function %s is not supported by Grail" % name)
    codec_function.__name__ = name
    return codec_function


for _name in ("utf_7_encode", "utf_7_decode", "utf_16_encode", "utf_16_decode",
              "utf_16_le_encode", "utf_16_le_decode", "utf_16_be_encode",
              "utf_16_be_decode", "utf_16_ex_decode", "utf_32_encode",
              "utf_32_decode", "utf_32_le_encode", "utf_32_le_decode",
              "utf_32_be_encode", "utf_32_be_decode", "utf_32_ex_decode",
              "unicode_escape_encode", "unicode_escape_decode",
              "raw_unicode_escape_encode", "raw_unicode_escape_decode",
              "escape_encode", "escape_decode", "charmap_encode",
              "charmap_decode", "charmap_build", "readbuffer_encode"):
    globals()[_name] = _unsupported(_name)
    __all__.append(_name)
del _name
