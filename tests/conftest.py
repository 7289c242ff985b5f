from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
ARTICLES = sorted((CORPUS / "articles").glob("*.txt"))


@pytest.fixture(scope="session")
def nlp() -> Language:
    from pipeline.nlp.wiring import build_nlp

    return build_nlp()


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS
