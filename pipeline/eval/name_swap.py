"""Name swap: a gold set rewritten so that no company is one finkg has seen.

The gazetteer knows thousands of real companies, so an article about known ones measures the
gazetteer as much as the grammar. This rewrites a gold set (articles and gold files together):
every company's trade name (字號) is replaced by a new one drawn from ordinary name characters,
keeping its organisational form and industry words (宁德时代新能源科技股份有限公司 → 泰源新能源科技
股份有限公司, and its alias 宁德时代 → 泰源), so the rules must read the name from the language.
Public bodies, media and names made of a place are kept (:mod:`pipeline.lang.zh.name_swap`).
All offsets of the gold file are moved with the text, so ``finkg evaluate`` scores the result::

    python -m pipeline.eval.name_swap --gold tests/data/devset2/tune/gold \\
        --articles tests/data/devset2/tune/articles --out /tmp/tune-swapped
    finkg evaluate --gold /tmp/tune-swapped/gold --articles /tmp/tune-swapped/articles

The swap is deterministic for a seed; another seed draws other names.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import json
import random
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.lang.zh.name_swap import (
    KEPT_CORES,
    KEPT_NAME_ENDS,
    NAME_BRACKETS,
    NAME_TAILS,
    TRADE_NAME_CHARS,
)

Json = dict[str, Any]

#: Gold keys holding an offset into the article text.
OFFSET_KEYS: frozenset[str] = frozenset(
    {"start", "end", "evidence_start", "amount_start", "capacity_start", "shares_start"}
)
_LATIN = re.compile(r"[A-Za-z0-9]")


def trade_name(name: str) -> str:
    """What is left of ``name`` once bracketed parts and its tails (forms, industry words) are cut."""
    for left, right in NAME_BRACKETS:
        name = re.sub(re.escape(left) + "[^" + re.escape(right) + "]*" + re.escape(right), "", name)
    cut = True
    while cut:
        cut = False
        for tail in NAME_TAILS:
            if name.endswith(tail) and len(name) > len(tail):
                name, cut = name[: -len(tail)], True
                break
    return name


def swappable(name: str) -> bool:
    """Whether ``name`` is a company name with a trade name of its own (not a body, medium, place)."""
    core = trade_name(name)
    return not (
        len(core) < 2
        or core in KEPT_CORES
        or core in NAME_TAILS
        or _LATIN.search(core)
        or any(name.endswith(end) for end in KEPT_NAME_ENDS)
    )


def _names(gold: Mapping[str, Any]) -> set[str]:
    names = set(gold.get("organizations") or ())
    for name, aliases in (gold.get("organization_aliases") or {}).items():
        names |= {name, *aliases}
    return names


def swap_map(gold: Mapping[str, Any], text: str, seed: str) -> dict[str, str]:
    """Old trade name → new one, for every swappable company of the article.

    A trade name that begins with a shorter one (長榮海 after 長榮) keeps the shorter one's new
    form, so an article's short forms still read as short forms of the full name.
    """
    cores = sorted({trade_name(n) for n in _names(gold) if swappable(n)}, key=lambda c: (len(c), c))
    chars = TRADE_NAME_CHARS.get(str(gold.get("script")), TRADE_NAME_CHARS["simplified"])
    digest = hashlib.sha256((seed + "\n" + "\n".join(cores)).encode("utf-8")).hexdigest()
    rng = random.Random(int(digest, 16))
    mapping: dict[str, str] = {}
    for core in cores:
        shorter = [c for c in mapping if core.startswith(c)]
        if shorter:
            base = max(shorter, key=len)
            mapping[core] = mapping[base] + core[len(base) :]
        else:
            mapping[core] = _new_trade_name(len(core), chars, rng, text, set(mapping.values()))
    return mapping


def _new_trade_name(length: int, chars: str, rng: random.Random, text: str, taken: set[str]) -> str:
    size = min(max(length, 2), 3)
    for _ in range(1000):
        name = "".join(rng.sample(chars, size))
        if name not in text and name not in taken:
            return name
    raise ValueError("no new trade name left to draw")


@dataclass(frozen=True)
class Rewrite:
    """The article with its trade names replaced, and where each old offset went."""

    text: str
    #: (old start, old end, new start, new end) of each replaced piece, in text order
    pieces: tuple[tuple[int, int, int, int], ...]

    def position(self, old: int) -> int:
        """The new offset of ``old``: moved by the pieces before it; inside a piece, its start."""
        i = bisect.bisect_right([p[0] for p in self.pieces], old) - 1
        if i < 0:
            return old
        _start, end, new_start, new_end = self.pieces[i]
        return old - end + new_end if old >= end else new_start


def _pattern(mapping: Mapping[str, str]) -> re.Pattern[str]:
    """The old trade names, longest first (長榮海 before 長榮)."""
    return re.compile("|".join(re.escape(c) for c in sorted(mapping, key=len, reverse=True)))


def rewrite(text: str, mapping: Mapping[str, str]) -> Rewrite:
    """Replace every occurrence of the old trade names (longest first) in ``text``."""
    if not mapping:
        return Rewrite(text, ())
    pattern = _pattern(mapping)
    out: list[str] = []
    pieces: list[tuple[int, int, int, int]] = []
    last = length = 0
    for m in pattern.finditer(text):
        out.append(text[last : m.start()])
        length += m.start() - last
        new = mapping[m.group()]
        pieces.append((m.start(), m.end(), length, length + len(new)))
        out.append(new)
        length += len(new)
        last = m.end()
    out.append(text[last:])
    return Rewrite("".join(out), tuple(pieces))


def _moved(obj: Any, done: Rewrite, rename: Any) -> Any:
    if isinstance(obj, dict):
        moved: Json = {}
        for key, value in obj.items():
            if key in OFFSET_KEYS and isinstance(value, int):
                moved[rename(key)] = done.position(value)
            elif key == "body_spans" and value:
                moved[key] = [[done.position(a), done.position(b)] for a, b in value]
            else:
                moved[rename(key)] = _moved(value, done, rename)
        return moved
    if isinstance(obj, list):
        return [_moved(v, done, rename) for v in obj]
    return rename(obj) if isinstance(obj, str) else obj


def swap_article(gold: Json, text: str, seed: str = "finkg") -> tuple[str, Json]:
    """The article and its gold object with the companies' trade names swapped."""
    return swapped(gold, text, swap_map(gold, text, seed))


