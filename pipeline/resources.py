"""Where the shipped data lives: ontology/ and queries/.

In a source checkout they are at the repository root (the user's layout); in an installed wheel
they are packaged inside ``pipeline/_data/`` (see pyproject.toml, force-include).
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The directory ``ontology`` or ``queries``, installed or in a checkout."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"finkg data directory {name!r} not found (looked in {_PACKAGE})")


def ontology_file(name: str) -> Path:
    return data_dir("ontology") / name


def queries_dir() -> Path:
    return data_dir("queries")


def corpus_dir(name: str) -> Path:
    """``corpus/<name>`` (gold, articles): under the working directory when there is one, else
    beside the package (a source checkout)."""
    local = Path("corpus") / name
    return local if local.is_dir() else _PACKAGE.parent / "corpus" / name
