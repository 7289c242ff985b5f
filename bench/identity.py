"""Output identity across a speed change: ``python -m bench.identity record DIR`` writes, and
``python -m bench.identity compare DIR`` re-computes and compares byte for byte,

- the extraction JSON (``finkg extract``'s contract) of every article of the corpus (which holds
  the devset) and devset2/tune;
- the store content after ``ingest`` of the same articles (inline, and with 2 workers), as
  sorted N-Quads of every graph, the merged default graph included.

Not a test (it takes about a minute and a half); run it before and after a change that must not
change any output.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "corpus": ROOT / "corpus" / "articles",
    "tune": ROOT / "tests" / "data" / "devset2" / "tune" / "articles",
}


def _extractions() -> dict[str, bytes]:
    from pipeline.eval.contract import to_contract
    from pipeline.nlp.extract import extract
    from pipeline.nlp.wiring import build_nlp
    from pipeline.read.reader import read_file

    nlp = build_nlp()
    out: dict[str, bytes] = {}
    for name, folder in SETS.items():
        if not folder.is_dir():
            print(f"[identity] {folder} missing: {name} skipped", file=sys.stderr)
            continue
        for path in sorted(folder.glob("*.txt")):
            for article in read_file(path):
                record = to_contract(extract(nlp, article))
                text = json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True)
                out[f"extract/{name}/{path.name}"] = text.encode("utf-8")
    return out


def _store_dump(workers: int) -> bytes:

    import pipeline.ingest.run as run
    from pipeline.ingest import ingest
    from pipeline.store import open_store

    # the code fingerprint changes with any edit: pin it, so the stamps and activity compare
    run.extractor_fingerprint = lambda: "identity"  # type: ignore[assignment]

    paths = [str(folder) for folder in SETS.values() if folder.is_dir()]
    # (the store's background threads may still touch its files as the directory goes)
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:  # noqa: SIM117
        with open_store(str(Path(tmp) / "store")) as store:
            summary = ingest(paths, store, workers=workers)
            assert not summary.failed, summary.failed
            lines = sorted(str(q) + " .\n" for q in store.oxstore.quads_for_pattern(None, None, None, None))
    dumped = "".join(lines).encode("utf-8")
    return dumped + json.dumps(summary.to_json()["written"], sort_keys=True).encode()


def compute() -> dict[str, bytes]:
    out = _extractions()
    out["store/inline.nq"] = _store_dump(0)
    out["store/2-workers.nq"] = _store_dump(2)
    # the checkout's own path (in source IRIs and file names) is no output: a worktree compares
    # with a record made in another checkout
    root = str(ROOT).encode("utf-8")
    return {name: data.replace(root, b"<root>") for name, data in out.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.identity")
    parser.add_argument("action", choices=("record", "compare"))
    parser.add_argument("dir", type=Path)
    args = parser.parse_args(argv)
    now = compute()
    if args.action == "record":
        for name, data in now.items():
            path = args.dir / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        print(f"[identity] recorded {len(now)} outputs in {args.dir}")
        return 0
    before = {str(p.relative_to(args.dir)): p.read_bytes() for p in args.dir.rglob("*") if p.is_file()}
    differ = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
    for name in differ:
        print(f"[identity] DIFFERS: {name}")
    digest = hashlib.sha256(b"".join(now[k] for k in sorted(now))).hexdigest()[:16]
    print(f"[identity] {len(now)} outputs, {len(differ)} differ (sha256 of all: {digest})")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
