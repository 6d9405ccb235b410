#!/usr/bin/env python3
"""Copy the pure-Python modules of CPython 3.11's standard library that Grail
runs unchanged into vendor/cpython-Lib/ (the list is MODULES below).

Usage: python3 tools/vendor_stdlib.py [CPYTHON_LIB_DIR [VERSION]]

CPYTHON_LIB_DIR defaults to the Lib directory of the python3 running this
script (it must then be CPython 3.11); VERSION (for the README) defaults to
that interpreter's version. Files are copied byte for byte; the
directory is emptied first (README.md and LICENSE.txt are rewritten), so the
result depends only on MODULES and the source tree. Modules Grail provides
itself (native ones such as os, math, itertools; Grail's own Lib/ such as
heapq, threading, importlib) are deliberately not listed.
"""

import os
import shutil
import sys
import sysconfig

# Dotted module names; a package name copies its __init__.py only, so list
# the submodules wanted. Grouped by what needs them.
MODULES = [
    # core helpers used almost everywhere
    "_collections_abc", "abc", "_py_abc", "_weakrefset", "types", "keyword",
    "reprlib", "operator", "functools", "collections", "collections.abc",
    "copyreg", "copy", "weakref", "warnings", "contextlib", "contextvars",
    "enum", "numbers", "bisect", "string", "struct", "stat", "__future__",
    # typing, dataclasses, inspect and what they import
    "typing", "dataclasses", "inspect", "ast", "dis", "opcode", "linecache",
    "tokenize", "token", "textwrap", "traceback", "fnmatch", "pprint",
    # re
    "re", "re._casefix", "re._compiler", "re._constants", "re._parser",
    # numbers and time
    "fractions", "decimal", "_pydecimal", "datetime", "random", "locale",
    "statistics",
    # io, codecs and text encodings
    "io", "codecs", "encodings", "encodings.aliases", "encodings.utf_8",
    "encodings.utf_8_sig", "encodings.ascii", "encodings.latin_1",
    "encodings.utf_16", "encodings.utf_16_le", "encodings.utf_16_be",
    "encodings.utf_32", "encodings.utf_32_le", "encodings.utf_32_be",
    "encodings.raw_unicode_escape", "encodings.unicode_escape",
    "encodings.charmap", "encodings.cp1252", "encodings.idna",
    "encodings.punycode",
    # json
    "json", "json.decoder", "json.encoder", "json.scanner",
]

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEST = os.path.join(ROOT, "vendor", "cpython-Lib")

README = """# CPython standard library (vendored)

Pure-Python modules of the CPython {version} standard library, copied
**unmodified** from CPython's `Lib/` directory by `tools/vendor_stdlib.py`
(the list of modules lives in that script; rerun it to reproduce this
directory). Grail puts this directory on `sys.path` after its own `Lib/`,
so Grail's own modules (and its native modules) take precedence.

License: the Python Software Foundation License, see `LICENSE.txt`.
"""


def source_path(lib, name):
    base = os.path.join(lib, *name.split("."))
    if os.path.isfile(os.path.join(base, "__init__.py")):
        return os.path.join(base, "__init__.py")
    if os.path.isfile(base + ".py"):
        return base + ".py"
    return None


def main():
    lib = sys.argv[1] if len(sys.argv) > 1 else sysconfig.get_paths()["stdlib"]
    lib = os.path.abspath(lib)
    version = None
    if len(sys.argv) <= 1:
        version = "%d.%d.%d" % sys.version_info[:3]
    if sys.version_info[:2] != (3, 11) and len(sys.argv) <= 1:
        sys.exit("vendor_stdlib.py: run with CPython 3.11 or pass its Lib directory")
    if len(sys.argv) > 2:
        version = sys.argv[2]
    if version is None:
        version = "3.11"
    missing = [m for m in MODULES if source_path(lib, m) is None]
    if missing:
        sys.exit("vendor_stdlib.py: not found in %s: %s" % (lib, ", ".join(missing)))
    if os.path.isdir(DEST):
        shutil.rmtree(DEST)
    os.makedirs(DEST)
    for name in MODULES:
        src = source_path(lib, name)
        rel = os.path.relpath(src, lib)
        dst = os.path.join(DEST, rel)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        shutil.copyfile(src, dst)
    license_src = None
    for cand in (os.path.join(lib, "LICENSE.txt"), os.path.join(lib, "..", "LICENSE")):
        if os.path.isfile(cand):
            license_src = cand
            break
    if license_src is None:
        sys.exit("vendor_stdlib.py: LICENSE.txt not found beside %s" % lib)
    shutil.copyfile(license_src, os.path.join(DEST, "LICENSE.txt"))
    with open(os.path.join(DEST, "README.md"), "w") as f:
        f.write(README.format(version=version))
    print("vendored %d modules from %s into %s" % (len(MODULES), lib, DEST))


if __name__ == "__main__":
    main()
