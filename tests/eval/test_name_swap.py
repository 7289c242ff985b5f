"""The name swap (pipeline.eval.name_swap): new trade names, the same grammar, the gold moved with it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.eval.name_swap import main, rewrite, swap_article, swap_map, swappable, trade_name


@pytest.mark.parametrize(
    ("name", "core"),
    [
        pytest.param("宁德时代新能源科技股份有限公司", "宁德时代", id="simplified-industry-and-form"),
        pytest.param("寧德時代新能源科技股份有限公司", "寧德時代", id="traditional-industry-and-form"),
        pytest.param("長榮海運", "長榮", id="industry-word-only"),
        pytest.param("宏远(江苏)数据科技有限公司", "宏远", id="bracketed-region-dropped"),
        pytest.param("台新銀行", "台新", id="bank"),
        pytest.param("台积电", "台积电", id="bare-short-name"),
    ],
)
def test_the_trade_name_is_what_precedes_the_tails(name: str, core: str) -> None:
    assert trade_name(name) == core


@pytest.mark.parametrize(
    ("name", "swapped"),
    [
        pytest.param("宁德时代新能源科技股份有限公司", True, id="company"),
        pytest.param("長榮海運", True, id="short-company"),
        pytest.param("地政總署", False, id="public-body"),
        pytest.param("经济日报", False, id="newspaper"),
        pytest.param("中國銀行", False, id="place-as-trade-name"),
        pytest.param("Nvidia", False, id="latin"),
        pytest.param("含山县", False, id="county"),
        pytest.param("银行", False, id="no-trade-name"),
    ],
)
def test_which_names_are_swapped(name: str, swapped: bool) -> None:
    assert swappable(name) is swapped


TEXT = "宁德时代新能源科技股份有限公司（简称宁德时代）向地政總署支付20亿元。宁德时代表示满意。"


def _amount(text: str) -> dict[str, Any]:
    start = TEXT.index(text)
    return {"text": text, "start": start, "end": start + len(text), "value": 2e9, "currency": "CNY"}


GOLD: dict[str, Any] = {
    "script": "simplified",
    "organizations": ["宁德时代新能源科技股份有限公司", "地政總署"],
    "organization_aliases": {"宁德时代新能源科技股份有限公司": ["宁德时代"]},
    "amounts": [_amount("20亿元")],
    "deals": [
        {
            "type": "purchase",
            "agent": "宁德时代新能源科技股份有限公司",
            "counterparty": "地政總署",
            "amount_text": "20亿元",
            "amount_start": TEXT.index("20亿元"),
            "evidence": TEXT[: TEXT.index("。") + 1],
            "evidence_start": 0,
        }
    ],
}


def test_a_swapped_article_keeps_forms_aliases_and_offsets() -> None:
    text, gold = swap_article(GOLD, TEXT, "seed")
    new = swap_map(GOLD, TEXT, "seed")["宁德时代"]
    assert new not in TEXT and "宁德时代" not in text
    assert gold["organizations"] == [new + "新能源科技股份有限公司", "地政總署"]
    assert gold["organization_aliases"] == {new + "新能源科技股份有限公司": [new]}
    amount = gold["amounts"][0]
    assert text[amount["start"] : amount["end"]] == "20亿元"
    deal = gold["deals"][0]
    assert text[deal["amount_start"] :].startswith("20亿元")
    assert text[deal["evidence_start"] :].startswith(deal["evidence"])
    assert deal["agent"] == new + "新能源科技股份有限公司" and deal["counterparty"] == "地政總署"


def test_the_swap_is_deterministic_for_a_seed() -> None:
    assert swap_article(GOLD, TEXT, "a") == swap_article(GOLD, TEXT, "a")
    draws = {swap_map(GOLD, TEXT, seed)["宁德时代"] for seed in "abcdefgh"}
    assert len(draws) > 1


def test_a_longer_trade_name_keeps_the_new_form_of_its_short_one() -> None:
    gold = {"script": "traditional", "organizations": ["長榮", "長榮海"], "organization_aliases": {}}
    mapping = swap_map(gold, "長榮與長榮海", "s")
    assert mapping["長榮海"] == mapping["長榮"] + "海"


def test_offsets_after_and_inside_a_replaced_piece() -> None:
    done = rewrite("甲乙丙丁", {"乙丙": "XYZ"})
    assert done.text == "甲XYZ丁"
    assert [done.position(i) for i in range(5)] == [0, 1, 1, 4, 5]


def test_the_command_writes_a_set_that_evaluate_reads(tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold" / "a.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "articles" / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    args = ["--gold", str(tmp_path / "gold"), "--articles", str(tmp_path / "articles"), "--out", str(out)]
    assert main(args) == 0
    gold = json.loads((out / "gold" / "a.json").read_text(encoding="utf-8"))
    text = (out / "articles" / "a.txt").read_text(encoding="utf-8")
    assert text[gold["amounts"][0]["start"] :].startswith("20亿元")


def test_a_missing_article_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "a.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    args = ["--gold", str(tmp_path / "gold"), "--articles", str(tmp_path), "--out", str(tmp_path / "o")]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.startswith("name_swap: ") and "a.txt" in err and err.count("\n") == 1
