"""What the CLI tests share: running a command in-process, and a store ingested from a few corpus
articles with the session's pipeline."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from spacy.language import Language

from pipeline.cli import main
from tests.conftest import CORPUS


def run(*args: str | Path, ok: bool = True) -> Result:
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output
    return result


def ingested_store(factory: pytest.TempPathFactory, nlp: Language, name: str, seeds: Sequence[str]) -> Path:
    """A store holding the corpus articles ``seeds`` (file stems), ingested by ``finkg ingest``."""
    folder = factory.mktemp(name)
    for stem in seeds:
        shutil.copy(CORPUS / "articles" / f"{stem}.txt", folder)
    location = folder / "store"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("pipeline.nlp.wiring.build_nlp", lambda *args, **kwargs: nlp)
        run("ingest", folder, "--store", location)
    return location
