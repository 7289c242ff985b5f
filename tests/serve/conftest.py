from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.store import open_store
from tests.conftest import CORPUS

#: a Traditional Taiwanese article with many deals and conversions, one with OpenAI's deals,
#: and a Simplified mainland one
ARTICLES = ("000_0f49195ad08e850a", "004_c8aa1510d3c34ddc", "03_chengdi-xiangjiang-idc-contract")


@pytest.fixture(scope="session")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding a few corpus articles, ingested by the real CLI."""
    path = tmp_path_factory.mktemp("serve") / "store"
    paths = [str(CORPUS / "articles" / f"{key}.txt") for key in ARTICLES]
    result = CliRunner().invoke(main, ["ingest", *paths, "--store", str(path)])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="session")
def store(store_dir: Path) -> Iterator[Any]:
    opened = open_store(store_dir, read_only=True)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def client(store: Any) -> Iterator[Any]:
    from starlette.testclient import TestClient

    from pipeline.serve.app import create_app

    with TestClient(create_app(store)) as c:
        yield c
