"""The worker pool: a lost worker fails only its articles, workers die with their parent, and a
stream of JSON lines is committed article by article as it arrives."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from pipeline.ingest import IngestEvent, ingest
from pipeline.store import MEMORY, open_store
from tests.conftest import ROOT

LINE = '{{"id": "{key}", "text": "輝達宣布將投資OpenAI最多{n}億美元。"}}\n'


class _Killer:
    """The real pipeline, except that an article saying KILL-THE-WORKER kills its process."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def make_doc(self, text: str) -> Any:
        if "KILL-THE-WORKER" in text:
            os.kill(os.getpid(), signal.SIGKILL)
        return self.nlp.make_doc(text)

    def __call__(self, doc: Any) -> Any:
        return self.nlp(doc)


def test_a_lost_worker_fails_only_its_articles(tmp_path: Path, nlp: Language) -> None:
    news = tmp_path / "news.jsonl"
    lines = [LINE.format(key=f"k{i}", n=100 + i) for i in range(6)]
    lines.insert(3, '{"id": "doomed", "text": "KILL-THE-WORKER 輝達投資OpenAI。"}\n')
    news.write_text("".join(lines), encoding="utf-8")
    with open_store(MEMORY) as store:
        summary = ingest([str(news)], store, workers=2, nlp=_Killer(nlp))  # type: ignore[arg-type]
        assert summary.new == 6, "the run went on, with a new worker"
        where = [source for source, _ in summary.failed]
        assert where == [f"{news}:4 (id doomed)"], "only the article it held"
        (reason,) = [reason for _, reason in summary.failed]
        assert "killed (SIGKILL)" in reason
        assert sorted(a.key for a in store.articles()) == [f"k{i}" for i in range(6)]


_PRODUCER = """
import sys, time
from pathlib import Path
line, flag = sys.argv[1], Path(sys.argv[2])
sys.stdout.write(line.format(key="first", n=100)); sys.stdout.flush()
deadline = time.monotonic() + 120
while not flag.exists():
    if time.monotonic() > deadline:
        sys.exit(3)  # the first article was never committed while the stream stayed open
    time.sleep(0.05)
sys.stdout.write(line.format(key="second", n=200))
"""


def test_stdin_json_lines_are_committed_as_they_arrive(tmp_path: Path, nlp: Language) -> None:
    """The producer sends its second line only once the first article is in the store."""
    flag = tmp_path / "first-written"
    producer = subprocess.Popen([sys.executable, "-c", _PRODUCER, LINE, str(flag)], stdout=subprocess.PIPE)
    assert producer.stdout is not None
    events: list[str] = []

    def progress(event: IngestEvent) -> None:
        events.append(f"{event.key} {event.status}")
        flag.touch()

    with open_store(MEMORY) as store:
        summary = ingest(["-"], store, workers=1, nlp=nlp, stdin=producer.stdout, progress=progress)
    assert producer.wait(timeout=60) == 0, "the first line was committed while the stream was open"
    producer.stdout.close()
    assert events == ["first new", "second new"]
    assert summary.new == 2


_ORPHAN = """
import sys, time
from pipeline.ingest import ingest
from pipeline.store import MEMORY, open_store
with open_store(MEMORY) as store:
    ingest(["-"], store, workers=2, progress=lambda e: print("wrote", flush=True))
"""


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_workers_die_with_their_parent() -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", _ORPHAN],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=ROOT,
    )
    assert parent.stdin is not None and parent.stdout is not None
    try:
        parent.stdin.write(json.dumps({"id": "a", "text": "輝達投資OpenAI。"}).encode() + b"\n")
        parent.stdin.flush()
        assert parent.stdout.readline().strip() == b"wrote"
        workers = _children(parent.pid)
        assert len(workers) == 2
        parent.kill()
        parent.wait()
        deadline = time.monotonic() + 20
        while any(Path(f"/proc/{w}").exists() and "Z" not in _state(w) for w in workers):
            assert time.monotonic() < deadline, "a worker outlived its parent"
            time.sleep(0.1)
    finally:
        if parent.poll() is None:
            parent.kill()
        parent.stdin.close()
        parent.stdout.close()


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"
