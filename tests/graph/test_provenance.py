"""Each ingest is a prov:Activity with finkg's version and code fingerprint; links carry confidence."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from spacy.language import Language

from pipeline import __version__
from pipeline.graph.shapes import validate
from pipeline.ingest import extractor_fingerprint, ingest
from pipeline.store import MEMORY, open_store
from tests.conftest import CORPUS

SEEDS = ("01_spdb-huarui-syndicated-loan", "03_chengdi-xiangjiang-idc-contract")
ACTIVITIES = """
SELECT ?g ?activity ?version ?fingerprint ?started WHERE { GRAPH ?g {
  ?record fin:recordOf ?g ; prov:wasGeneratedBy ?activity .
  ?activity a fin:IngestActivity , prov:Activity ; fin:codeFingerprint ?fingerprint ;
      prov:wasAssociatedWith ?agent .
  ?agent a prov:SoftwareAgent ; schema:softwareVersion ?version .
  OPTIONAL { ?activity prov:startedAtTime ?started }
} } ORDER BY ?g
"""


def _prefixed(query: str) -> str:
    from pipeline.graph.queries import with_prefixes

    return with_prefixes(query)


def test_every_article_graph_points_to_its_ingest(tmp_path: Path, nlp: Language) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for stem in SEEDS:
        shutil.copy(CORPUS / "articles" / f"{stem}.txt", folder)
    first = dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    with open_store(MEMORY) as store:
        ingest([str(folder)], store, workers=1, nlp=nlp, clock=lambda: first)
        rows = store.query(_prefixed(ACTIVITIES)).rows
        assert len(rows) == 2
        assert {str(r[2]) for r in rows} == {__version__}
        assert {str(r[3]) for r in rows} == {extractor_fingerprint()}
        assert {dt.datetime.fromisoformat(str(r[4])) for r in rows} == {first}
        (activity,) = {str(r[1]) for r in rows}

        # a second run re-extracts only the edited article: only its graph points to the new run
        edited = folder / f"{SEEDS[0]}.txt"
        edited.write_text(edited.read_text(encoding="utf-8").replace("43亿", "57亿"), encoding="utf-8")
        later = first + dt.timedelta(hours=1)
        ingest([str(folder)], store, workers=1, nlp=nlp, clock=lambda: later)
        after = {str(r[0]): str(r[1]) for r in store.query(_prefixed(ACTIVITIES)).rows}
        assert sorted(v == activity for v in after.values()) == [False, True]
        assert validate(store.statements(include_static=False)).conforms


def test_without_a_clock_the_activity_depends_on_the_code_alone(nlp: Language) -> None:
    article = str(CORPUS / "articles" / f"{SEEDS[1]}.txt")
    found = []
    for _ in range(2):
        with open_store(MEMORY) as store:
            ingest([article], store, workers=1, nlp=nlp)
            found.append({(str(r[1]), r[4]) for r in store.query(_prefixed(ACTIVITIES)).rows})
    assert found[0] == found[1] and len(found[0]) == 1
    assert next(iter(found[0]))[1] is None  # no start time without a clock


def test_mentions_carry_the_confidence_of_their_link(nlp: Language) -> None:
    with open_store(MEMORY) as store:
        ingest([str(CORPUS / "articles" / f"{SEEDS[1]}.txt")], store, workers=1, nlp=nlp)
        rows = store.query(
            _prefixed(
                "SELECT ?m ?c ?known WHERE { ?m a fin:Mention ; fin:denotes ?e ; itsrdf:taConfidence ?c . "
                "?e fin:fromGazetteer ?known }"
            )
        ).rows
        untyped = store.query(
            _prefixed("ASK { ?m a fin:Mention FILTER NOT EXISTS { ?m itsrdf:taConfidence ?c } }")
        )
    assert rows and untyped.boolean is False
    assert {str(r[1].datatype) for r in rows} == {"http://www.w3.org/2001/XMLSchema#double"}  # type: ignore[union-attr]
    assert all(0 < float(r[1]) <= 1 for r in rows)
