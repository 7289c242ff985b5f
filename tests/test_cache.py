"""The start-up cache: built once per code and data fingerprint, then read back."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import cache


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.ENV_DIR, str(tmp_path / "cache"))
    monkeypatch.delenv(cache.ENV_SWITCH, raising=False)


def test_a_value_is_built_once_then_read_back() -> None:
    calls: list[int] = []

    def build() -> list[str]:
        calls.append(1)
        return ["輝達", "辉达"]

    assert cache.memo("labels", build) == ["輝達", "辉达"]
    assert cache.memo("labels", build) == ["輝達", "辉达"]
    assert calls == [1]
    assert cache.path_for("labels").is_file()


def test_a_new_fingerprint_is_a_new_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    cache.memo("labels", lambda: 1)
    monkeypatch.setattr(cache, "fingerprint", lambda: "other-code")
    assert cache.memo("labels", lambda: 2) == 2


def test_a_corrupt_entry_is_rebuilt() -> None:
    cache.memo("labels", lambda: 1)
    cache.path_for("labels").write_bytes(b"not a pickle")
    assert cache.memo("labels", lambda: 2) == 2
    assert cache.memo("labels", lambda: 3) == 2, "and stored again"


def test_the_cache_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.ENV_SWITCH, "0")
    assert cache.memo("labels", lambda: 1) == 1
    assert cache.memo("labels", lambda: 2) == 2
    assert not cache.path_for("labels").exists()


def test_an_unwritable_cache_dir_only_costs_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv(cache.ENV_DIR, str(blocker / "cache"))
    assert cache.memo("labels", lambda: 5) == 5
