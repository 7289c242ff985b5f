"""What the store code reads off the machine: live processes and durations from the environment."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from pipeline.errors import StoreError
from pipeline.store.host import alive, seconds_from_env

VAR = "FINKG_TEST_SECONDS"


@pytest.mark.parametrize(
    ("value", "at_least", "expected"),
    [
        pytest.param(None, None, 60.0, id="unset-is-the-default"),
        pytest.param("", 0, 60.0, id="empty-is-the-default"),
        pytest.param("2.5", None, 2.5, id="a-number"),
        pytest.param("0", 0, 0.0, id="the-bound-itself"),
        pytest.param("-1", None, -1.0, id="no-bound-given"),
    ],
)
def test_seconds_read(
    monkeypatch: pytest.MonkeyPatch, value: str | None, at_least: float | None, expected: float
) -> None:
    if value is None:
        monkeypatch.delenv(VAR, raising=False)
    else:
        monkeypatch.setenv(VAR, value)
    assert seconds_from_env(VAR, 60.0, at_least) == expected


@pytest.mark.parametrize(
    ("value", "at_least", "message"),
    [
        pytest.param(
            "soon", None, r"\$FINKG_TEST_SECONDS must be a number of seconds, not 'soon'", id="a-word"
        ),
        pytest.param("-1", 0, r"must be a number of seconds \(>= 0\), not '-1'", id="under-the-bound"),
        pytest.param("nan", 0, r"not 'nan'", id="nan-is-under-any-bound"),
    ],
)
def test_seconds_refused(
    monkeypatch: pytest.MonkeyPatch, value: str, at_least: float | None, message: str
) -> None:
    monkeypatch.setenv(VAR, value)
    with pytest.raises(StoreError, match=message):
        seconds_from_env(VAR, 60.0, at_least)


def test_a_process_lives_until_it_is_reaped() -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert alive(os.getpid()) is True
    assert alive(child.pid) is False
