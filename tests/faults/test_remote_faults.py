"""Faults around a remote store, against a real Oxigraph server on loopback: the ingest lock,
a server killed (and restarted) mid-ingest, the client timeout."""

from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from pipeline.errors import StoreError
from pipeline.ingest import IngestEvent, ingest
from pipeline.store import MEMORY, RemoteStore, open_store
from pipeline.store.lock import EXPIRES, LOCK_GRAPH, OWNER, SINCE, IngestLock
from tests.faults.common import ARTICLES, per_article
from tests.servers import free_port, wait_for
from tests.store.test_server import _oxigraph

pytestmark = pytest.mark.slow

FILES = [str(a) for a in ARTICLES]


class Server:
    """``oxigraph serve`` on a loopback port, which a test may kill and start again."""

    def __init__(self, location: Path) -> None:
        self.location = location
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [_oxigraph(), "serve", "--location", str(self.location), "--bind", f"127.0.0.1:{self.port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(f"{self.url}/query?query=ASK%7B%7D", self.process, 30, lambda: "oxigraph did not start")

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    running = Server(tmp_path / "oxigraph")
    running.start()
    try:
        yield running
    finally:
        running.kill()


@pytest.fixture(scope="module")
def clean(nlp: Language) -> dict[str, int]:
    with open_store(MEMORY) as store:
        ingest(FILES, store, workers=0, nlp=nlp)
        return per_article(store)


def _lock(url: str, wait: float = 0.5) -> IngestLock:
    store = RemoteStore(url)
    return IngestLock(url, store._update, store._select, wait=wait)


def test_a_second_ingest_waits_then_refuses(server: Server, nlp: Language) -> None:
    holder = _lock(server.url)
    holder.acquire()
    other = RemoteStore(server.url, lock_wait=0.5)
    with pytest.raises(StoreError, match=r"is being written by another ingest: .* pid \d+ .*waited 0.5 s"):
        ingest(FILES[:1], other, workers=0, nlp=nlp)
    assert other.articles() == [], "the refused ingest wrote nothing"
    holder.release()
    assert ingest(FILES[:1], other, workers=0, nlp=nlp).new == 1
    assert other.query(f"ASK {{ GRAPH <{LOCK_GRAPH}> {{ ?s ?p ?o }} }}").boolean is False, "released"


def _stale_claim(store: RemoteStore, owner: str, expires: dt.datetime) -> None:
    store._update(
        f'INSERT DATA {{ GRAPH <{LOCK_GRAPH}> {{ <urn:finkg:lock:old> {OWNER} "{owner}" ; '
        f'{SINCE} "2000-01-01T00:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> ; '
        f'{EXPIRES} "{expires.isoformat()}"^^<http://www.w3.org/2001/XMLSchema#dateTime> }} }}'
    )


def _dead_pid() -> int:
    child = subprocess.Popen(["true"])
    child.wait()
    return child.pid


@pytest.mark.parametrize(
    ("owner", "expires_in"),
    [
        pytest.param("elsewhere pid 1", -60.0, id="expired"),
        pytest.param(f"{socket.gethostname()} pid {{dead}}", 3600.0, id="process-gone"),
    ],
)
def test_a_stale_lock_is_taken_over(server: Server, owner: str, expires_in: float) -> None:
    store = RemoteStore(server.url)
    moment = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=expires_in)
    _stale_claim(store, owner.format(dead=_dead_pid()), moment)
    lock = _lock(server.url)
    lock.acquire()
    rows = store.query(f"SELECT ?c WHERE {{ GRAPH <{LOCK_GRAPH}> {{ ?c {OWNER} ?o }} }}").rows
    assert [str(c) for (c,) in rows] == [lock.node]
    lock.release()


def test_a_live_lock_of_this_host_is_respected(server: Server) -> None:
    store = RemoteStore(server.url)
    _stale_claim(
        store, f"{socket.gethostname()} pid {os.getpid()}", dt.datetime.now(dt.UTC) + dt.timedelta(1)
    )
    with pytest.raises(StoreError, match="being written by another ingest"):
        _lock(server.url, wait=0.3).acquire()


def _on_first_write(action: object) -> object:
    done: list[bool] = []

    def progress(event: IngestEvent) -> None:
        if event.status == "new" and not done:
            done.append(True)
            action()  # type: ignore[operator]

    return progress


def test_a_server_restarted_mid_ingest_is_waited_for(
    server: Server, nlp: Language, clean: dict[str, int]
) -> None:
    def restart() -> None:
        server.kill()
        threading.Thread(target=lambda: (time.sleep(1.0), server.start()), daemon=True).start()

    store = RemoteStore(server.url, retry_for=60)
    summary = ingest(FILES, store, workers=0, nlp=nlp, progress=_on_first_write(restart))  # type: ignore[arg-type]
    assert (summary.new, summary.failed, summary.stopped) == (len(FILES), (), "")
    assert store.retries > 0, "the server was really gone for a while"
    assert per_article(store) == clean


def test_a_server_gone_for_good_ends_with_the_summary(
    server: Server, nlp: Language, clean: dict[str, int]
) -> None:
    store = RemoteStore(server.url, retry_for=1.5)
    summary = ingest(FILES, store, workers=0, nlp=nlp, progress=_on_first_write(server.kill))  # type: ignore[arg-type]
    assert summary.new == 1 and summary.exit_status == 1
    assert summary.stopped.startswith(f"cannot reach the SPARQL endpoint {server.url}")
    assert "stopped: cannot reach" in summary.format()
    assert any("lock was not released" in message for _, message in summary.warnings)
    server.start()
    stored = per_article(store)
    assert stored == {g: clean[g] for g in stored} and len(stored) == 1, "the one written is whole"


def test_a_query_past_the_client_timeout_is_said_so(server: Server) -> None:
    store = RemoteStore(server.url, timeout=1)
    ingest_free = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    store._update("INSERT DATA { " + " ".join(f"<urn:s{i}> <urn:p> {i} ." for i in range(300)) + " }")
    with pytest.raises(StoreError, match=r"sent no answer within 1 s \(the client's timeout"):
        store.query(ingest_free)


_OTHER_INGEST = """
import sys
from pipeline.ingest import ingest
from pipeline.store import RemoteStore
summary = ingest(sys.argv[2:], RemoteStore(sys.argv[1], lock_wait=240), workers=0)
print(summary.new, summary.unchanged, len(summary.failed))
"""


def test_two_ingests_at_once_take_turns(server: Server, nlp: Language, clean: dict[str, int]) -> None:
    from pipeline.graph.shapes import validate
    from tests.conftest import ROOT

    other = subprocess.Popen(
        [sys.executable, "-c", _OTHER_INGEST, server.url, *FILES],
        stdout=subprocess.PIPE,
        cwd=ROOT,
    )
    store = RemoteStore(server.url, lock_wait=240)
    ours = ingest(FILES, store, workers=0, nlp=nlp)
    out, _ = other.communicate(timeout=300)
    new, unchanged, failed = (int(n) for n in out.split())
    assert (ours.new + new, ours.unchanged + unchanged, failed, ours.failed) == (
        len(FILES),
        len(FILES),
        0,
        (),
    )
    assert per_article(store) == clean
    assert validate(store.statements(include_static=False)).conforms
