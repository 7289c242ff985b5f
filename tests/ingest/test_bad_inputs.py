"""The fault suite for bad inputs (issue 11 item 10): each bad input, given to `finkg ingest`
with a good one into a store that already holds an article, gives its documented one-line
message and a non-zero exit, and leaves the store as a clean run would: the article stored
before is whole, the good input is ingested, and every article graph holds the triples a clean
run writes (per-article counts), no more, no less."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language

from pipeline.cli import main
from pipeline.ingest import ingest
from pipeline.model.iris import GRAPH_BASE
from pipeline.store import MEMORY, EmbeddedStore, open_store
from tests.conftest import CORPUS

STORED = CORPUS / "articles" / "01_spdb-huarui-syndicated-loan.txt"
GOOD_TEXT = "沃旭能源宣布投資新台幣1650億元建設大彰化西南離岸風電場，預計明年完工並開始商轉。\n"
UTF8 = "台積電宣布在美國亞利桑那州投資200億美元興建兩座晶圓廠，預計三年內量產。\n".encode()

Make = Callable[[Path], str]
NOW = dt.datetime(2024, 5, 1, 8, 0, tzinfo=dt.UTC)


def _file(name: str, data: bytes) -> Make:
    def make(folder: Path) -> str:
        (folder / name).write_bytes(data)
        return str(folder / name)

    return make


def _jsonl(*records: object) -> bytes:
    return "".join(
        (r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records
    ).encode()


def _loop(folder: Path) -> str:
    (folder / "tree" / "sub").mkdir(parents=True)
    (folder / "tree" / "sub" / "up").symlink_to("..")
    return str(folder / "tree")


def _missing(folder: Path) -> str:
    return str(folder / "nowhere.txt")


def _collision(folder: Path) -> str:
    (folder / "news.jsonl").write_bytes(
        _jsonl({"id": "good", "text": "另一篇文章：台電宣布發行公司債100億元。"})
    )
    return str(folder / "news.jsonl")


def _unreadable(folder: Path) -> str:
    (folder / "locked").mkdir()
    (folder / "locked" / "a.txt").write_bytes(UTF8)
    return str(folder / "locked")


#: (make the bad input in a folder → its argument, where the message points, the message)
CASES = [
    pytest.param(_file("empty.txt", b""), "empty.txt", r"empty file", id="empty"),
    pytest.param(_file("blank.txt", b" \n\n\t\n"), "blank.txt", r"no text \(only whitespace\)", id="blank"),
    pytest.param(
        _file("binary.txt", b"\x89PNG\r\n\x1a\n" + bytes(64) + bytes(range(1, 256))),
        "binary.txt",
        r"binary data, not text \(NUL bytes, the first at byte 8\)",
        id="binary",
    ),
    pytest.param(
        _file("truncated.txt", UTF8[:-2]),
        "truncated.txt",
        rf"truncated UTF-8: incomplete character at byte {len(UTF8) - 4}, the end",
        id="truncated-utf8",
    ),
    pytest.param(
        _file("cut.txt", UTF8[:31] + UTF8[32:]),
        "cut.txt",
        r"invalid UTF-8 at byte 30 \(invalid continuation byte\); the rest is UTF-8: "
        "a byte cut or damaged there",
        id="byte-cut-mid-file",
    ),
    pytest.param(
        _file("latin1.txt", "Zürich café".encode("latin-1")),
        "latin1.txt",
        r"cannot decode: neither UTF-8, Big5 nor GB18030 text \(the first invalid UTF-8 byte is byte 1\)",
        id="undecodable",
    ),
    pytest.param(
        _file("big.txt", UTF8 * 400),
        "big.txt",
        rf"too large: .* \({len(UTF8) * 400} bytes\), over the limit of 20 kB \(20000 bytes\) per article; "
        r"raise it with --max-bytes",
        id="over-size",
    ),
    pytest.param(
        _file("bad.jsonl", _jsonl('{"id": "x-1", "text": ')),
        "bad.jsonl:1",
        r"invalid JSON \(Expecting value, column \d+\)",
        id="malformed-json-line",
    ),
    pytest.param(
        _file("notext.jsonl", _jsonl({"id": "x-2", "title": "標題"})),
        "notext.jsonl:1",
        r'no "text" string in the object \(id x-2\)',
        id="json-record-without-text",
    ),
    pytest.param(
        _file("date.jsonl", _jsonl({"id": "x-3", "text": GOOD_TEXT, "date": "someday"})),
        "date.jsonl:1",
        r"unreadable date 'someday' \(id x-3\)",
        id="json-record-bad-date",
    ),
    pytest.param(
        _file("long.jsonl", _jsonl({"id": "x-4", "text": "長" * 8000})),
        "long.jsonl:1",
        r"too large: over the limit of 20 kB \(20000 bytes\) per article; raise it with --max-bytes",
        id="json-record-over-size",
    ),
    pytest.param(
        _file("nobody.html", b"<html><head><title>t</title></head><body><nav>menu</nav></body></html>"),
        "nobody.html",
        r"no article text found in the HTML page",
        id="html-without-body",
    ),
    pytest.param(_missing, "nowhere.txt", r"no such file or directory", id="missing-path"),
    pytest.param(
        _loop,
        "tree/sub/up",
        r"symbolic link loop \(leads back into a directory being walked\), not followed",
        id="loop",
    ),
    pytest.param(
        _unreadable, "locked", r"cannot read the directory: Permission denied", id="unreadable-directory"
    ),
    pytest.param(
        _collision,
        "news.jsonl:1 (id good)",
        r"key 'good' is already the key of .*good\.txt in this run, with another text; not ingested",
        id="key-collision",
    ),
]


def _counts(store: EmbeddedStore) -> dict[str, int]:
    """Quads per article graph (its record and provenance included)."""
    out: dict[str, int] = {}
    for quad in store.oxstore:
        graph = quad.graph_name
        if hasattr(graph, "value") and graph.value.startswith(GRAPH_BASE) and "/static/" not in graph.value:
            out[graph.value] = out.get(graph.value, 0) + 1
    return out


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("good") / "good.txt"
    path.write_text(GOOD_TEXT, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def clean(good: Path, nlp: Language) -> dict[str, int]:
    """The per-article counts of a clean run: the stored article and the good one."""
    with open_store(MEMORY) as store:
        assert isinstance(store, EmbeddedStore)
        summary = ingest([str(STORED), str(good)], store, workers=0, nlp=nlp, clock=lambda: NOW)
        assert summary.ok and summary.new == 2
        return _counts(store)


@pytest.fixture(autouse=True)
def shared_nlp(monkeypatch: pytest.MonkeyPatch, nlp: Language) -> None:
    monkeypatch.setattr("pipeline.nlp.wiring.build_nlp", lambda *args, **kwargs: nlp)


def _deny(monkeypatch: pytest.MonkeyPatch, denied: Path) -> None:
    """``denied`` unreadable, as chmod 000 makes it for a user (the suite may run as root)."""
    real = os.scandir

    def scandir(path: object = ".") -> object:
        if Path(str(path)) == denied:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)


@pytest.mark.parametrize(("make", "where", "message"), CASES)
def test_a_bad_input_fails_alone_with_its_message(
    tmp_path: Path,
    good: Path,
    clean: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
    make: Make,
    where: str,
    message: str,
) -> None:
    store = tmp_path / "store"
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", str(STORED), "--store", str(store), "--workers", "0"])
    assert first.exit_code == 0, first.output
    bad_dir = tmp_path / "bad"
    bad_dir.mkdir()
    bad = make(bad_dir)
    if where == "locked":
        _deny(monkeypatch, Path(bad))
    args = ["ingest", str(good), bad, "--store", str(store), "--workers", "0", "--max-bytes", "20000"]
    result = runner.invoke(main, args)
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), result.exception  # no traceback
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed: ")]
    assert len(failed) == 1, result.stderr
    (line,) = failed
    assert line.startswith(f"failed: {bad_dir}/{where}: ") or line.startswith(f"failed: {where}: ")
    assert re.search(message, line.split(f"{where}: ", 1)[1]), line
    assert "articles: 1 new, 0 updated, 0 unchanged, 1 failed" in result.stdout
    with open_store(store, read_only=True) as reopened:
        assert isinstance(reopened, EmbeddedStore)
        assert _counts(reopened) == clean, "the store differs from a clean run of the good inputs"
