"""Progress bars: a total counted before reading, position and ETA, drawn only on a terminal."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import click
import pytest

from pipeline.cli import progress as progress_module
from pipeline.cli.progress import count_articles, progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_count_articles(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("甲公司投資乙公司。", encoding="utf-8")
    (tmp_path / "news.jsonl").write_text('{"text": "一"}\n\n{"text": "二"}\n{"text": \n', encoding="utf-8")
    (tmp_path / "list.json").write_text(json.dumps([{"text": "三"}, {"text": "四"}]), encoding="utf-8")
    # 1 text + 3 JSON lines (one of them bad: a failure is a step too) + 2 list items + 1 missing path
    assert count_articles([str(tmp_path), str(tmp_path / "missing.txt")]) == 7
    assert count_articles([str(tmp_path), "-"]) is None  # stdin: unknown


def test_a_bar_with_position_total_and_eta_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}
    real = click.progressbar

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.update(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(progress_module.click, "progressbar", spy)
    stream = Terminal()
    with progress("ingesting", 3, stream) as step:
        for _ in range(3):
            step()
    assert seen["length"] == 3 and seen["show_eta"] and seen["show_pos"]
    assert "ingesting" in stream.getvalue() and "3/3" in stream.getvalue()


def test_nothing_is_drawn_off_a_terminal() -> None:
    stream = io.StringIO()
    with progress("ingesting", 3, stream) as step:
        step()
    assert stream.getvalue() == ""
    with progress("ingesting", 3, Terminal(), enabled=False) as step:
        step()


def test_stdin_gets_a_counter_without_total() -> None:
    stream = Terminal()
    with progress("ingesting", None, stream) as step:
        step()
        step()
    assert "ingesting" in stream.getvalue()
