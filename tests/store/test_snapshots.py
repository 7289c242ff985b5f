"""Readers of a store being written open the writer's newest snapshot, not the live files
(:mod:`pipeline.store.snapshots`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
import time
from concurrent import futures
from pathlib import Path

import pyoxigraph as ox
import pytest

from pipeline.errors import StoreError
from pipeline.model.iris import GRAPH_BASE
from pipeline.store import EmbeddedStore, GraphRecord
from pipeline.store import snapshots as snaps
from pipeline.store.location import check_location, is_database
from tests.faults.common import copies, per_article

FINKG = str(Path(sys.executable).with_name("finkg"))


def _record(key: str) -> GraphRecord:
    return GraphRecord(graph=f"{GRAPH_BASE}{key}", key=key, stamp="s")


def _write(store: EmbeddedStore, key: str) -> None:
    s, p = ox.NamedNode(f"http://example.org/{key}"), ox.NamedNode("http://example.org/p")
    store.replace_graph(_record(key), [ox.Triple(s, p, ox.Literal(key))])


def _keys(location: Path) -> set[str]:
    with EmbeddedStore(location, read_only=True) as reader:
        return {r.key or "" for r in reader.articles()}


def _folder(location: Path) -> Path:
    return location / snaps.SNAPSHOTS


def _names(location: Path) -> list[str]:
    return sorted(p.name for p in _folder(location).iterdir() if p.name.isdigit())


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.mark.parametrize(
    ("every", "writes", "names"),
    [
        pytest.param(3600.0, 3, ["000001"], id="only-the-opening-one-within-the-interval"),
        pytest.param(0.0, 1, ["000001", "000002"], id="one-after-a-write-past-the-interval"),
        pytest.param(0.0, 4, ["000004", "000005"], id="the-newest-two-kept"),
    ],
)
def test_the_writer_publishes_and_prunes_snapshots(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, every: float, writes: int, names: list[str]
) -> None:
    monkeypatch.setenv(snaps.EVERY_ENV, str(every))
    location = tmp_path / "store"
    with EmbeddedStore(location) as store:
        for i in range(writes):
            _write(store, f"a{i}")
            store.settle()  # the snapshot after a write is taken in the background
        assert _names(location) == names
        assert (_folder(location) / snaps.MARKER).read_text().split() == [names[-1], str(os.getpid())]
        assert is_database(location)
    assert not _folder(location).exists(), "the snapshots outlive the write session"


def test_a_reader_during_a_write_sees_the_snapshot_not_the_live_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(snaps.EVERY_ENV, "3600")
    location = tmp_path / "store"
    with EmbeddedStore(location) as store:
        _write(store, "a")
        assert store._snapshots is not None
        store._snapshots.publish()
        _write(store, "b")  # committed, but no snapshot yet
        assert _keys(location) == {"a"}
    assert _keys(location) == {"a", "b"}


@pytest.mark.parametrize(
    ("marker", "keys"),
    [
        pytest.param("000001 {dead}", {"a", "b"}, id="a-dead-writer-s-marker-ignored"),
        pytest.param("000001 not-a-pid", {"a", "b"}, id="a-garbled-marker-ignored"),
        pytest.param("../x {live}", {"a", "b"}, id="a-marker-naming-no-snapshot-ignored"),
    ],
)
def test_a_stale_marker_is_ignored_by_readers_and_cleaned_by_the_next_writer(
    tmp_path: Path, marker: str, keys: set[str]
) -> None:
    location = tmp_path / "store"
    with EmbeddedStore(location) as store:
        _write(store, "a")
        _write(store, "b")
    _folder(location).mkdir()
    (_folder(location) / "000001").mkdir()
    (_folder(location) / snaps.MARKER).write_text(marker.format(dead=_dead_pid(), live=os.getpid()))
    assert _keys(location) == keys
    check_location(str(location), read_only=True)
    check_location(str(location), read_only=False)
    with EmbeddedStore(location):
        assert _names(location) == ["000001"]
        assert (_folder(location) / snaps.MARKER).read_text().split()[1] == str(os.getpid())
    assert not _folder(location).exists()


def test_a_folder_holding_only_snapshots_is_empty_to_the_location_checks(tmp_path: Path) -> None:
    (tmp_path / snaps.SNAPSHOTS).mkdir()
    check_location(str(tmp_path), read_only=False)  # no "holds other files" refusal


READER = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from pipeline.store import EmbeddedStore
    from pipeline.store.snapshots import current
    from tests.faults.common import per_article
    location, stop = Path(sys.argv[1]), Path(sys.argv[2])
    while not stop.exists():
        if (location / "CURRENT").exists():
            snapshot = current(location) is not None
            with EmbeddedStore(location, read_only=True) as store:
                print(json.dumps([snapshot, per_article(store)]), flush=True)
    """
)


