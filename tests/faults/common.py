"""What the crash-and-fault tests share: a few small articles, per-article triple counts."""

from __future__ import annotations

import shutil
from pathlib import Path

from pipeline.model.iris import GRAPH_BASE, STATIC_GRAPH_BASE
from pipeline.store import Store
from tests.conftest import CORPUS

#: small articles (a few seconds of extraction in all)
ARTICLES = [
    CORPUS / "articles" / "02_cdb-sci-tech-bonds.txt",
    CORPUS / "articles" / "01_spdb-huarui-syndicated-loan.txt",
    CORPUS / "articles" / "19_slvest-scientex-rooftop-solar.txt",
]

PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


def per_article(store: Store) -> dict[str, int]:
    """Each article graph's number of statements (its record and provenance included)."""
    rows = store.query(PER_GRAPH).rows
    return {
        str(g): int(str(n))
        for g, n in rows
        if str(g).startswith(GRAPH_BASE) and not str(g).startswith(STATIC_GRAPH_BASE)
    }


def copies(folder: Path, times: int) -> Path:
    """``folder`` holding ``times`` copies of each of ARTICLES under distinct names."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(times):
        for article in ARTICLES:
            shutil.copy(article, folder / f"c{i}_{article.name}")
    return folder
