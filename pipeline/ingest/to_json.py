"""Articles to contract JSON instead of the store: the work of ``finkg extract``.

One article prints as one indented object; several print as JSON lines (one object a line). With
an output directory, each article goes to ``<input stem>.json`` there (a repeated stem gets the
article key, then a number). A file that cannot be read or extracted is reported and skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Literal

from spacy.language import Language

from pipeline.errors import ReadError
from pipeline.read.limits import MAX_BYTES


@dataclass(frozen=True)
class Output:
    """What to show: a JSON text for stdout, a file written, or a failure (for stderr)."""

    kind: Literal["json", "wrote", "failed", "warning"]
    text: str


def json_name(source: str, key: str, used: set[str]) -> str:
    """``<stem>.json``, made unique within ``used`` (which it extends)."""
    stem = Path(source).stem or "article"
    name = stem
    if name in used:
        safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in key)
        name = f"{stem}-{safe}"
    n = 2
    while name in used:
        name = f"{stem}-{n}"
        n += 1
    used.add(name)
    return name + ".json"


def contracts(
    paths: Sequence[str], nlp: Language, stdin: BinaryIO | None = None, max_bytes: int | None = MAX_BYTES
) -> Iterator[tuple[str, str, dict[str, Any]] | Output]:
    """(source, key, contract object) for each article; a failure, or a reader's warning about
    the article that follows, as an ``Output``."""
    from pipeline.eval.contract import to_contract
    from pipeline.nlp.extract import extract
    from pipeline.read.reader import read_inputs

    for item in read_inputs(list(paths), stdin=stdin, max_bytes=max_bytes):
        if isinstance(item, ReadError):
            yield Output("failed", str(item))
            continue
        for warning in item.warnings:
            yield Output("warning", f"{item.source}: {warning}")
        try:
            yield item.source, item.key, to_contract(extract(nlp, item))
        except Exception as e:
            yield Output("failed", f"{item.source}: extraction failed: {type(e).__name__}: {e}")


def extract_to_json(
    paths: Sequence[str],
    out_dir: Path | None = None,
    stdin: BinaryIO | None = None,
    nlp: Language | None = None,
    max_bytes: int | None = MAX_BYTES,
) -> Iterator[Output]:
    """Extract every article in ``paths`` and say what to show, in order (``max_bytes``: the size
    limit of one article, :mod:`pipeline.read.limits`)."""
    if nlp is None:
        from pipeline.collector import collector_frozen
        from pipeline.nlp.wiring import build_nlp

        built = build_nlp()
        with collector_frozen():  # the pipeline lives as long as this run
            yield from _outputs(paths, out_dir, stdin, built, max_bytes)
        return
    yield from _outputs(paths, out_dir, stdin, nlp, max_bytes)


def _outputs(
    paths: Sequence[str], out_dir: Path | None, stdin: BinaryIO | None, nlp: Language, max_bytes: int | None
) -> Iterator[Output]:
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    used: set[str] = set()
    held: dict[str, Any] | None = None  # the first object, until we know whether there are several
    several = False
    for found in contracts(paths, nlp, stdin, max_bytes):
        if isinstance(found, Output):
            yield found
            continue
        source, key, obj = found
        if out_dir is not None:
            target = out_dir / json_name(source, key, used)
            target.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            yield Output("wrote", str(target))
        elif held is None and not several:
            held = obj
        else:
            if held is not None:
                yield Output("json", json.dumps(held, ensure_ascii=False))
                held, several = None, True
            yield Output("json", json.dumps(obj, ensure_ascii=False))
    if held is not None:
        yield Output("json", json.dumps(held, ensure_ascii=False, indent=2))
