from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
ARTICLES = sorted((CORPUS / "articles").glob("*.txt"))


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
