"""Crashes and concurrency around the embedded store, with a real `finkg ingest` process:
kill -9 of the parent, SIGTERM, reads and a second ingest meanwhile. Each checks that the store
holds whole articles only (per-article statement counts equal a clean run's) and that the next
run picks up where the last one stopped."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language

from pipeline.cli import main
from pipeline.ingest import ingest
from pipeline.store import MEMORY, EmbeddedStore, open_store
from pipeline.store.snapshots import EVERY_ENV
from tests.faults.common import copies, per_article
from tests.ingest.test_pool import _children, _state

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's"),
]

FINKG = str(Path(sys.executable).with_name("finkg"))


def _clock() -> dt.datetime:
    return dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def feed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """60 small articles as JSON lines, one per line, each keyed by its ``id``."""
    folder = copies(tmp_path_factory.mktemp("articles"), 20)
    articles = sorted(folder.iterdir())
    lines = [json.dumps({"id": a.stem, "text": a.read_text(encoding="utf-8")}) for a in articles]
    path = folder.with_name("feed.jsonl")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def clean(feed: Path, nlp: Language) -> dict[str, int]:
    with open_store(MEMORY) as store:
        ingest([str(feed)], store, workers=0, nlp=nlp, clock=_clock)
        return per_article(store)


def _read(location: Path) -> dict[str, int]:
    """What a reader sees now (a read-only snapshot; {} before the store exists)."""
    if not (location / "CURRENT").exists():
        return {}
    with EmbeddedStore(location, read_only=True) as store:
        store.stats()
        return per_article(store)


@pytest.fixture
def running(feed: Path, tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], Path]]:
    """``finkg ingest -`` fed the articles through a pipe that stays open: the ingest is still
    running (and holding the store) when the test acts, however fast it extracts and writes.
    Fed from a folder instead, 60 articles were all written within a second, and a loaded
    machine's reader saw the ingest end before the second ingest below started."""
    location = tmp_path / "store"
    process = subprocess.Popen(
        [FINKG, "ingest", "-", "--store", str(location), "-j", "2"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, EVERY_ENV: "0"},  # snapshots back to back: readers see each write soon
    )
    assert process.stdin is not None
    process.stdin.write(feed.read_bytes())
    process.stdin.flush()  # and not closed: the ingest waits for more lines
    try:
        yield process, location
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate()


def _until_written(process: subprocess.Popen[bytes], location: Path, count: int) -> list[dict[str, int]]:
    """Read the store in a loop until it holds ``count`` articles; every snapshot read."""
    seen: list[dict[str, int]] = []
    deadline = time.monotonic() + 240
    while not seen or len(seen[-1]) < count:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the ingest wrote nothing in 240 s"
        seen.append(_read(location))
        time.sleep(0.05)
    return seen


def _gone(pids: list[int]) -> bool:
    deadline = time.monotonic() + 20
    while any(Path(f"/proc/{p}").exists() and _state(p) != "Z" for p in pids):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def _whole(snapshot: dict[str, int], clean: dict[str, int]) -> None:
    assert snapshot, "nothing stored"
    assert {g: clean[g] for g in snapshot} == snapshot, "an article is stored partly"


def test_kill_9_of_the_parent_during_reads_and_a_second_ingest(
    running: tuple[subprocess.Popen[bytes], Path], clean: dict[str, int], feed: Path, nlp: Language
) -> None:
    process, location = running
    seen = _until_written(process, location, 2)
    workers = _children(process.pid)
    for snapshot in seen:  # every read during the ingest saw whole articles
        if snapshot:
            _whole(snapshot, clean)
    second = CliRunner().invoke(main, ["ingest", str(feed), "--store", str(location)])
    assert second.exit_code == 1
    assert "is being written by another process (an ingest or remove)" in second.stderr
    assert len(workers) == 2
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert _gone(workers), "a worker outlived its parent"
    stored = _read(location)
    _whole(stored, clean)
    with EmbeddedStore(location) as store:
        resumed = ingest([str(feed)], store, workers=0, nlp=nlp, clock=_clock)
        assert (resumed.new, resumed.unchanged, resumed.failed) == (len(clean) - len(stored), len(stored), ())
        assert per_article(store) == clean


def test_sigterm_ends_the_run_with_its_summary(
    running: tuple[subprocess.Popen[bytes], Path], clean: dict[str, int]
) -> None:
    process, location = running
    _until_written(process, location, 1)
    workers = _children(process.pid)
    os.kill(process.pid, signal.SIGTERM)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 128 + signal.SIGTERM, err.decode()
    assert "(interrupted)\ninterrupted by SIGTERM: the articles written are whole" in out.decode()
    assert "Traceback" not in err.decode()
    assert _gone(workers)
    _whole(_read(location), clean)
