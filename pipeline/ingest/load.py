"""Bulk loading (``finkg load``): N-Quads shards of article graphs straight into a store.

The shards are what ``finkg extract --format nquads`` writes (or ``finkg export --format
nquads``, or any distributed run of the same extraction): each article's named graph with its
graph record. Loading skips the per-article transactions of ingest:

- embedded: Oxigraph's bulk loader (``Store.bulk_load``: parallel parsing, no transaction, the
  fastest way in) reads each shard from its path (it streams: memory stays flat whatever the
  shard size); then the same lines, their graph label cut, the graph records left out and the
  repeats within a chunk dropped, are bulk-loaded into the merged default graph, a chunk of a
  few tens of MB at a time (set semantics: a fact in many articles lands once); then the index
  files are compacted (``Store.optimize``) for the queries;
- remote: each shard is one Graph Store Protocol ``POST`` of N-Quads (a server with its own bulk
  loader — ``oxigraph load``, Virtuoso's ``ld_dir`` — is faster still), then the same merge, in
  batches of graphs.

Loading is for building a store or adding new articles to it; an article already in the store
is not replaced by a shard holding another version of it (``finkg ingest`` replaces), and such a
clash is reported after the load.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from pipeline.errors import FinkgError
from pipeline.ingest.static import ensure_static
from pipeline.model.iris import GRAPH_BASE, RECORD_BASE
from pipeline.store import EmbeddedStore, RemoteStore
from pipeline.store.base import INGEST_STAMP

#: bytes of N-Quads lines turned into merged-graph lines at a time (fewer, larger bulk loads are
#: faster: each one writes and ingests its own index files)
CHUNK = 64 << 20
#: how a line about a graph record starts
_RECORD_LINE = b"<" + RECORD_BASE.encode()
#: how the graph label of a line in a finkg graph (the last term before the final dot) starts
_GRAPH_LABEL = b" <" + GRAPH_BASE.encode()


def chunks(path: Path, size: int = CHUNK) -> Iterator[bytes]:
    """The file's bytes in pieces of about ``size``, each ending at a line end."""
    with path.open("rb") as f:
        rest = b""
        while block := f.read(size):
            block = rest + block
            cut = block.rfind(b"\n") + 1
            if cut == 0:
                rest = block
                continue
            rest = block[cut:]
            yield block[:cut]
        if rest:
            yield rest


def merged_lines(nquads: bytes) -> bytes:
    """N-Quads lines of finkg graphs as N-Triples of their facts: records dropped, graph cut,
    each line once (the facts shared by the articles of a chunk are parsed and sorted once).
    Plain bytes operations per line: a regex substitution over the chunk took twice as long."""
    facts: dict[bytes, None] = {}
    for line in nquads.split(b"\n"):
        if not line or line.startswith(_RECORD_LINE):
            continue
        cut = line.rfind(_GRAPH_LABEL)
        # the label is the last term: its IRI's end is the line's "> ."
        if cut >= 0 and line.endswith(b"> .") and line.find(b">", cut) == len(line) - 3:
            line = line[:cut] + b" ."
        facts[line] = None
    return b"\n".join(facts) + b"\n" if facts else b""


def _bulk_embedded(store: EmbeddedStore, shards: Sequence[Path]) -> None:
    """Each shard into its named graphs straight from its file, then its facts into the default graph."""
    for path in shards:
        store.oxstore.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
        for chunk in chunks(Path(path)):
            # lines the first load has just validated: parsed again without the IRI checks
            store.oxstore.bulk_load(merged_lines(chunk), format=ox.RdfFormat.N_TRIPLES, lenient=True)
    store.oxstore.flush()
    # compact the index files the bulk loads wrote: lookups afterwards are ~1.7× faster at
    # 5,000 articles (the named queries are index lookups), for ~3 % of the load time
    store.oxstore.optimize()


@dataclass(frozen=True)
class LoadSummary:
    shards: int
    bytes: int
    quads: int  # quads in the store after the load, the merged graph included
    facts: int  # triples of the merged graph
    articles: int
    seconds_load: float
    seconds_merge: float

    def format(self) -> str:
        rate = self.quads / self.seconds_load if self.seconds_load else 0.0
        return (
            f"loaded {self.shards} shard(s), {self.bytes / 1e6:.1f} MB in {self.seconds_load:.1f} s "
            f"({rate / 1e6:.2f} M quads/s); merged graph {self.facts} facts in {self.seconds_merge:.1f} s; "
            f"{self.articles} articles"
        )


def _clashes(store: EmbeddedStore | RemoteStore) -> list[str]:
    """Graphs holding two records' stamps: an article loaded over another version of itself."""
    result = store._select(
        f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?r {INGEST_STAMP} ?a, ?b FILTER(?a != ?b) }} }}",
        union=False,
    )
    return [str(g) for (g,) in result.rows]


def load_shards(store: EmbeddedStore | RemoteStore, shards: Sequence[Path]) -> LoadSummary:
    """Bulk-load N-Quads ``shards`` into ``store`` and recompute its merged graph."""
    import time

    missing = [str(p) for p in shards if not Path(p).is_file()]
    if missing:
        raise FinkgError(f"no such shard: {', '.join(missing)}")
    size = sum(Path(p).stat().st_size for p in shards)
    start = time.perf_counter()
    try:
        if isinstance(store, EmbeddedStore):
            _bulk_embedded(store, shards)
        else:
            for path in shards:
                store.post_dataset(Path(path).read_bytes())
    except SyntaxError as e:
        raise FinkgError(f"not valid N-Quads: {e}") from e
    loaded = time.perf_counter() - start
    ensure_static(store)
    start = time.perf_counter()
    facts = store.stats().facts if isinstance(store, EmbeddedStore) else store.rebuild_merged()
    merged = time.perf_counter() - start
    clashes = _clashes(store)
    if clashes:
        raise FinkgError(
            f"{len(clashes)} article graph(s) now hold two versions (e.g. {clashes[0]}): the shards "
            "repeat articles the store already had; `finkg ingest` replaces articles, `load` only adds"
        )
    quads = len(store.oxstore) if isinstance(store, EmbeddedStore) else 0
    return LoadSummary(
        shards=len(shards),
        bytes=size,
        quads=quads,
        facts=facts,
        articles=len(store.articles()),
        seconds_load=loaded,
        seconds_merge=merged,
    )
