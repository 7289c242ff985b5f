"""No traceback reaches a user: an unexpected exception is one line naming the log file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main


def _bug(*args: object, **kwargs: object) -> None:
    raise RuntimeError("something nobody expected")


@pytest.mark.parametrize(
    ("args", "env"),
    [
        pytest.param(["stats", "--store", "x"], {}, id="plain"),
        pytest.param(["stats", "--store", "x"], {"FINKG_DEBUG": "0"}, id="debug-env-off"),
    ],
)
def test_an_unexpected_error_is_one_line_and_a_log_file(
    monkeypatch: pytest.MonkeyPatch, args: list[str], env: dict[str, str]
) -> None:
    monkeypatch.setattr("pipeline.cli.base.open_store", _bug)
    result = CliRunner().invoke(main, args, env=env)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    (line,) = result.stderr.splitlines()
    assert line.startswith("Error: internal error: RuntimeError: something nobody expected")
    found = re.search(r"the traceback is in (\S+);", line)
    assert found is not None, line
    log = Path(found.group(1))
    try:
        text = log.read_text(encoding="utf-8")
        assert text.startswith("Traceback") and "something nobody expected" in text
    finally:
        log.unlink()


@pytest.mark.parametrize(
    ("args", "env"),
    [
        pytest.param(["--debug", "stats", "--store", "x"], {}, id="flag"),
        pytest.param(["stats", "--store", "x"], {"FINKG_DEBUG": "1"}, id="env"),
    ],
)
def test_debug_shows_the_traceback(
    monkeypatch: pytest.MonkeyPatch, args: list[str], env: dict[str, str]
) -> None:
    monkeypatch.setattr("pipeline.cli.base.open_store", _bug)
    result = CliRunner().invoke(main, args, env=env)
    assert isinstance(result.exception, RuntimeError)
    assert str(result.exception) == "something nobody expected"
