"""spaCy imported without its command line.

``import spacy`` runs ``from .cli.info import info`` (for ``spacy.info``), and that imports the
whole of ``spacy.cli``: typer, weasel, requests, a YAML config read at import time … about a
third of spaCy's import (measured: 0.22 s of 0.68 s), none of it used by finkg. The
:class:`SpacyWithoutCli` import hook runs spaCy's ``__init__`` with a stand-in ``spacy.cli.info``
whose ``info`` imports the real one when called; the stand-in is gone as soon as ``spacy`` is
imported, so ``import spacy.cli`` later (``python -m spacy``, ``spacy.cli.download``) imports
the real package as before.

:func:`spacy_without_cli` installs the hook (the ``finkg`` command does, first thing); it is a
no-op once spaCy is imported, and the hook removes itself after spaCy's import.

:func:`lazy_names` makes a package's names importable on first use (``pipeline.store``,
``pipeline.ingest``): the command line starts without the store's backends and rdflib.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
import types
from collections.abc import Callable, Sequence
from typing import Any

_SPACY = "spacy"
_INFO = "spacy.cli.info"


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: the real one, imported on first use."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


class _Loader(importlib.abc.Loader):
    """spaCy's own loader, its ``__init__`` run with the stand-in ``spacy.cli.info``."""

    def __init__(self, loader: importlib.abc.Loader):
        self.loader = loader

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType | None:
        return self.loader.create_module(spec)

    def exec_module(self, module: types.ModuleType) -> None:
        # the module keeps its own loader (resource readers and the like ask it)
        module.__loader__ = self.loader
        if module.__spec__ is not None:
            module.__spec__.loader = self.loader
        stand_in = types.ModuleType(_INFO, "stands for spacy.cli.info while spacy is imported")
        stand_in.info = _info  # type: ignore[attr-defined]
        sys.modules[_INFO] = stand_in
        try:
            self.loader.exec_module(module)
        finally:
            if sys.modules.get(_INFO) is stand_in:
                del sys.modules[_INFO]


class SpacyWithoutCli(importlib.abc.MetaPathFinder):
    """Finds ``spacy`` as the other finders do, and wraps its loader (once, then it is gone)."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: types.ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != _SPACY:
            return None
        _uninstall()
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        spec.loader = _Loader(spec.loader)
        return spec


def _uninstall() -> None:
    sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, SpacyWithoutCli)]


def spacy_without_cli() -> None:
    """The next ``import spacy`` leaves out ``spacy.cli`` (nothing happens once spaCy is imported)."""
    if _SPACY in sys.modules or any(isinstance(f, SpacyWithoutCli) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, SpacyWithoutCli())


def lazy_names(package: str, table: dict[str, str]) -> Callable[[str], Any]:
    """A package's module ``__getattr__``: each name of ``table`` (name → the submodule defining
    it) imported from its submodule when first asked for, then kept in the package."""

    def attribute(name: str) -> Any:
        module = table.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        setattr(sys.modules[package], name, value)
        return value

    return attribute
