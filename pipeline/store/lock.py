"""The ingest lock of a remote store: one writing ingest per SPARQL endpoint at a time.

An embedded store is locked by RocksDB itself (a second writer cannot open it). A SPARQL server
has no such lock, and two ingests into one endpoint interleave their bookkeeping (measured on
main: two records' ``fin:ingestedAt`` on one graph, so SHACL fails). So an ingest first writes
a *claim* into the lock graph (:data:`LOCK_GRAPH`, outside the article graphs: no export, no
statistics see it)::

    <urn:finkg:lock:UUID> fin:lockOwner "host pid 1234" ;
        fin:lockSince ?server-now ; fin:lockExpires "…"^^xsd:dateTime .

then reads every claim. The oldest live claim (by the server's clock, then by IRI) holds the
lock; a younger one withdraws its claim and tries again until ``wait`` seconds have passed, then
the ingest refuses with a message naming the holder. Two claimants that raced both see both
claims and agree on the holder; one that claimed after the holder read the claims sees the
holder's. A claim is *stale* — and deleted by the next claimant — once it expired (``ttl``
seconds after its last renewal, by the claimant's clock) or when it names a process of this
host that no longer runs (an ingest killed by ``kill -9``). The holder renews its claim before
a write when a third of ``ttl`` has passed, and claims again (waiting its turn) if it lost it.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.errors import StoreError
from pipeline.graph.namespace import FIN_BASE
from pipeline.model.iris import ID_BASE
from pipeline.store.conversion import sparql_string
from pipeline.store.host import alive
from pipeline.store.results import QueryResult

#: the graph holding the claims (no record: not an article graph, never exported)
LOCK_GRAPH = ID_BASE + "lock"
OWNER = f"<{FIN_BASE}lockOwner>"
SINCE = f"<{FIN_BASE}lockSince>"
EXPIRES = f"<{FIN_BASE}lockExpires>"
XSD_DATETIME = "<http://www.w3.org/2001/XMLSchema#dateTime>"
#: a claim lives this long after its last renewal (seconds)
TTL = 120.0
#: how long a second ingest waits for the lock before it refuses (seconds)
WAIT = 30.0
#: the pause between two tries while another ingest holds the lock (seconds)
POLL = 0.5


@dataclass(frozen=True)
class Claim:
    node: str
    owner: str
    since: dt.datetime
    expires: dt.datetime

    def stale(self, now: dt.datetime) -> bool:
        if self.expires <= now:
            return True
        host, _, rest = self.owner.partition(" pid ")
        if host != socket.gethostname() or not rest.isdigit():
            return False
        return not alive(int(rest))

    def describe(self) -> str:
        return (
            f"{self.owner} (since {self.since.isoformat()}, until {self.expires.isoformat()} unless renewed)"
        )


def _moment(value: object) -> dt.datetime:
    """An xsd:dateTime as an aware datetime (UTC when it names no zone; unreadable: the epoch)."""
    try:
        moment = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return dt.datetime.min.replace(tzinfo=dt.UTC)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _literal(moment: dt.datetime) -> str:
    return f"{sparql_string(moment.isoformat())}^^{XSD_DATETIME}"


class IngestLock:
    """The claim of one ingest on one endpoint; ``update`` and ``select`` run SPARQL on it."""

    def __init__(
        self,
        location: str,
        update: Callable[[str], None],
        select: Callable[[str], QueryResult],
        ttl: float = TTL,
        wait: float = WAIT,
    ) -> None:
        self.location = location
        self._update = update
        self._select = select
        self.ttl = ttl
        self.wait = wait
        self.node = f"urn:finkg:lock:{uuid.uuid4()}"
        self.owner = f"{socket.gethostname()} pid {os.getpid()}"
        self.held = False
        self._renewed = 0.0

    def _claims(self) -> list[Claim]:
        rows = self._select(
            f"SELECT ?c ?o ?s ?e WHERE {{ GRAPH <{LOCK_GRAPH}> {{ ?c {OWNER} ?o ; {SINCE} ?s ; "
            f"{EXPIRES} ?e }} }}"
        ).rows
        return [Claim(str(n), str(o), _moment(s), _moment(e)) for n, o, s, e in rows]

    def _withdraw(self, nodes: list[str]) -> None:
        if nodes:
            self._update(
                " ;\n".join(f"DELETE WHERE {{ GRAPH <{LOCK_GRAPH}> {{ <{n}> ?p ?o }} }}" for n in nodes)
            )

    def _claim(self) -> None:
        expires = _literal(_utc_now() + dt.timedelta(seconds=self.ttl))
        self._update(
            f"INSERT {{ GRAPH <{LOCK_GRAPH}> {{ <{self.node}> {OWNER} {sparql_string(self.owner)} ; "
            f"{SINCE} ?now ; {EXPIRES} {expires} }} }} WHERE {{ BIND(NOW() AS ?now) }}"
        )

    def _holder(self) -> Claim | None:
        """The claim holding the lock after ours was written (stale ones deleted)."""
        now = _utc_now()
        claims = self._claims()
        stale = [c for c in claims if c.stale(now) and c.node != self.node]
        self._withdraw([c.node for c in stale])
        live = sorted((c for c in claims if c not in stale), key=lambda c: (c.since, c.node))
        return live[0] if live else None

    def acquire(self) -> None:
        """Hold the lock, waiting up to ``wait`` seconds for another ingest; else ``StoreError``."""
        deadline = time.monotonic() + self.wait
        while True:
            self._claim()
            holder = self._holder()
            if holder is not None and holder.node == self.node:
                self.held = True
                self._renewed = time.monotonic()
                return
            self._withdraw([self.node])
            if holder is None and time.monotonic() < deadline:
                continue  # our claim was deleted meanwhile (taken for stale): claim again
            if time.monotonic() >= deadline:
                if holder is None:
                    raise StoreError(f"{self.location} did not keep this ingest's lock claim")
                raise StoreError(
                    f"the store at {self.location} is being written by another ingest: "
                    f"{holder.describe()}; waited {self.wait:g} s. Try again when it is done; if that "
                    f"process is gone, its lock expires by itself ({self.ttl:g} s after its last write)"
                )
            time.sleep(POLL)

    def renew_if_due(self) -> None:
        """Before a write: renew the claim when a third of its life has passed; claim again
        (waiting) when it was lost (it expired and another ingest deleted it)."""
        if not self.held or time.monotonic() - self._renewed < self.ttl / 3:
            return
        mine = [c for c in self._claims() if c.node == self.node]
        if not mine:
            self.held = False
            self.acquire()
            return
        expires = _literal(_utc_now() + dt.timedelta(seconds=self.ttl))
        self._update(
            f"DELETE WHERE {{ GRAPH <{LOCK_GRAPH}> {{ <{self.node}> {EXPIRES} ?e }} }} ;\n"
            f"INSERT DATA {{ GRAPH <{LOCK_GRAPH}> {{ <{self.node}> {EXPIRES} {expires} }} }}"
        )
        self._renewed = time.monotonic()

    def release(self) -> None:
        if self.held:
            self.held = False
            self._withdraw([self.node])
