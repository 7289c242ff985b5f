"""Which files an input argument names: one walk rule for directories and globs.

- A directory is walked recursively; a glob (``*``, ``?``, ``[…]``, ``**`` for any number of
  directories) walks the directory its literal part names and keeps what matches the pattern,
  segment by segment. Both walks are the same walk: hidden entries (``.name``) are left out,
  files are taken in sorted path order, a symbolic link to a directory is followed once (a
  directory reached a second time, through another link, is not walked again) and a link back
  into a directory being walked (a loop) is reported, not followed.
- Whatever cannot be read (a directory without permission, a path inside one) is a
  ``ReadError`` naming the path and the reason; the walk goes on with the rest.
- Each file found carries its ingest **root**: the directory named (or the literal part of the
  glob; the parent of a file named on its own). The article key of a file without an id or a URL
  is its path relative to the root, without the extension (``day1/article``), see
  :func:`path_key`.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipeline.errors import ReadError

GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class Found:
    """A file to read and the root its key is relative to."""

    path: Path
    root: Path

    @property
    def key(self) -> str:
        return path_key(self.path, self.root)


def path_key(path: Path, root: Path) -> str:
    """The key of a file: its path relative to ``root``, ``/``-separated, without its extension
    (``day1/article.txt`` under ``days`` → ``day1/article``; a file named on its own → its stem)."""
    try:
        rel = path.relative_to(root)
    except ValueError:
        rel = Path(path.name)
    return rel.with_suffix("").as_posix() if rel.suffix else rel.as_posix()


def hidden(name: str) -> bool:
    return name.startswith(".")


def _reason(err: OSError) -> str:
    return err.strerror or str(err)


def _identity(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_dev, st.st_ino


@dataclass
class _Walk:
    """One walk: which directories to enter and which files to keep (by path relative to the
    root), and the directories already walked (by device and inode), for links and loops."""

    enter: Callable[[tuple[str, ...]], bool]
    keep: Callable[[tuple[str, ...]], bool]
    seen: set[tuple[int, int]] = field(default_factory=set)

    def walk(
        self, directory: Path, root: Path, ancestors: tuple[tuple[int, int], ...] = ()
    ) -> Iterator[Path | ReadError]:
        try:
            ident = _identity(directory)
            if ident in ancestors:
                loop = "symbolic link loop (leads back into a directory being walked), not followed"
                yield ReadError(str(directory), loop)
                return
            if ident in self.seen:
                return  # reached again through another link: walked once already
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as err:
            yield ReadError(str(directory), f"cannot read the directory: {_reason(err)}")
            return
        self.seen.add(ident)
        for entry in entries:
            if hidden(entry.name):
                continue
            path = directory / entry.name
            rel = path.relative_to(root).parts
            try:
                is_dir = entry.is_dir()
            except OSError as err:
                yield ReadError(str(path), _reason(err))
                continue
            if is_dir:
                if self.enter(rel):
                    yield from self.walk(path, root, (*ancestors, ident))
            elif self.keep(rel):
                yield path


def _segments_match(pattern: tuple[str, ...], parts: tuple[str, ...]) -> bool:
    if not pattern:
        return not parts
    head, rest = pattern[0], pattern[1:]
    if head == "**":
        return any(_segments_match(rest, parts[i:]) for i in range(len(parts) + 1))
    return bool(parts) and _segment(head).fullmatch(parts[0]) is not None and _segments_match(rest, parts[1:])


@lru_cache(maxsize=256)
def _segment(pattern: str) -> re.Pattern[str]:
    return re.compile(fnmatch.translate(pattern))


def _could_match(pattern: tuple[str, ...], parts: tuple[str, ...]) -> bool:
    """Whether something under the directory ``parts`` can match the pattern (to prune the walk)."""
    if not parts:
        return True
    if not pattern:
        return False
    if pattern[0] == "**":
        return True
    return _segment(pattern[0]).fullmatch(parts[0]) is not None and _could_match(pattern[1:], parts[1:])


def _split_glob(arg: str) -> tuple[Path, tuple[str, ...]]:
    """(the literal directory the pattern starts in, the pattern's remaining segments)."""
    parts = Path(arg).parts
    for i, part in enumerate(parts):
        if GLOB_CHARS & set(part):
            return Path(*parts[:i]) if i else Path("."), tuple(parts[i:])
    return Path(arg).parent, (Path(arg).name,)


def _article_file(rel: tuple[str, ...], suffixes: frozenset[str]) -> bool:
    return Path(rel[-1]).suffix.lower() in suffixes


def walk_directory(directory: Path, suffixes: frozenset[str]) -> Iterator[Path | ReadError]:
    """The article files under ``directory`` (by extension), in sorted path order, and an error
    for each part that cannot be read (first)."""
    walker = _Walk(enter=lambda rel: True, keep=lambda rel: _article_file(rel, suffixes))
    found = list(walker.walk(directory, directory))
    yield from (e for e in found if isinstance(e, ReadError))
    yield from sorted((p for p in found if isinstance(p, Path)), key=lambda p: p.as_posix())


def _under_match(pattern: tuple[str, ...], parts: tuple[str, ...]) -> bool:
    """Whether a proper prefix of ``parts`` (a directory holding it) matches the pattern."""
    return any(_segments_match(pattern, parts[:i]) for i in range(1, len(parts)))


def walk_glob(arg: str, suffixes: frozenset[str]) -> Iterator[Found | ReadError]:
    """The files a glob matches (a matched directory gives its article files), by the walk rule."""
    root, pattern = _split_glob(arg)
    if not root.is_dir():
        yield ReadError(arg, "no file matches the pattern")
        return
    walker = _Walk(
        enter=lambda rel: _could_match(pattern, rel) or _under_match(pattern, (*rel, "")),
        keep=lambda rel: (
            _segments_match(pattern, rel) or (_article_file(rel, suffixes) and _under_match(pattern, rel))
        ),
    )
    found = list(walker.walk(root, root))
    files = sorted((p for p in found if isinstance(p, Path)), key=lambda p: p.as_posix())
    yield from (e for e in found if isinstance(e, ReadError))
    if not files:
        yield ReadError(arg, "no file matches the pattern")
    yield from (Found(p, root) for p in files)


def expand(arg: str, suffixes: frozenset[str]) -> Iterator[Found | ReadError]:
    """The files one argument names (a file, a directory, a glob), each with its root."""
    p = Path(arg)
    try:
        is_dir = p.is_dir()
        exists = is_dir or p.exists()
    except OSError as err:
        yield ReadError(arg, _reason(err))
        return
    if is_dir:
        anything = False
        for item in walk_directory(p, suffixes):
            anything = True
            yield item if isinstance(item, ReadError) else Found(item, p)
        if not anything:
            yield ReadError(arg, f"no article files ({' '.join(sorted(suffixes))}) in the directory")
        return
    if exists:
        yield Found(p, p.parent)
        return
    if GLOB_CHARS & set(arg):
        yield from walk_glob(arg, suffixes)
        return
    yield ReadError(arg, "no such file or directory")
