"""Grail's `importlib.util`: find_spec, resolve_name and module_from_spec
over Grail's native importer. Thread-safety: reads sys.modules and the
file system only."""

import sys
import os
from importlib import _resolve_name
from importlib.machinery import ModuleSpec, SourceFileLoader


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith("."):
        return name
    elif not package:
        raise ImportError(f"no package specified for {repr(name)} "
                          "(required for relative module names)")
    level = 0
    for character in name:
        if character != ".":
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    """The spec of a module (imported or importable), or None."""
    fullname = resolve_name(name, package) if name.startswith(".") else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        spec = getattr(module, "__spec__", None)
        if spec is None:
            raise ValueError("{}.__spec__ is None".format(name))
        return spec
    if fullname in sys.builtin_module_names:
        return ModuleSpec(fullname, None, origin="built-in")
    parent, _, short = fullname.rpartition(".")
    if parent:
        pkg = __import__(parent, fromlist=["__path__"])
        try:
            path = pkg.__path__
        except AttributeError:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent!r} "
                f"while trying to find {fullname!r}", name=fullname) from None
    else:
        path = sys.path
    for entry in path:
        base = os.path.join(entry or ".", short)
        init = os.path.join(base, "__init__.py")
        if os.path.isfile(init):
            spec = ModuleSpec(fullname, SourceFileLoader(fullname, init), origin=init, is_package=True)
            spec.submodule_search_locations.append(base)
            return spec
        if os.path.isfile(base + ".py"):
            return ModuleSpec(fullname, SourceFileLoader(fullname, base + ".py"), origin=base + ".py")
    return None
