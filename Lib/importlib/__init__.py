"""Grail's `importlib`: import_module, reload and invalidate_caches on top of
Grail's native importer (Sources/GrailRuntime/Import/Importer.swift).

CPython's importlib (`_bootstrap`, `_bootstrap_external`) is the import
system of CPython itself, tied to its `_imp` and frozen modules; Grail's
import system is native, so this small package exposes it instead.
`importlib.machinery` and `importlib.util` hold the constants and helpers
that other standard modules use. Thread-safety: the functions only call
`__import__` and read or write sys.modules (atomic dict operations).
"""

import sys

__all__ = ["__import__", "import_module", "invalidate_caches", "reload"]

__import__ = __import__


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return "{}.{}".format(base, name) if name else base


def import_module(name, package=None):
    """Import a module; a relative name ('.x') needs `package`."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            "relative import for {!r}".format(name))
        for character in name:
            if character != ".":
                break
            level += 1
    return _gcd_import(name[level:], package, level)


def _gcd_import(name, package=None, level=0):
    if not isinstance(name, str):
        raise TypeError("module name must be str, not {}".format(type(name)))
    if level < 0:
        raise ValueError("level must be >= 0")
    if level > 0:
        if not isinstance(package, str):
            raise TypeError("__package__ not set to a string")
        elif not package:
            raise ImportError("attempted relative import with no known parent package")
        name = _resolve_name(name, package, level)
    if not name and level == 0:
        raise ValueError("Empty module name")
    __import__(name)
    module = sys.modules.get(name)
    if module is None:
        raise ModuleNotFoundError("import of {} halted; None in sys.modules".format(name), name=name)
    return module


def invalidate_caches():
    """Grail's importer keeps no finder caches."""


def reload(module):
    """Re-run a module's source in its existing namespace."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError("module {} not in sys.modules".format(name), name=name)
    file = getattr(module, "__file__", None)
    if file is None:
        return module  # native or namespace module: nothing to re-run
    parent = name.rpartition(".")[0]
    if parent and parent not in sys.modules:
        raise ImportError("parent {!r} not in sys.modules".format(parent), name=parent)
    with open(file, "rb") as f:
        source = f.read()
    code = compile(source, file, "exec")
    exec(code, module.__dict__)
    return sys.modules[name]
