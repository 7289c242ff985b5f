from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import ARTICLES


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_doc_text_is_the_article(nlp, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert len(doc._.view) == len(text)
    pos = 0
    for token in doc:
        assert token.idx == pos
        pos += len(token.text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("AI晶片龍頭輝達正準備對xAI進行投資", "輝達"),
        ("約新台幣647億元", "新台幣"),
        ("位於美國田納西州孟斐斯", "田納西州"),
        ("执行长黄仁勋表示", "黄仁勋"),
    ],
)
def test_traditional_segments_like_simplified(nlp, text: str, word: str) -> None:
    words = [t.text for t in nlp.make_doc(text)]
    assert word in words, words


def test_no_global_jieba_state(nlp) -> None:
    import jieba

    nlp.make_doc("輝達投資xAI")
    assert jieba.dt.initialized is False


# ---- the rjieba backend segments exactly like jieba ------------------------------------------

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = sorted(
    [
        *ARTICLES,
        *(ROOT / "tests" / "data" / "devset2" / "tune" / "articles").glob("*.txt"),
        *(ROOT / "tests" / "data" / "unseen_articles").glob("*.txt"),
    ]
)


@pytest.fixture(scope="module")
def jieba_nlp():
    from pipeline.nlp.wiring import build_nlp

    return build_nlp(segmenter="jieba")


def test_rjieba_is_the_default_backend(nlp) -> None:
    assert nlp.tokenizer.backend == "rjieba"


def test_an_unknown_backend_is_refused() -> None:
    from spacy.vocab import Vocab

    from pipeline.nlp.tokenizer import T2SJiebaTokenizer
    from pipeline.text.view import text_view

    with pytest.raises(ValueError, match="unknown segmenter backend 'pkuseg'"):
        T2SJiebaTokenizer(Vocab(), text_view(), backend="pkuseg")  # type: ignore[arg-type]


def test_the_segmenter_is_built_by_a_thread_that_build_nlp_waits_for(nlp) -> None:
    """initialize() hands the segmenter to a thread (jieba-rs reads its dictionary while the
    other components initialise); build_nlp returns once it is built, so none is left running
    (a forked ingest worker would wait for it for ever)."""
    import threading

    assert not [t for t in threading.enumerate() if t.name == "finkg-segmenter"]
    assert nlp.tokenizer.segmenter is not None and nlp.tokenizer._building is None


def test_a_segmenter_that_fails_to_build_fails_the_first_tokenisation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from spacy.vocab import Vocab

    from pipeline.nlp import tokenizer
    from pipeline.text.view import text_view

    class Broken:
        def __init__(self, *args: object, **kwargs: object):
            raise OSError("the dictionary cannot be read")

    monkeypatch.setitem(tokenizer.SEGMENTERS, "rjieba", Broken)  # type: ignore[arg-type]
    tok = tokenizer.T2SJiebaTokenizer(Vocab(), text_view())
    tok.initialize(with_gazetteer=False)
    with pytest.raises(OSError, match="cannot be read"):
        tok("輝達宣布收購台積電旗下工廠")


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_rjieba_words_equal_jieba_words_on_every_bundled_article(nlp, jieba_nlp, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert [t.text for t in nlp.make_doc(text)] == [t.text for t in jieba_nlp.make_doc(text)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("2025-10-08公告，GPT-4與DeepSeek-R1（NVDA-US）", id="hyphenated-ascii"),
        pytest.param("股價漲5.2%至1066.93元，172.5MW，2home.co……", id="decimals-percent-dots"),
        pytest.param("中芯国际（00981.HK）涨1.47%，A+B轮融资3,000万元", id="tickers-and-signs"),
    ],
)
def test_rjieba_splits_ascii_runs_the_way_jieba_does(nlp, jieba_nlp, text: str) -> None:
    assert [t.text for t in nlp.make_doc(text)] == [t.text for t in jieba_nlp.make_doc(text)]


_PIECES = [
    "輝達",
    "向",
    "OpenAI",
    "投資",
    "1000億美元",
    "（約新台幣3兆元）",
    "，",
    "。",
    "2025-10-08",
    "GPT-4",
    "5.2%",
    "1,234.5",
    "NVDA-US",
    "x.AI",
    "3億2千萬",
    "聯貸",
    "聯貸案",
    "由",
    "台灣銀行",
    "統籌主辦",
    "資料中心",
    "中芯国际",
    "拟",
    "募资",
    "人民币",
    "亿元",
    "用于",
    "扩产",
    "AB-1",
    "#1",
    "R&D",
    "50~60",
    "-",
    ".",
    " ",
    "國發基金",
    "旗下",
    "鴻海",
    "Foxconn",
    "USD",
    "A+",
    "1.6億股",
    "每股",
    "0.01",
    "美元",
    "…",
    "%",
    "丹斯里",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30))
def test_rjieba_equals_jieba_on_mixtures(nlp, jieba_nlp, pieces: list[str]) -> None:
    text = "".join(pieces)
    assert [t.text for t in nlp.make_doc(text)] == [t.text for t in jieba_nlp.make_doc(text)]


@pytest.mark.xfail(
    strict=True,
    reason="two segmentations of exactly equal probability (the same words in another order): "
    "jieba keeps the longer first word, jieba-rs the shorter; only a repeated character run makes "
    "such a tie (hypothesis found 案案案案案 when 案 was one of the pieces above)",
)
@pytest.mark.parametrize(
    "text", [pytest.param("案案案案案", id="repeated-run"), pytest.param("聯貸案案案案案", id="after-a-word")]
)
def test_rjieba_equals_jieba_on_an_exact_tie(nlp, jieba_nlp, text: str) -> None:
    assert [t.text for t in nlp.make_doc(text)] == [t.text for t in jieba_nlp.make_doc(text)]


@pytest.mark.parametrize("backend", ["jieba", "rjieba"])
@pytest.mark.parametrize(
    ("place", "boosted"),
    [
        pytest.param("雄安新区", True, id="split-by-itself"),
        pytest.param("唐山", False, id="whole-by-itself"),
    ],
)
def test_a_place_is_added_only_where_jieba_splits_it(backend: str, place: str, boosted: bool) -> None:
    """Places are soft words: jieba gets one only when it would cut it; a dictionary word stays
    as it is, so hundreds of city names do not shift every other split."""
    from pipeline.nlp.tokenizer import SEGMENTERS

    plain = SEGMENTERS[backend]([], soft=[])
    seg = SEGMENTERS[backend]([], soft=[place])
    assert list(seg.cut(place)) == [place]
    assert (list(plain.cut(place)) != [place]) == boosted


@pytest.mark.parametrize(
    "word", [pytest.param("報到", id="dictionary-word"), pytest.param("遠帆智算", id="new-word")]
)
def test_a_domain_word_replaces_its_dictionary_frequency_as_in_jieba_rs(word: str) -> None:
    """jieba-rs gives a word it knows the new frequency in place of the old one; the Python
    backend does the same, so the totals (and the near-tie splits) of the two agree."""
    from pipeline.nlp.tokenizer import make_jieba
    from pipeline.text.view import text_view

    w = text_view()(word)
    plain = make_jieba([])
    tok = make_jieba([w])
    assert tok.total == plain.total - plain.FREQ.get(w, 0) + tok.FREQ[w]
