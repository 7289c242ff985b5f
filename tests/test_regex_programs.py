"""Regular expressions read back from the start-up cache instead of compiled again."""

from __future__ import annotations

import importlib
import re
import uuid
import warnings
from pathlib import Path

import pytest

from pipeline import cache, regex_programs

_compiler = importlib.import_module("re._compiler")


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.ENV_DIR, str(tmp_path / "cache"))
    monkeypatch.delenv(cache.ENV_SWITCH, raising=False)


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        pytest.param("收購|收购|併購|并购", 0, id="alternation-both-scripts"),
        pytest.param(r"(?P<buyer>[^，。]{2,12})(?:宣布|宣佈)?收購(?P<target>\S+)", 0, id="named-groups"),
        pytest.param(r"(?<![A-Za-z])nvidia(?![A-Za-z])", re.IGNORECASE, id="lookaround-ignorecase"),
        pytest.param(r"^\s*(?:記者|记者)\s*(\S{2,3})\s*$", re.MULTILINE, id="multiline"),
        pytest.param(r"(\d+(?:\.\d+)?)\s*(億|亿|萬|万)?\s*元  # an amount", re.VERBOSE, id="verbose"),
        pytest.param(r"(?i:hkex)\s*[:：]?\s*(\d{4,5})", 0, id="inline-flag"),
    ],
)
def test_a_program_read_back_is_the_pattern_compiled_afresh(pattern: str, flags: int) -> None:
    prog = regex_programs.program(pattern, flags)
    fresh = _compiler.compile(pattern, flags)
    made = regex_programs.compiled(prog)
    assert made == fresh, "patterns compare by flags, text and program"
    assert (made.flags, made.groups, made.groupindex) == (fresh.flags, fresh.groups, fresh.groupindex)
    text = "據報導，輝達宣布收購台積電旗下公司，作價 12.5 億元（HKEX: 0700）"
    assert [m.span() for m in made.finditer(text)] == [m.span() for m in fresh.finditer(text)]


def _cache_size() -> int:
    return int(vars(re)["_MAXCACHE"])


def _new_pattern() -> str:
    """A pattern no other test compiled (so that re's cache does not have it yet)."""
    return f"(?P<name>{uuid.uuid4().hex})|併購|并购"


def test_the_first_run_stores_its_patterns_and_the_next_reads_them_back() -> None:
    pattern = _new_pattern()
    with regex_programs.recorded("probe"):
        first = re.compile(pattern)
    assert cache.path_for("regex-programs-probe").is_file()
    re.purge()
    with regex_programs.recorded("probe"):
        installed = re._cache[(str, pattern, 0)]  # type: ignore[attr-defined]
        assert re.compile(pattern) is installed, "re.compile finds the pattern read back"
    assert installed == first and installed is not first


def test_the_cache_size_is_restored_after_the_block() -> None:
    size = _cache_size()
    with regex_programs.recorded("probe"):
        assert _cache_size() > size
    assert _cache_size() == size


def test_a_run_that_fails_stores_nothing() -> None:
    with pytest.raises(RuntimeError), regex_programs.recorded("probe"):
        re.compile(_new_pattern())
        raise RuntimeError("the command failed")
    assert not cache.path_for("regex-programs-probe").exists()


def test_other_code_stores_its_own_programs(monkeypatch: pytest.MonkeyPatch) -> None:
    with regex_programs.recorded("probe"):
        re.compile(_new_pattern())
    monkeypatch.setattr(cache, "fingerprint", lambda: "c" * 24)
    pattern = _new_pattern()
    with regex_programs.recorded("probe"):
        re.compile(pattern)
    stored = cache.stored("regex-programs-probe")[1]
    assert pattern in {prog[0] for prog in stored}


def test_a_corrupt_entry_is_skipped_and_stored_again() -> None:
    with regex_programs.recorded("probe"):
        re.compile(_new_pattern())
    cache.path_for("regex-programs-probe").write_bytes(b"\x80\x05garbage")
    pattern = _new_pattern()
    with regex_programs.recorded("probe"):
        assert re.compile(pattern).search("并购")
    assert pattern in {prog[0] for prog in cache.stored("regex-programs-probe")[1]}


def test_a_program_sre_rejects_is_left_out() -> None:
    pattern = _new_pattern()
    good = regex_programs.program(pattern, 0)
    broken = (*good[:3], [9999, 1, 2], *good[4:])
    assert regex_programs.install([broken]) == 0  # type: ignore[list-item]
    assert (str, pattern, 0) not in re._cache  # type: ignore[attr-defined]
    assert re.compile(pattern).search("併購")


def test_with_the_cache_off_nothing_is_read_or_stored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.ENV_SWITCH, "0")
    size = _cache_size()
    with regex_programs.recorded("probe"):
        assert _cache_size() == size
        re.compile(_new_pattern())
    assert not cache.cache_dir().exists()


def test_a_pattern_that_warned_when_compiled_is_stored_without_warning_again() -> None:
    pattern = f"[[]{uuid.uuid4().hex}"  # a possible nested set: FutureWarning when compiled
    with warnings.catch_warnings(record=True) as shown:
        warnings.simplefilter("always")
        with regex_programs.recorded("probe"):
            re.compile(pattern)
    assert [w.category for w in shown] == [FutureWarning], "once, when compiled"
    stored = cache.stored("regex-programs-probe")[1]
    assert pattern in {prog[0] for prog in stored}
