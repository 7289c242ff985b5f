"""Inputs that are odd but readable (issue 11 item 9): ingested, and what is odd is said."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language

from pipeline.cli import main
from pipeline.ingest import ingest
from pipeline.ingest.run import NO_FACTS
from pipeline.store import MEMORY, open_store


@pytest.fixture(autouse=True)
def shared_nlp(monkeypatch: pytest.MonkeyPatch, nlp: Language) -> None:
    monkeypatch.setattr("pipeline.nlp.wiring.build_nlp", lambda *args, **kwargs: nlp)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("沃旭能源宣布投資新台幣1650億元\x00建設離岸風電。\n", id="traditional"),
        pytest.param("宁德时代宣布投资人民币120亿元\x00建设储能电站。\n", id="simplified"),
        pytest.param("沃旭能源宣布投資新台幣1650\x00億元建設離岸風電。\n", id="inside-the-amount"),
    ],
)
def test_a_stray_nul_is_read_as_an_invisible_character(tmp_path: Path, nlp: Language, text: str) -> None:
    path = tmp_path / "nul.txt"
    path.write_text(text, encoding="utf-8")
    with open_store(MEMORY) as store:
        summary = ingest([str(path)], store, workers=0, nlp=nlp)
        assert (summary.new, summary.failed) == (1, ())
        assert summary.amounts == 1 and summary.entities == 1
        (article,) = store.articles()
        assert article.key == "nul"


def test_an_article_without_facts_is_reported(tmp_path: Path) -> None:
    (tmp_path / "numbers.txt").write_text("123 456 789\n2024 2025\n", encoding="utf-8")
    (tmp_path / "news.txt").write_text("沃旭能源宣布投資新台幣1650億元建設離岸風電。\n", encoding="utf-8")
    result = CliRunner().invoke(
        main,
        ["ingest", str(tmp_path / "numbers.txt"), str(tmp_path / "news.txt"), "--store", str(tmp_path / "s")],
    )
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [f"warning: {tmp_path / 'numbers.txt'}: {NO_FACTS}"]
    assert "articles: 2 new" in result.stdout
