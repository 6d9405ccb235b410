"""Grail's `importlib.machinery`: the file-suffix constants and the names
other standard modules look up here. Grail's importer is native, so the
finder and loader classes are placeholders that cannot import anything.
Thread-safety: constants only."""

import sys

SOURCE_SUFFIXES = [".py"]
DEBUG_BYTECODE_SUFFIXES = [".pyc"]
OPTIMIZED_BYTECODE_SUFFIXES = [".pyc"]
BYTECODE_SUFFIXES = [".pyc"]
EXTENSION_SUFFIXES = []

ModuleSpec = type(sys.modules["sys"].__spec__) if getattr(sys.modules["sys"], "__spec__", None) is not None else None
if ModuleSpec is None:
    class ModuleSpec:
        def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
            self.name = name
            self.loader = loader
            self.origin = origin
            self.loader_state = loader_state
            self.submodule_search_locations = [] if is_package else None
            self.has_location = origin is not None
            self.cached = None

        @property
        def parent(self):
            if self.submodule_search_locations is None:
                return self.name.rpartition(".")[0]
            return self.name


def all_suffixes():
    """Returns a list of all recognized module suffixes for this process"""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class BuiltinImporter:
    """Placeholder: Grail's importer handles native modules itself."""


class FrozenImporter:
    """Placeholder: Grail has no frozen modules."""


class PathFinder:
    """Placeholder: Grail's importer searches sys.path itself."""


class FileFinder:
    """Placeholder: Grail's importer searches directories itself."""


class SourceFileLoader:
    """Placeholder loader (name, path) for source files."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def get_filename(self, name=None):
        return self.path


class SourcelessFileLoader(SourceFileLoader):
    """Placeholder: Grail does not load bytecode files."""


class ExtensionFileLoader(SourceFileLoader):
    """Placeholder: Grail has no extension modules."""


class NamespaceLoader:
    """Placeholder loader of namespace packages."""
