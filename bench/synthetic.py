"""Synthetic stores with the corpus' repetition: N lightly edited copies of the corpus articles.

Copy ``i`` of a corpus article is the same text under its own key, title and date, so it
reports the same deals and entities as the original (shared nodes) with its own mentions,
figures and evidence — the way many outlets report one deal. The corpus is extracted once; each
copy's graph is the original's N-Quads with the key, title and date rewritten (what ingest would
write for such a copy: the extraction depends on the text alone), bulk-loaded through
``finkg load``'s path (:func:`pipeline.ingest.load.load_shards`), which then merges the default graph.
"""

from __future__ import annotations

import datetime as dt
import pickle
import re
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from pipeline.model.iris import segment
from pipeline.model.records import Extraction

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "corpus" / "articles"


def corpus_extractions(cache: Path | None = None) -> list[Extraction]:
    """The corpus articles, extracted once (pickled in ``cache`` when given)."""
    if cache is not None and cache.is_file():
        loaded: list[Extraction] = pickle.loads(cache.read_bytes())
        return loaded
    from pipeline.nlp.extract import extract
    from pipeline.nlp.wiring import build_nlp
    from pipeline.read.reader import read_file

    nlp = build_nlp()
    found = [extract(nlp, a) for path in sorted(ARTICLES.glob("*.txt")) for a in read_file(path)]
    if cache is not None:
        cache.write_bytes(pickle.dumps(found))
    return found


def _template(extraction: Extraction) -> tuple[str, str]:
    """The article's graph as N-Quads text (its record included), and its key's IRI segment."""
    from pipeline.graph.mapping import article_quads
    from pipeline.ingest.fingerprint import ingest_stamp
    from pipeline.store import GraphRecord

    article = extraction.article
    graph, quads = article_quads(extraction)
    record = GraphRecord(graph=graph, stamp=ingest_stamp(article.content_hash), key=article.key)
    text = (ox.serialize([*quads, *record.quads()], format=ox.RdfFormat.N_QUADS) or b"").decode()
    return text, segment(article.key)


_TITLE = re.compile(r'(<https://w3id\.org/finkg/ontology#title> ")((?:[^"\\]|\\.)*)(")')
_DATE = re.compile(r'(<https://w3id\.org/finkg/ontology#publicationDate> ")([0-9-]+)(")')


def copies(extractions: list[Extraction], n: int) -> Iterator[bytes]:
    """N-Quads of ``n`` articles: copy ``i // len(extractions)`` of each corpus article in turn."""
    templates = [_template(x) for x in extractions]
    for i in range(n):
        text, key = templates[i % len(templates)]
        copy = i // len(templates)
        if copy == 0:
            yield text.encode()
            continue
        edited = text.replace(key, f"{key}-copy{copy}")
        edited = _TITLE.sub(lambda m, c=copy: f"{m[1]}{m[2]}（{c}）{m[3]}", edited)  # type: ignore[misc]
        edited = _DATE.sub(
            lambda m, c=copy: f"{m[1]}{dt.date.fromisoformat(m[2]) + dt.timedelta(days=c % 365)}{m[3]}",  # type: ignore[misc]
            edited,
        )
        yield edited.encode()


def write_shards(extractions: list[Extraction], n: int, directory: Path, per_shard: int = 500) -> list[Path]:
    """``n`` synthetic articles as N-Quads shards of ``per_shard`` articles each."""
    directory.mkdir(parents=True, exist_ok=True)
    shards: list[Path] = []
    out = None
    for i, data in enumerate(copies(extractions, n)):
        if i % per_shard == 0:
            if out is not None:
                out.close()
            shards.append(directory / f"shard-{len(shards):04d}.nq")
            out = shards[-1].open("wb")
        assert out is not None
        out.write(data)
    if out is not None:
        out.close()
    return shards
