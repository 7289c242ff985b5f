from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from spacy.language import Language

if TYPE_CHECKING:
    from pipeline.eval.report import Report
    from pipeline.store import EmbeddedStore

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
ARTICLES = sorted((CORPUS / "articles").glob("*.txt"))
TUNE = ROOT / "tests" / "data" / "devset2" / "tune"


@pytest.fixture(scope="session", autouse=True)
def _start_up_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The start-up cache (pipeline.cache) of the session in a temporary directory, not the
    user's ~/.cache: every session builds it once, then reads it back."""
    from pipeline import cache

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(cache.ENV_DIR, str(tmp_path_factory.mktemp("finkg-cache")))
        yield


@pytest.fixture(scope="session")
def nlp() -> Language:
    from pipeline.nlp.wiring import build_nlp

    return build_nlp()


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def corpus_report(nlp: Language) -> Report:
    """The corpus extracted and scored against corpus/gold, once per session."""
    from pipeline.eval.evaluate import evaluate

    return evaluate(CORPUS / "gold", CORPUS / "articles", nlp=nlp)


@pytest.fixture(scope="session")
def tune_report(nlp: Language) -> Report:
    """devset2/tune (tests/data/devset2/tune) extracted and scored, once per session."""
    from pipeline.eval.evaluate import evaluate

    return evaluate(TUNE / "gold", TUNE / "articles", nlp=nlp)


@pytest.fixture(scope="session")
def corpus_store(nlp: Language) -> Iterator[EmbeddedStore]:
    """An in-memory store with the 25 corpus articles ingested (inline), once per session.
    Read-only for the tests that use it: a test that writes makes its own store."""
    from pipeline.ingest import ingest
    from pipeline.store import MEMORY, EmbeddedStore, open_store

    store = open_store(MEMORY)
    assert isinstance(store, EmbeddedStore)
    summary = ingest([str(CORPUS / "articles")], store, workers=0, nlp=nlp)
    assert (summary.new, summary.failed) == (len(ARTICLES), ())
    yield store
    store.close()