@pytest.mark.slow
def test_a_reader_process_during_a_real_ingest_sees_whole_articles_only(tmp_path: Path) -> None:
    folder = copies(tmp_path / "articles", 3)  # 9 small articles
    location, stop = tmp_path / "store", tmp_path / "stop"
    root = Path(__file__).resolve().parents[2]
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(location), str(stop)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    try:
        done = subprocess.run(
            [FINKG, "ingest", str(folder), "--store", str(location), "-j", "0"],
            capture_output=True,
            check=False,
        )
        time.sleep(0.5)
    finally:
        stop.touch()
        out, err = reader.communicate(timeout=120)
    assert done.returncode == 0, done.stderr.decode()
    assert reader.returncode == 0, err.decode()
    with EmbeddedStore(location, read_only=True) as store:
        clean = per_article(store)  # the ingest's end state: every article whole
    reads = [json.loads(line) for line in out.decode().splitlines()]
    assert any(snapshot for snapshot, _ in reads), "no read during the ingest"
    seen = [articles for _, articles in reads]
    partial = [s for s in seen if {g: clean.get(g) for g in s} != s]
    assert not partial, (partial[:1], clean)
    sizes = [len(s) for s in seen]
    assert sizes == sorted(sizes), "a reader saw fewer articles than an earlier one"
    assert seen[-1] == clean
    assert not _folder(location).exists()


@pytest.mark.parametrize(
    "given", [pytest.param("soon", id="not-a-number"), pytest.param("-1", id="negative")]
)
def test_a_bad_snapshot_interval_is_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given: str
) -> None:
    monkeypatch.setenv(snaps.EVERY_ENV, given)
    with pytest.raises(StoreError, match=rf"\$FINKG_SNAPSHOT_EVERY must be a number of seconds .*{given!r}"):
        EmbeddedStore(tmp_path / "store")


@pytest.fixture
def eager(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store location whose writer takes a snapshot after every write."""
    monkeypatch.setenv(snaps.EVERY_ENV, "0")
    return tmp_path / "store"


def _blocked_publish(
    store: EmbeddedStore, monkeypatch: pytest.MonkeyPatch
) -> tuple[threading.Event, list[int]]:
    """The store's snapshots made to wait for an event; returns it and the calls, counted."""
    assert store._snapshots is not None
    release, calls = threading.Event(), []
    publish = store._snapshots.publish

    def waiting() -> Path:
        calls.append(1)
        release.wait(timeout=30)
        return publish()

    monkeypatch.setattr(store._snapshots, "publish", waiting)
    return release, calls


def test_the_snapshot_after_a_write_runs_in_the_background_one_at_a_time(
    eager: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = eager
    with EmbeddedStore(location) as store:
        release, calls = _blocked_publish(store, monkeypatch)
        _write(store, "a")  # returns while its snapshot waits
        _write(store, "b")  # no second snapshot while the first runs
        assert calls == [1]
        assert _keys(location) == set(), "readers still see the opening snapshot"
        release.set()
        store.settle()
        assert _keys(location) == {"a", "b"}, "a checkpoint taken after both writes holds both"
        _write(store, "c")
        store.settle()
        assert len(calls) == 2
    assert _keys(location) == {"a", "b", "c"}


def test_closing_waits_for_the_snapshot_running_in_the_background(
    eager: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = eager
    store = EmbeddedStore(location)
    release, calls = _blocked_publish(store, monkeypatch)
    _write(store, "a")
    threading.Timer(0.2, release.set).start()
    store.close()
    assert calls == [1]
    assert not _folder(location).exists(), "the snapshot finished, then all were deleted"
    assert _keys(location) == {"a"}


def test_a_failed_background_snapshot_is_a_store_error_at_the_next_write(
    eager: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with EmbeddedStore(eager) as store:
        assert store._snapshots is not None

        def full() -> Path:
            raise OSError("No space left on device")

        monkeypatch.setattr(store._snapshots, "publish", full)
        _write(store, "a")
        assert store._upkeep is not None
        futures.wait([store._upkeep])  # (the failure is in)
        with pytest.raises(StoreError, match=r"cannot flush or snapshot the store .*No space left"):
            _write(store, "b")
        store.settle()  # reported once