def swapped(gold: Json, text: str, mapping: Mapping[str, str]) -> tuple[str, Json]:
    """The article and its gold object with the trade names of ``mapping`` replaced."""
    if not mapping:
        return text, gold
    done, pattern = rewrite(text, mapping), _pattern(mapping)
    new_gold = _moved(gold, done, lambda s: pattern.sub(lambda m: mapping[m.group()], s))
    return done.text, new_gold


@dataclass(frozen=True)
class SwapSummary:
    articles: int
    trade_names: int


def swap_set(
    gold_dir: str | Path, articles_dir: str | Path, out_dir: str | Path, seed: str = "finkg"
) -> SwapSummary:
    """Write ``out_dir/gold`` and ``out_dir/articles``: the set with its trade names swapped."""
    out = Path(out_dir)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    (out / "articles").mkdir(parents=True, exist_ok=True)
    articles = names = 0
    for gold_path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        file = gold.get("file") or f"{gold_path.stem}.txt"
        text = (Path(articles_dir) / file).read_bytes().decode("utf-8")
        mapping = swap_map(gold, text, seed + "/" + gold_path.stem)
        new_text, new_gold = swapped(gold, text, mapping)
        _check_offsets(gold_path, new_text, new_gold.get("amounts") or ())
        (out / "articles" / file).write_text(new_text, encoding="utf-8")
        (out / "gold" / gold_path.name).write_text(
            json.dumps(new_gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        articles += 1
        names += len(mapping)
    return SwapSummary(articles, names)


def _check_offsets(path: Path, text: str, items: Iterable[Json]) -> None:
    for item in items:
        if text[item["start"] : item["end"]] != item["text"]:
            raise ValueError(f"{path}: offset {item['start']}: {item['text']!r} lost its place in the swap")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.eval.name_swap", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--gold", required=True, help="directory of gold JSON files")
    parser.add_argument("--articles", required=True, help="directory of the articles")
    parser.add_argument("--out", required=True, help="where to write gold/ and articles/")
    parser.add_argument("--seed", default="finkg", help="another seed draws other names")
    args = parser.parse_args(argv)
    try:
        summary = swap_set(args.gold, args.articles, args.out, args.seed)
    except (OSError, ValueError) as exc:
        print(f"name_swap: {exc}", file=sys.stderr)
        return 1
    print(f"{summary.articles} articles, {summary.trade_names} trade names swapped -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
