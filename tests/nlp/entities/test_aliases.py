"""Aliases the article defines, linked to the full name in both directions for the whole article.

Sentences written for these tests, both scripts.
"""

from __future__ import annotations

import pytest

from pipeline.eval.contract import names_and_aliases
from tests.nlp.entities.support import mentions

ORG = ("organization", "media")


def iris(nlp, text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in mentions(nlp, text):
        if m.type in ("organization", "media", "person"):
            out.setdefault(m.text, set()).add(m.iri)
    return out


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        # an unknown name in brackets in the other script, written again later on its own
        pytest.param(
            "Tessera Grid（澄岳電子）宣布完成融資。澄岳電子成立於2015年。",
            "Tessera Grid",
            "澄岳電子",
            id="chinese-gloss-again-hant",
        ),
        pytest.param(
            "Tessera Grid（澄岳电子）宣布完成融资。澄岳电子成立于2015年。",
            "Tessera Grid",
            "澄岳电子",
            id="chinese-gloss-again-hans",
        ),
        pytest.param(
            "Tessera Grid（澄岳電網）宣布完成融資。澄岳電網成立於2015年。",
            "Tessera Grid",
            "澄岳電網",
            id="chinese-gloss-found-by-its-later-context-hant",
            marks=pytest.mark.xfail(
                strict=True,
                reason="a gloss only the later mention's context marks (成立於) is found after the"
                " bracket aliases are linked, so it stays an entity of its own",
            ),
        ),
        pytest.param(
            "澄岳電網（Tessera Grid）宣布完成融資。Tessera Grid成立於2015年。",
            "澄岳電網",
            "Tessera Grid",
            id="latin-alias-again-hant",
        ),
        # the trade name and an industry word of a registered name, found on its own later
        pytest.param(
            "嵐翊儲能科技股份有限公司宣布增資，嵐翊儲能表示將擴產。",
            "嵐翊儲能科技股份有限公司",
            "嵐翊儲能",
            id="short-form-found-alone-hant",
        ),
        pytest.param(
            "岚翊储能科技股份有限公司宣布增资，岚翊储能表示将扩产。",
            "岚翊储能科技股份有限公司",
            "岚翊储能",
            id="short-form-found-alone-hans",
        ),
    ],
)
def test_a_later_mention_of_a_form_is_the_same_entity(nlp, text: str, full: str, short: str) -> None:
    got = iris(nlp, text)
    assert full in got and short in got, got
    assert len(got[full] | got[short]) == 1, got


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        pytest.param(
            "證券代碼：601XXX　證券簡稱：嵐翊股份　公告編號：2025-031\n"
            "嵐翊精密製造股份有限公司（以下簡稱「公司」）董事會通過增資議案。",
            True,
            id="header-short-name-is-the-issuer-hant",
        ),
        pytest.param(
            "证券代码：601XXX　证券简称：岚翊股份　公告编号：2025-031\n"
            "岚翊精密制造股份有限公司（以下简称“公司”）董事会通过增资议案。",
            True,
            id="header-short-name-is-the-issuer-hans",
        ),
        pytest.param(
            "证券代码：601XXX　证券简称：岚翊股份\n证券代码：603XXX　证券简称：澄岳科技\n"
            "岚翊精密制造股份有限公司（以下简称“公司”）董事会通过增资议案。",
            False,
            id="two-short-names-no-guess-hans",
        ),
        pytest.param(
            "證券簡稱：嵐翊股份\n嵐翊精密製造股份有限公司（以下簡稱「嵐翊精密」）董事會通過增資議案。",
            False,
            id="issuer-defined-by-another-name-hant",
        ),
    ],
)
def test_an_announcements_short_name_is_its_issuer(nlp, text: str, linked: bool) -> None:
    got = iris(nlp, text)
    full = next(n for n in got if n.endswith(("股份有限公司",)))
    short = next(n for n in got if n.endswith("股份") and n != full)
    assert (got[full] == got[short]) is linked, got


def test_a_short_form_two_names_share_links_to_neither(nlp) -> None:
    text = "嵐翊儲能科技股份有限公司與嵐翊儲能投資有限公司簽約，嵐翊儲能表示將擴產。"
    got = iris(nlp, text)
    assert "嵐翊儲能" in got, got
    assert not got["嵐翊儲能"] & (got["嵐翊儲能科技股份有限公司"] | got["嵐翊儲能投資有限公司"]), got


