"""Regular expressions compiled by an earlier run of a command, read back instead of compiled again.

Python compiles a pattern with Python code (``re._parser``, ``re._compiler``). finkg's tables make
about 450 patterns, most of them long alternations of words, and compiling them cost 0.16 s of
each ``finkg extract`` start-up (measured, one short article). What the compiler makes is plain
data: the program (a list of integers), the group count and the group names.

:func:`recorded` wraps a command: the programs of the patterns its last run compiled come from
the start-up cache (:mod:`pipeline.cache`, keyed by finkg's code and Python's version) and go
into ``re``'s own cache of compiled patterns, where ``re.compile`` (and ``re.search`` …) find
them: Pattern objects equal to freshly compiled ones (patterns compare by their programs), made
in about 0.01 s. The first run of a command (for this code and Python) stores the programs of
the patterns it compiled.

Three CPython internals are used, and checked before use (without them patterns compile as
usual): ``re._cache`` (a dict keyed by ``(type, pattern, flags)``, Python 3.11 to 3.13), its size
``re._MAXCACHE`` (raised for the command: the patterns read back and those it compiles must all
fit), and ``_sre.compile`` (what ``re._compiler.compile`` ends with).
"""

from __future__ import annotations

import importlib
import re
import warnings
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from pipeline import cache

#: pattern, flags as given, flags of the program, program, groups, group index, index group
Program = tuple[str, int, int, list[int], int, dict[str, int], tuple[str | None, ...]]


def _re_cache() -> dict[Any, Any] | None:
    table = getattr(re, "_cache", None)
    return table if isinstance(table, dict) else None


def _sre_compile() -> Any:
    return getattr(importlib.import_module("_sre"), "compile", None)


def program(pattern: str, flags: int) -> Program:
    """What ``re._compiler.compile(pattern, flags)`` hands to ``_sre.compile``, as plain data."""
    parser, compiler = (importlib.import_module(f"re._{part}") for part in ("parser", "compiler"))
    parsed = parser.parse(pattern, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    code = [int(op) for op in compiler._code(parsed, flags)]  # (opcodes are int subclasses)
    groups = parsed.state.groups - 1
    return pattern, flags, flags | parsed.state.flags, code, groups, groupindex, tuple(indexgroup)


def compiled(prog: Program) -> re.Pattern[str]:
    pattern, _, flags, code, groups, groupindex, indexgroup = prog
    made: re.Pattern[str] = _sre_compile()(pattern, flags, code, groups, groupindex, indexgroup)
    return made


def cached_patterns() -> list[tuple[str, int]]:
    """(pattern, flags) of every text pattern in ``re``'s cache now."""
    table = _re_cache() or {}
    return [(key[1], key[2]) for key in list(table) if _text_key(key)]


def _text_key(key: object) -> bool:
    return (
        isinstance(key, tuple)
        and len(key) == 3
        and key[0] is str
        and isinstance(key[1], str)
        and isinstance(key[2], int)
    )


def install(programs: Iterable[Program]) -> int:
    """Put the patterns of ``programs`` in ``re``'s cache (those not there yet, while it has
    room); how many went in. A program ``_sre`` rejects is left out."""
    table, make = _re_cache(), _sre_compile()
    if table is None or make is None:
        return 0
    room = getattr(re, "_MAXCACHE", 512) - len(table)
    done = 0
    for prog in programs:
        if done >= room:
            break
        key = (str, prog[0], prog[1])
        if key in table:
            continue
        try:
            table[key] = compiled(prog)
        except (TypeError, ValueError, RuntimeError):  # not a program of this Python: compiled as usual
            continue
        done += 1
    return done


@contextmanager
def recorded(name: str) -> Iterator[None]:
    """The block (a command) with the patterns of its first run read back; after a first run
    that ends without an error, the programs of the patterns it compiled are stored.

    Only the first run is stored: some tables make their alternations in the order of a set of
    words, which changes from process to process (``PYTHONHASHSEED``); those patterns (about 50,
    matching alike in any order) are compiled again by each run, and adding them each time would
    grow the entry without end.
    """
    entry = f"regex-programs-{name}"
    found, value = cache.stored(entry)
    if not cache.enabled() or _re_cache() is None or _sre_compile() is None:
        yield
        return
    known: list[Program] = value if found and isinstance(value, list) else []
    # re's cache holds 512 patterns, dropping the oldest: the patterns read back and those the
    # command compiles must all fit, or each one compiled drops one read back before its use
    default = getattr(re, "_MAXCACHE", 512)
    re._MAXCACHE = default + len(_re_cache() or {}) + len(known)  # type: ignore[attr-defined]
    try:
        install(known)
        yield
    finally:
        re._MAXCACHE = default  # type: ignore[attr-defined]
    if not found:
        cache.store(entry, list(_programs(cached_patterns())))


def _programs(keys: Iterable[tuple[str, int]]) -> Iterator[Program]:
    """The programs of patterns compiled already (their warnings were shown then: not again)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for pattern, flags in keys:
            try:
                yield program(pattern, flags)
            except (re.error, RecursionError, TypeError, ValueError, OverflowError):
                continue  # (compiled once, so not expected: that pattern is compiled as usual)
