"""The walk rule (issue 11 item 6): directories and globs walk alike, symbolic links to
directories are followed once, loops are reported, unreadable parts are failures with their
reason and the rest is still read; file keys are paths relative to the ingest root."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.errors import ReadError
from pipeline.model.records import Article
from pipeline.read.reader import SUFFIXES, read_inputs
from pipeline.read.walk import Found, expand, path_key

TEXT_A = "沃旭能源宣布投資新台幣1650億元建設離岸風電。\n"
TEXT_B = "台積電宣布在美國投資200億美元興建晶圓廠。\n"


def _found(arg: str) -> list[Found | ReadError]:
    return list(expand(arg, frozenset(SUFFIXES)))


def _rel(items: list[Found | ReadError], root: Path) -> list[str]:
    return [
        f.path.relative_to(root).as_posix() if isinstance(f, Found) else f"error:{f.reason}" for f in items
    ]


@pytest.mark.parametrize(
    ("path", "root", "key"),
    [
        pytest.param("days/day1/article.txt", "days", "day1/article", id="relative-path"),
        pytest.param("days/day1/article.txt", "days/day1", "article", id="file-named-alone"),
        pytest.param("days/news.2024.html", "days", "news.2024", id="last-suffix-only"),
        pytest.param("days/README", "days", "README", id="no-suffix"),
    ],
)
def test_the_path_key(path: str, root: str, key: str) -> None:
    assert path_key(Path(path), Path(root)) == key


@pytest.fixture
def loop(tmp_path: Path) -> Path:
    """g/sub/a.txt, g/sub/loop -> .. (a loop), g/other -> sub (a second way into sub)."""
    (tmp_path / "g" / "sub").mkdir(parents=True)
    (tmp_path / "g" / "sub" / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (tmp_path / "g" / "sub" / "loop").symlink_to("..")
    (tmp_path / "g" / "other").symlink_to("sub")
    return tmp_path / "g"


@pytest.mark.parametrize(
    "pattern",
    [
        pytest.param("{g}", id="directory"),
        pytest.param("{g}/**/*.txt", id="glob-double-star"),
        pytest.param("{g}/**", id="glob-everything"),
    ],
)
def test_a_symlink_loop_is_reported_and_each_file_read_once(loop: Path, pattern: str) -> None:
    items = _found(pattern.format(g=loop))
    files = [f for f in items if isinstance(f, Found)]
    errors = [f for f in items if isinstance(f, ReadError)]
    # the file once (through the first way in), the loop reported once, not followed
    assert [f.path.relative_to(loop).as_posix() for f in files] == ["other/a.txt"]
    assert [e.reason for e in errors] == [
        "symbolic link loop (leads back into a directory being walked), not followed"
    ]
    assert all(e.source.endswith("loop") for e in errors)


def test_a_symlinked_directory_is_followed(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "b.txt").write_text(TEXT_B, encoding="utf-8")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "linked").symlink_to(tmp_path / "real")
    for arg in (str(tmp_path / "in"), str(tmp_path / "in" / "*" / "*.txt")):
        (found,) = _found(arg)
        assert isinstance(found, Found)
        assert found.key == "linked/b"


def test_globs_and_directories_agree(tmp_path: Path) -> None:
    for rel in ("a.txt", "x/b.txt", "x/y/c.html", "x/.hidden/d.txt", ".e.txt", "x/notes.csv"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(TEXT_A, encoding="utf-8")
    directory = _rel(_found(str(tmp_path)), tmp_path)
    assert directory == ["a.txt", "x/b.txt", "x/y/c.html"]
    assert _rel(_found(str(tmp_path / "**")), tmp_path) == [*directory[:2], "x/notes.csv", "x/y/c.html"]
    assert _rel(_found(str(tmp_path / "x" / "**" / "*.txt")), tmp_path) == ["x/b.txt"]
    # x/y/c.html is two directories deep: `*/*.html` does not reach it
    assert _rel(_found(str(tmp_path / "*" / "*.html")), tmp_path) == ["error:no file matches the pattern"]
    assert _rel(_found(str(tmp_path / "*")), tmp_path) == directory  # a matched directory: its files


def _deny(monkeypatch: pytest.MonkeyPatch, denied: Path) -> None:
    """Make ``denied`` unreadable for this process, as chmod 000 would for a user (the tests may
    run as root, whom permissions do not stop)."""
    real_scandir, real_stat = os.scandir, os.stat

    def scandir(path: object = ".") -> object:
        if Path(str(path)) == denied:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    def stat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        if denied in Path(str(path)).parents:
            raise PermissionError(13, "Permission denied", str(path))
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(os, "stat", stat)


@pytest.fixture
def locked(tmp_path: Path) -> Path:
    """perm/locked/a.txt (to be made unreadable), perm/ok/b.txt."""
    for rel, text in (("locked/a.txt", TEXT_A), ("ok/b.txt", TEXT_B)):
        (tmp_path / "perm" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "perm" / rel).write_text(text, encoding="utf-8")
    return tmp_path / "perm"


def test_an_unreadable_directory_is_a_failure_and_the_rest_is_read(
    locked: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _deny(monkeypatch, locked / "locked")
    results = list(read_inputs([str(locked)]))
    (error,) = [r for r in results if isinstance(r, ReadError)]
    assert error.source == str(locked / "locked")
    assert error.reason == "cannot read the directory: Permission denied"
    assert [a.key for a in results if isinstance(a, Article)] == ["ok/b"]


def test_a_path_inside_an_unreadable_directory_is_a_failure(
    locked: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _deny(monkeypatch, locked / "locked")
    results = list(read_inputs([str(locked / "locked" / "a.txt"), str(locked / "ok" / "b.txt")]))
    assert isinstance(results[0], ReadError)
    assert (results[0].source, results[0].reason) == (str(locked / "locked" / "a.txt"), "Permission denied")
    assert isinstance(results[1], Article) and results[1].key == "b"


SETPRIV = shutil.which("setpriv")
#: root without the capabilities that let it read whatever it likes: chmod 000 then stops it
DROP = ["--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-dac_override,-dac_read_search"]


def _unprivileged(args: list[str]) -> subprocess.CompletedProcess[str]:
    if os.geteuid() != 0:
        return subprocess.run(args, capture_output=True, text=True, check=False)
    return subprocess.run([str(SETPRIV), *DROP, *args], capture_output=True, text=True, check=False)


@pytest.mark.skipif(os.geteuid() == 0 and SETPRIV is None, reason="root without setpriv: chmod stops nobody")
def test_real_permissions_in_a_subprocess(locked: Path) -> None:
    """The same with a real chmod 000, in a process that permissions stop."""
    (locked / "locked").chmod(0)
    try:
        code = (
            "import sys; from pipeline.read.reader import read_inputs\n"
            "for r in read_inputs(sys.argv[1:]):\n"
            "    print(type(r).__name__, getattr(r, 'key', None) or r.reason)"
        )
        args = [str(locked), str(locked / "locked" / "a.txt")]
        done = _unprivileged([sys.executable, "-c", code, *args])
    finally:
        (locked / "locked").chmod(0o755)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "ReadError cannot read the directory: Permission denied",
        "Article ok/b",
        "ReadError Permission denied",
    ]