@pytest.mark.parametrize(
    ("text", "full", "alias"),
    [
        pytest.param(
            "佛山恒毅精密機械有限公司（以下簡稱「恒毅精密」）今日宣布擴產，恒毅精密將投資3億元。",
            "佛山恒毅精密機械有限公司",
            "恒毅精密",
            id="yixia-jiancheng-hant",
        ),
        pytest.param(
            "佛山恒毅精密机械有限公司（以下简称“恒毅精密”）今日宣布扩产，恒毅精密将投资3亿元。",
            "佛山恒毅精密机械有限公司",
            "恒毅精密",
            id="yixia-jiancheng-hans",
        ),
        pytest.param(
            "全資子公司昆山德晟新材料有限公司（「德晟新材」）擬增資，德晟新材表示將擴建產線。",
            "昆山德晟新材料有限公司",
            "德晟新材",
            id="quoted-only-hant",
        ),
        pytest.param(
            "全资子公司昆山德晟新材料有限公司（“德晟新材”）拟增资，德晟新材表示将扩建产线。",
            "昆山德晟新材料有限公司",
            "德晟新材",
            id="quoted-only-hans",
        ),
        pytest.param(
            "寧夏東嶺第二熱電有限責任公司（以下簡稱東嶺二電）與銀行簽約，東嶺二電表示。",
            "寧夏東嶺第二熱電有限責任公司",
            "東嶺二電",
            id="bare-after-keyword-hant",
        ),
        pytest.param(
            "宁夏东岭第二热电有限责任公司（以下简称东岭二电）与银行签约，东岭二电表示。",
            "宁夏东岭第二热电有限责任公司",
            "东岭二电",
            id="bare-after-keyword-hans",
        ),
        pytest.param(
            "北嶺礦業控股有限公司（前稱「北嶺資源」）宣布，北嶺資源將出售資產。",
            "北嶺礦業控股有限公司",
            "北嶺資源",
            id="former-name-hant",
        ),
        pytest.param(
            "北岭矿业控股有限公司（前称“北岭资源”）宣布，北岭资源将出售资产。",
            "北岭矿业控股有限公司",
            "北岭资源",
            id="former-name-hans",
        ),
        pytest.param(
            "公司與華潤電力物流（中國）有限公司（以下簡稱「華潤電力」）合資，華潤電力出資四成。",
            "華潤電力物流（中國）有限公司",
            "華潤電力",
            id="definition-beats-gazetteer-hant",
        ),
        pytest.param(
            "公司与华润电力物流（中国）有限公司（以下简称“华润电力”）合资，华润电力出资四成。",
            "华润电力物流（中国）有限公司",
            "华润电力",
            id="definition-beats-gazetteer-hans",
        ),
    ],
)
def test_defined_alias_is_the_full_name_everywhere(nlp, text: str, full: str, alias: str) -> None:
    got = iris(nlp, text)
    assert full in got and alias in got, got
    assert len(got[full] | got[alias]) == 1, got
    ms = mentions(nlp, text)
    _, aliases = names_and_aliases(ms, ORG)
    assert alias in aliases.get(full, []) or full in aliases.get(alias, []), aliases
    # every occurrence outside the full name is a mention
    assert sum(1 for m in ms if m.text == alias) == text.count(alias) - text.count(full) * full.count(alias)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "公司擬與對方簽署協議（以下簡稱「本次交易」），本次交易金額為3億元。", id="transaction-hant"
        ),
        pytest.param(
            "公司拟与对方签署协议（以下简称“本次交易”），本次交易金额为3亿元。", id="transaction-hans"
        ),
        pytest.param("雙方將成立合資公司（以下簡稱「合資公司」），合資公司註冊資本1億元。", id="jv-hant"),
        pytest.param("双方将成立合资公司（以下简称“合资公司”），合资公司注册资本1亿元。", id="jv-hans"),
    ],
)
def test_definitions_of_non_entities_define_nothing(nlp, text: str) -> None:
    got = iris(nlp, text)
    assert not any(k.startswith(("本次", "合資", "合资")) for k in got), got


@pytest.mark.parametrize(
    ("text", "alias", "iri"),
    [
        pytest.param(
            "兆豐國際商業銀行（以下簡稱「兆豐行」）擔任主辦行，兆豐行表示。",
            "兆豐行",
            "org/mega-bank",
            id="known-defined-hant",
        ),
        pytest.param(
            "兆丰国际商业银行（以下简称“兆丰行”）担任主办行，兆丰行表示。",
            "兆丰行",
            "org/mega-bank",
            id="known-defined-hans",
        ),
    ],
)
def test_an_alias_of_a_known_entity_is_one_of_its_labels(nlp, text: str, alias: str, iri: str) -> None:
    from pipeline.model.records import Article
    from pipeline.nlp.extract import run

    doc = run(nlp, Article(key="t", text=text, source="test", content_hash="0"))
    got = {m.text: m.iri for m in doc._.mentions}
    assert got.get(alias) == "https://w3id.org/finkg/id/" + iri, got
    assert (alias, "") in doc._.entities[got[alias]].labels


def test_aliases_reach_the_graph_as_alt_labels(nlp) -> None:
    import pyoxigraph as ox

    from pipeline.graph.mapping import article_quads
    from pipeline.model.records import Article
    from pipeline.nlp.extract import extract

    alt = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
    text = "佛山恒毅精密機械有限公司（以下簡稱「恒毅精密」）今日宣布擴產。"
    ex = extract(nlp, Article(key="t", text=text, source="test", content_hash="0"))
    iri = next(m.iri for m in ex.mentions if m.text == "恒毅精密")
    _, quads = article_quads(ex)
    labels = {q.object.value for q in quads if q.subject == ox.NamedNode(iri) and q.predicate == alt}
    assert {"恒毅精密", "佛山恒毅精密機械有限公司"} <= labels
